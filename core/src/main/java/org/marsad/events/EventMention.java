package org.marsad.events;

import java.util.List;

/**
 * One trigger candidate read in its context, before article-internal coreference.
 *
 * @param refer      may only add to an event already found (a condolence, a bare "هذا الهجوم")
 * @param definite   a definite noun ("الهجوم", "هجوم داعش", "هجوم مخمور"): usually refers back
 * @param other      marked as a different incident ("هجمات أخرى")
 * @param background recalled from before the article's news ("وكان … قد", "سبق أن")
 */
record EventMention(Candidate candidate, EventType type, boolean refer, boolean definite, boolean other,
                    boolean background, DateChoice date, PlaceChoice place, Roles roles, List<CasualtyFact> facts) {
    EventMention {
        facts = List.copyOf(facts);
    }

    int sentenceIndex() { return candidate.sentenceIndex(); }
}
