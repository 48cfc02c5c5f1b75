package org.marsad.store;

import java.time.Instant;

/** The accounting of one ingest: {@code read == accepted + duplicate + rejected}. */
public record IngestRun(String id, Instant at, String inputs, long read, long accepted, long duplicate, long rejected) {
    public IngestRun {
        if (read != accepted + duplicate + rejected) {
            throw new IllegalArgumentException("ingest counts do not add up: read " + read + " != " + accepted + " + "
                    + duplicate + " + " + rejected);
        }
    }
}
