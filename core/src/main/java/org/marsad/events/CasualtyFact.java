package org.marsad.events;

import org.marsad.common.Span;

/**
 * One casualty statement read from the text, before it is folded into an event's {@link Casualties}.
 *
 * @param role      KILLED, WOUNDED, KILLED_OR_WOUNDED, SUBSET (civilians among the figure before) or VAGUE
 * @param revision  "ارتفعت الحصيلة إلى …": a later toll that replaces the earlier ones
 * @param civilians the counted people are civilians ("3 مدنيين")
 */
record CasualtyFact(String role, long value, long low, long high, boolean revision, boolean civilians,
                    int sentenceIndex, Span span) {}
