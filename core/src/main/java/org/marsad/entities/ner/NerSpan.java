package org.marsad.entities.ner;

import org.marsad.common.Span;

/**
 * A named entity found by the NER.
 *
 * @param span original-text offsets, from the first character of the first token to the end of the last
 * @param type PER, LOC, ORG or MISC
 * @param prob the model's mean outcome probability over the entity's tokens
 */
public record NerSpan(Span span, String type, double prob) {
    public NerSpan {
        if (!type.equals("PER") && !type.equals("LOC") && !type.equals("ORG") && !type.equals("MISC")) {
            throw new IllegalArgumentException("unknown entity type " + type);
        }
    }
}
