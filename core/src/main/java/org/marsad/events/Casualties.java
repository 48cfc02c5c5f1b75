package org.marsad.events;

import java.util.OptionalInt;

/**
 * Casualty figures; an empty value means the text gives none (absent is not zero).
 * {@code killed} counts the dead of all sides (ACLED fatalities); {@code killedOrWounded} keeps a
 * combined "مقتل وإصابة 18" figure apart so it is never read as 18 killed.
 */
public record Casualties(OptionalInt killed, OptionalInt killedLow, OptionalInt killedHigh, OptionalInt wounded,
                         OptionalInt civiliansKilled, OptionalInt killedOrWounded, boolean reported) {
    public static final Casualties NONE = new Casualties(OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(),
            OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), false);
}
