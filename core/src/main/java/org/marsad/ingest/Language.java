package org.marsad.ingest;

import java.util.Locale;
import java.util.Set;

/**
 * Article language from its letters: "ar" when at least half the letters are Arabic script;
 * "en" when Latin letters dominate and common English function words occur; else "und".
 * Non-Arabic articles are kept and flagged, never dropped.
 */
public final class Language {
    private Language() {}

    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "in", "to", "was", "were", "is", "on", "said");

    public static String detect(String text) {
        if (TextDecoder.arabicShare(text) >= 0.5) return "ar";
        int latin = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) continue;
            letters++;
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) latin++;
        }
        if (letters > 0 && latin * 2 > letters) {
            int hits = 0;
            for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (ENGLISH.contains(w) && ++hits >= 2) return "en";
            }
        }
        return "und";
    }
}
