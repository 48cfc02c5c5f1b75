package org.marsad.bench;

import java.util.List;

/**
 * What one `marsad bench` run measured. Every stage figure comes with its ratio to the reference
 * pass (Lucene's ArabicAnalyzer over the same texts in the same run): {@code ratio} = stage time /
 * reference time, so 2.0 means "twice as slow as the reference".
 */
public record BenchReport(String corpus, int articles, double megabytes, int cores, int threads,
                          Stage reference, List<Stage> stages, List<Stage> endToEnd, long peakHeapBytes,
                          long storeBytes, long indexBytes, Latency search, Throughput api, List<String> notes) {
    public BenchReport {
        stages = List.copyOf(stages);
        endToEnd = List.copyOf(endToEnd);
        notes = List.copyOf(notes);
    }

    /** One timed pass. */
    public record Stage(String name, int threads, int articles, double seconds, double articlesPerSecond,
                        double megabytesPerSecond, double ratio, long peakHeapBytes) {}

    public record Latency(int queries, double p50Ms, double p95Ms, double p99Ms, double maxMs) {}

    public record Throughput(int threads, double seconds, long requests, long errors, double requestsPerSecond) {}
}
