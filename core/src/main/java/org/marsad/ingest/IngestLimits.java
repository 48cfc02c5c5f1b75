package org.marsad.ingest;

import java.time.Duration;

/**
 * Size limits of ingest, so one huge or hostile input cannot exhaust memory.
 *
 * @param maxDocumentBytes  a single-article file (.txt, .html, a fetched page): larger ones are rejected unread
 * @param maxContainerBytes a file of many records (.json, .jsonl, feed, zip entry): read whole into memory
 * @param maxArticleChars   an article's text; a longer one is rejected (a news report is 1–20 thousand)
 * @param fetchTimeout      per http(s) request
 */
public record IngestLimits(long maxDocumentBytes, long maxContainerBytes, int maxArticleChars, Duration fetchTimeout) {
    public static final IngestLimits DEFAULT =
            new IngestLimits(8L << 20, 512L << 20, 1_000_000, Duration.ofSeconds(20));

    public IngestLimits {
        if (maxDocumentBytes < 1024) throw new IllegalArgumentException("maxDocumentBytes must be at least 1 KiB");
        if (maxContainerBytes < maxDocumentBytes) throw new IllegalArgumentException("maxContainerBytes must be >= maxDocumentBytes");
        if (maxArticleChars < 100) throw new IllegalArgumentException("maxArticleChars must be at least 100");
        if (fetchTimeout == null || fetchTimeout.isNegative() || fetchTimeout.isZero()) {
            throw new IllegalArgumentException("fetchTimeout must be positive");
        }
    }

    static String mib(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
    }
}
