package org.marsad.pipeline;

import java.time.Duration;
import org.marsad.ingest.IngestReport;

/** What one run did: the ingest accounting, articles analysed (and failed), events extracted and fused. */
public record RunSummary(IngestReport ingest, long analyzed, long analysisFailures, long articleEvents,
                         long canonicalEvents, Duration took) {

    public String describe() {
        return ingest.summary() + "\n"
                + "analysed " + analyzed + " articles" + (analysisFailures > 0 ? " (" + analysisFailures + " failed)" : "")
                + ", " + articleEvents + " article events, " + canonicalEvents + " canonical events"
                + String.format(java.util.Locale.ROOT, " in %.1f s", took.toMillis() / 1000.0);
    }
}
