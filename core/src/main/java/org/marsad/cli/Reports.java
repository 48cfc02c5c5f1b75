package org.marsad.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.marsad.ingest.IngestReport;
import org.marsad.ingest.Rejected;

/** How commands print an ingest's accounting: every rejected record with its reason, then the counts. */
final class Reports {
    private Reports() {}

    static final int MAX_LISTED = 50;

    static void print(IngestReport r, PrintStream out) {
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
        out.println(String.format(Locale.ROOT, "ingest took %.1f s (%.0f records/s)", r.took().toMillis() / 1000.0,
                r.perSecond()));
    }

    static int exitCode(IngestReport r) {
        return r.rejected() > 0 ? Main.SOME_REJECTED : Main.OK;
    }
}
