package org.marsad.store;

/** What the store did with one article of a batch. */
public sealed interface ArticleOutcome {
    String id();

    /** Stored as a new article. */
    record Accepted(String id) implements ArticleOutcome {}

    /** Not stored: the same id, or the same normalised text, is already stored as {@code of}. */
    record Duplicate(String id, String of) implements ArticleOutcome {}
}
