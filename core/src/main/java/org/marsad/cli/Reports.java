package org.marsad.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.marsad.ingest.IngestReport;
import org.marsad.ingest.Rejected;

/** How commands print an ingest's accounting: every rejected record with its reason, then the counts. */
final class Reports {
    private Reports() {}

    static final int MAX_LISTED = 50;

    static void print(IngestReport r, PrintStream out) { print(r, out, true); }

    /** {@code timing}: a run reads while it analyses, so its reading time is no ingest rate. */
    static void print(IngestReport r, PrintStream out, boolean timing) {
        int shown = 0;
        for (Rejected x : r.rejects()) {
            if (shown++ == MAX_LISTED) {
                out.println("  ... and " + (r.rejects().size() - MAX_LISTED) + " more rejected (see the store's rejects table, run "
                        + r.runId() + ")");
                break;
            }
            out.println("  rejected " + x.origin() + ": " + x.reason());
        }
        out.println(r.summary());
        if (timing) {
            out.println(String.format(Locale.ROOT, "ingest took %.1f s (%.0f records/s)", r.took().toMillis() / 1000.0,
                    r.perSecond()));
        }
    }

    /** Articles a stage failed on (kept in the store with the error; they have no events). */
    static void printFailures(org.marsad.pipeline.RunSummary s, PrintStream out) {
        s.failures().stream().limit(20).forEach(f -> out.println("  analysis failed " + f));
        if (s.failures().size() > 20) out.println("  ... and " + (s.failures().size() - 20) + " more analysis failures");
    }

    static int exitCode(IngestReport r) {
        return r.rejected() > 0 ? Main.SOME_REJECTED : Main.OK;
    }
}
