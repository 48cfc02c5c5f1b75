package org.marsad.bench;

import java.util.Locale;
import java.util.Map;

/** The human-readable table of a {@link BenchReport}. */
public final class BenchTable {
    private BenchTable() {}

    public static String render(BenchReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Marsad bench — %d articles, %.1f MB of text, %d cores%n", r.articles(),
                r.megabytes(), r.cores()));
        sb.append(String.format(Locale.ROOT, "%-62s %4s %10s %8s %8s %9s%n", "stage", "thr", "articles/s", "MB/s",
                "seconds", "× ref"));
        for (Map.Entry<String, BenchReport.Stage> e : Bench.rows(r).entrySet()) {
            BenchReport.Stage s = e.getValue();
            sb.append(String.format(Locale.ROOT, "%-62s %4d %10.0f %8.2f %8.2f %9.2f%n", trim(s.name()), s.threads(),
                    s.articlesPerSecond(), s.megabytesPerSecond(), s.seconds(), s.ratio()));
        }
        sb.append(String.format(Locale.ROOT, "peak heap %.0f MiB; store %.1f MiB; index %.1f MiB%n",
                r.peakHeapBytes() / 1048576.0, r.storeBytes() / 1048576.0, r.indexBytes() / 1048576.0));
        sb.append(String.format(Locale.ROOT, "search latency over %d queries: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                r.search().queries(), r.search().p50Ms(), r.search().p95Ms(), r.search().p99Ms(), r.search().maxMs()));
        sb.append(String.format(Locale.ROOT, "API on 127.0.0.1: %d threads, %.0f requests/s, %d errors of %d%n",
                r.api().threads(), r.api().requestsPerSecond(), r.api().errors(), r.api().requests()));
        sb.append("targets: end to end >= 1,000 articles/s on 2 cores and <= 4x the reference; <= 1 GiB heap; search p99 < 20 ms\n");
        for (String n : r.notes()) sb.append("note: ").append(n).append('\n');
        return sb.toString();
    }

    private static String trim(String s) {
        return s.length() <= 62 ? s : s.substring(0, 61) + "…";
    }
}
