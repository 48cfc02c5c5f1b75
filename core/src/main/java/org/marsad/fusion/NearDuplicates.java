package org.marsad.fusion;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Incremental near-duplicate index: MinHash signatures of folded word shingles, LSH banding to find
 * candidates, the estimated Jaccard similarity to confirm them. No all-pairs comparison: a new text is
 * compared only with the documents that share one of its bands.
 *
 * <p>Defaults (measured in {@code NearDuplicatesIT}, see docs/fusion.md): 4-word shingles, 128 hashes in
 * 32 bands of 4 rows (an S-curve whose 50% point is at Jaccard ≈ 0.42), a duplicate when the estimated
 * Jaccard of the shingle sets is ≥ 0.5. Memory is bounded: at most {@code maxDocs} signatures are kept
 * (the oldest is forgotten) and each bucket keeps its newest {@code maxBucket} documents.
 *
 * <p>Thread-safe (methods are synchronised); add order decides representatives, so add in a stable
 * order (publication date, then id) for reproducible groups.
 */
public final class NearDuplicates {
    /** Tuning; validated on creation. */
    public record Config(int shingle, int bands, int rows, double threshold, int maxDocs, int maxBucket, int minShingles) {
        public Config {
            if (shingle < 1 || shingle > 8) throw new IllegalArgumentException("shingle must be 1..8 words, was " + shingle);
            if (bands < 1 || rows < 1 || bands * rows > 512) throw new IllegalArgumentException("bands*rows must be 1..512");
            if (threshold <= 0 || threshold > 1) throw new IllegalArgumentException("threshold must be in (0,1], was " + threshold);
            if (maxDocs < 1 || maxBucket < 1) throw new IllegalArgumentException("maxDocs and maxBucket must be positive");
            if (minShingles < 1) throw new IllegalArgumentException("minShingles must be positive");
        }

        public static final Config DEFAULT = new Config(4, 32, 4, 0.5, 500_000, 32, 8);

        int hashes() { return bands * rows; }
    }

    private final Config config;
    private final long[] seedsA;
    private final long[] seedsB;
    private final Map<String, int[]> signatures = new HashMap<>();
    private final ArrayDeque<String> order = new ArrayDeque<>();
    private final Map<Long, ArrayDeque<String>> buckets = new HashMap<>();
    private final Map<String, String> representativeOf = new HashMap<>();
    private final Map<String, List<String>> membersOf = new LinkedHashMap<>();

    public NearDuplicates() { this(Config.DEFAULT); }

    public NearDuplicates(Config config) {
        this.config = config;
        int h = config.hashes();
        seedsA = new long[h];
        seedsB = new long[h];
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(0x6d61727361644cL);
        for (int i = 0; i < h; i++) {
            seedsA[i] = rnd.nextLong() | 1L;
            seedsB[i] = rnd.nextLong();
        }
    }

    public Config config() { return config; }

    /**
     * Adds a document; returns the representative of the duplicate group it joins, or empty when it is
     * the first of its kind (or too short to judge: fewer than {@code minShingles} shingles).
     * Adding the same id twice returns its existing group's representative.
     */
    public synchronized Optional<String> add(String docId, String text) {
        if (representativeOf.containsKey(docId)) {
            String rep = representativeOf.get(docId);
            return rep.equals(docId) ? Optional.empty() : Optional.of(rep);
        }
        int[] sig = signature(text);
        String match = null;
        if (sig.length > 0) {
            double best = -1;
            for (int b = 0; b < config.bands(); b++) {
                ArrayDeque<String> bucket = buckets.get(bandKey(sig, b));
                if (bucket == null) continue;
                for (String other : bucket) {
                    int[] os = signatures.get(other);
                    if (os == null) continue;
                    double j = estimate(sig, os);
                    if (j >= config.threshold() && (j > best || j == best && other.compareTo(match) < 0)) {
                        best = j;
                        match = other;
                    }
                }
            }
        }
        String rep = match == null ? docId : representativeOf.getOrDefault(match, match);
        representativeOf.put(docId, rep);
        membersOf.computeIfAbsent(rep, k -> new ArrayList<>()).add(docId);
        if (sig.length > 0) remember(docId, sig);
        return rep.equals(docId) ? Optional.empty() : Optional.of(rep);
    }

    /** The representative of a document added earlier (itself when it has no duplicate). */
    public synchronized Optional<String> representative(String docId) {
        return Optional.ofNullable(representativeOf.get(docId));
    }

    /** Groups with two or more members, in order of their representative's arrival. */
    public synchronized List<DuplicateGroup> groups() {
        List<DuplicateGroup> out = new ArrayList<>();
        membersOf.forEach((rep, members) -> {
            if (members.size() > 1) out.add(new DuplicateGroup(rep, members));
        });
        return out;
    }

    /** Estimated Jaccard similarity of two texts' shingle sets under this index's hashes (0 when either is too short). */
    public double similarity(String a, String b) {
        int[] sa = signature(a);
        int[] sb = signature(b);
        return sa.length == 0 || sb.length == 0 ? 0 : estimate(sa, sb);
    }

    /** Documents that share a band with this text and pass the threshold, best first (for inspection). */
    public synchronized List<Map.Entry<String, Double>> candidates(String text) {
        int[] sig = signature(text);
        Map<String, Double> found = new HashMap<>();
        if (sig.length == 0) return List.of();
        for (int b = 0; b < config.bands(); b++) {
            ArrayDeque<String> bucket = buckets.get(bandKey(sig, b));
            if (bucket == null) continue;
            for (String other : bucket) {
                int[] os = signatures.get(other);
                if (os != null) found.put(other, estimate(sig, os));
            }
        }
        return found.entrySet().stream().filter(e -> e.getValue() >= config.threshold())
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .toList();
    }

    public synchronized int size() { return representativeOf.size(); }

    private void remember(String docId, int[] sig) {
        signatures.put(docId, sig);
        order.addLast(docId);
        for (int b = 0; b < config.bands(); b++) {
            ArrayDeque<String> bucket = buckets.computeIfAbsent(bandKey(sig, b), k -> new ArrayDeque<>(2));
            bucket.addLast(docId);
            if (bucket.size() > config.maxBucket()) bucket.removeFirst();
        }
        while (order.size() > config.maxDocs()) {
            String old = order.removeFirst();
            int[] os = signatures.remove(old);
            for (int b = 0; b < config.bands(); b++) {
                long key = bandKey(os, b);
                ArrayDeque<String> bucket = buckets.get(key);
                if (bucket != null && bucket.remove(old) && bucket.isEmpty()) buckets.remove(key);
            }
        }
    }

    /** MinHash signature of the text's k-word shingles; empty when the text has too few shingles. */
    int[] signature(String text) {
        List<String> words = Terms.words(text);
        int k = config.shingle();
        int count = words.size() - k + 1;
        if (count < config.minShingles()) return new int[0];
        int h = config.hashes();
        int[] sig = new int[h];
        java.util.Arrays.fill(sig, Integer.MAX_VALUE);
        long[] wordHash = new long[words.size()];
        for (int i = 0; i < words.size(); i++) wordHash[i] = mix(words.get(i).hashCode() * 0x9E3779B97F4A7C15L);
        for (int i = 0; i < count; i++) {
            long x = 0;
            for (int j = 0; j < k; j++) x = x * 0x100000001B3L + wordHash[i + j];
            for (int m = 0; m < h; m++) {
                int v = (int) (mix(x * seedsA[m] + seedsB[m]) >>> 33);
                if (v < sig[m]) sig[m] = v;
            }
        }
        return sig;
    }

    private long bandKey(int[] sig, int band) {
        long x = band * 0x9E3779B97F4A7C15L;
        for (int r = 0; r < config.rows(); r++) x = mix(x ^ sig[band * config.rows() + r]);
        return x;
    }

    private static double estimate(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < a.length; i++) if (a[i] == b[i]) same++;
        return (double) same / a.length;
    }

    /** SplitMix64 finaliser. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
