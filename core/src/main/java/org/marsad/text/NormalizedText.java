package org.marsad.text;

import org.marsad.common.Span;

/**
 * An article's text folded for matching, with an alignment back to the original characters.
 * CONTRACT ONLY (identity fold) — the text-core work replaces the body, keeping these signatures.
 */
public final class NormalizedText {
    private final String original;
    private final String normalized;

    private NormalizedText(String original, String normalized) {
        this.original = original;
        this.normalized = normalized;
    }

    public static NormalizedText of(String original) { return new NormalizedText(original, original); }

    public String original() { return original; }

    public String normalized() { return normalized; }

    /** Maps a span [nStart, nEnd) of the normalised text to the smallest original span that folds to it. */
    public Span toOriginal(int nStart, int nEnd) { return new Span(nStart, nEnd); }

    /** The normalised offset of an original offset (start of the fold of that character). */
    public int toNormalized(int originalOffset) { return originalOffset; }
}
