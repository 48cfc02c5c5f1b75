package org.marsad.pipeline;

import java.time.Duration;
import java.util.List;
import org.marsad.ingest.IngestReport;

/** What one run did: the ingest accounting, articles analysed (and failed), events extracted and fused. */
public record RunSummary(IngestReport ingest, long analyzed, long analysisFailures, long articleEvents,
                         long canonicalEvents, long stories, long duplicateGroups, long anchored, Duration took,
                         List<String> failures) {
    public RunSummary {
        failures = List.copyOf(failures);
    }

    public String describe() {
        return ingest.summary() + "\n"
                + "analysed " + analyzed + " articles" + (analysisFailures > 0 ? " (" + analysisFailures + " failed)" : "")
                + ", " + articleEvents + " article events, " + canonicalEvents + " canonical events"
                + ", " + stories + " stories, " + duplicateGroups + " near-duplicate groups"
                + (anchored > 0 ? ", " + anchored + " events dated by anchoring" : "")
                + String.format(java.util.Locale.ROOT, " in %.1f s (%.0f articles/s from reading to fusion)",
                        took.toMillis() / 1000.0, analyzed / Math.max(1e-3, took.toMillis() / 1000.0));
    }
}
