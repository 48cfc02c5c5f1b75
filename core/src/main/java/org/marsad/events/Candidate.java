package org.marsad.events;

import java.util.List;
import java.util.Optional;
import org.marsad.common.Span;
import org.marsad.text.Sentence;

/**
 * One trigger group of a sentence and the stretch of text that belongs to it. Offsets prefixed
 * {@code f} are in the folded text; spans are in the original.
 *
 * @param hits        the trigger phrases fused into this candidate ("شنوا هجوماً بسلاح قناص")
 * @param type        the event type (a specific weapon refines a generic attack); empty for a bare
 *                    back-reference ("هذا الهجوم")
 * @param segment     the trigger's scope: from its clause start (or the previous trigger) to the next
 *                    trigger, connector or speech verb — where its place, actors and casualties are read
 * @param fClauseStart start of the trigger's clause (commas, connectors)
 * @param fResetStart  start of the trigger's proposition (connectors only) — the reach of cues like "دعا"
 */
record Candidate(int sentenceIndex, Sentence sentence, List<TriggerHit> hits, Optional<EventType> type,
                 Span trigger, int fTriggerStart, int fTriggerEnd, Span segment, int fSegStart, int fSegEnd,
                 int fClauseStart, int fResetStart, int fSentenceStart, int fSentenceEnd) {
    Candidate {
        hits = List.copyOf(hits);
    }

    boolean plural() { return hits.stream().allMatch(TriggerHit::plural); }

    boolean lexicallyDefinite() { return hits.get(0).definite() || isReference(); }

    boolean isReference() { return type.isEmpty(); }

    double weight() { return hits.stream().mapToDouble(TriggerHit::weight).max().orElse(0); }
}
