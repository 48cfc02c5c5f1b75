package org.marsad.events;

import java.util.Optional;
import org.marsad.common.Span;

/**
 * A trigger phrase found in the text. {@code type} is empty for a definite back-reference ("هذا
 * الهجوم") that can only add to an event already found.
 *
 * @param span     the phrase in the ORIGINAL text
 * @param fStart   start of the phrase in the folded text
 * @param fEnd     end of the phrase in the folded text
 * @param plural   a plural / habitual form ("هجمات"): generic unless a specific place follows
 * @param refines  a specific weapon or means ("عبوة ناسفة") that sets the type of a nearby generic trigger
 * @param definite carries the article ال (a definite noun often refers back to a known event)
 * @param weak     a bare killing verb ("قتل") that joins any other trigger of its clause
 * @param agent    the means named as the doer ("طيران التحالف", "طائرة مسيرة"), not the act itself
 */
record TriggerHit(Optional<EventType> type, double weight, Span span, int fStart, int fEnd, boolean plural,
                  boolean refines, boolean definite, boolean weak, boolean agent) {
    boolean isReference() { return type.isEmpty(); }
}
