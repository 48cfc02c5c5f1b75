package org.marsad.entities;

import org.marsad.common.Span;

/** A person's name found by NER (or a title + name pattern). */
public record PersonMention(Span span, String text) implements Mention {
    @Override
    public String kind() { return "person"; }
}
