package org.marsad.ingest;

import java.time.Duration;
import java.util.List;

/**
 * The accounting of one ingest: every record read is accepted, a duplicate, or rejected with its
 * reason ({@code read == accepted + duplicate + rejected}, checked on creation).
 *
 * @param acceptedIds ids of the articles this run stored, in reading order
 */
public record IngestReport(String runId, long read, long accepted, long duplicate, long rejected,
                           List<String> acceptedIds, List<Rejected> rejects, Duration took) {
    public IngestReport {
        acceptedIds = List.copyOf(acceptedIds);
        rejects = List.copyOf(rejects);
        if (read != accepted + duplicate + rejected) {
            throw new IllegalStateException("ingest accounting broken: read " + read + " != " + accepted + " + "
                    + duplicate + " + " + rejected);
        }
    }

    public double perSecond() {
        double s = took.toNanos() / 1e9;
        return s <= 0 ? 0 : read / s;
    }

    /** "read 10 = accepted 7 + duplicate 2 + rejected 1" */
    public String summary() {
        return "read " + read + " = accepted " + accepted + " + duplicate " + duplicate + " + rejected " + rejected;
    }
}
