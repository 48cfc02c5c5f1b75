package org.marsad.entities;

import org.marsad.common.Span;

/** Something named in the text; span/text are from the ORIGINAL text ({@code text} == original.substring(span)). */
public sealed interface Mention permits ActorMention, PlaceMention, PersonMention, OrgMention {
    Span span();

    String text();

    /** "actor" | "place" | "person" | "org" as in the entities JSON. */
    String kind();
}
