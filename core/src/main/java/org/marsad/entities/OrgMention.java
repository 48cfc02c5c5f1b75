package org.marsad.entities;

import org.marsad.common.Span;

/** An organisation found by NER that is not in the actor lexicon. */
public record OrgMention(Span span, String text) implements Mention {
    @Override
    public String kind() { return "org"; }
}
