package org.marsad.text;

import org.marsad.common.Span;

/** A sentence (or clause of an over-long run-on sentence); span and text are from the original. */
public record Sentence(int index, Span span, String text) {}
