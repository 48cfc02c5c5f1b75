package org.marsad.ingest;

/** One record read from an input: an article, or a rejection with its reason. Readers never throw. */
public sealed interface ReadResult permits ReadResult.Read, Rejected {

    /** A record that became an article (it may still turn out to be a duplicate when stored). */
    record Read(Article article) implements ReadResult {}
}
