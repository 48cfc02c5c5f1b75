package org.marsad.events;

import org.marsad.common.Span;

/** A quote that supports an event, with its exact place in the original article text. */
public record Evidence(String docId, Span span, String text) {}
