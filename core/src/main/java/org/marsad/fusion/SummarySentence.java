package org.marsad.fusion;

import org.marsad.common.Span;

/** One extracted summary sentence: its article and its exact span in that article's original text. */
public record SummarySentence(String docId, Span span, String text) {}
