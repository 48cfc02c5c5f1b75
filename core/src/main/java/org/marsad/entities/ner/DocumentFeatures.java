package org.marsad.entities.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Document-level consistency features for the second CRF stage (after Krishnan and Manning 2006):
 * a name is usually tagged the same way throughout a story, so each token gets the labels the first
 * stage gave to the other occurrences of the same word in the surrounding sentences. The "document"
 * is a window of {@link #WINDOW} sentences either side, the same in training (ANERcorp has no story
 * boundaries) and in tagging (within one input text).
 */
final class DocumentFeatures {
    private DocumentFeatures() {}

    /** ±20 sentences scored 0.764 in CV against 0.763 for ±10 (docs/ner.md). */
    static final int WINDOW = 20;
    private static final List<String> TYPES = List.of("O", "PER", "LOC", "ORG", "MISC");

    /** The word a token stands for: folded, clitics off, and a leading و/ف dropped (وبلنسية, وعنان). */
    static String key(String token, WordClusters clusters) {
        String fold = NerText.fold(token);
        String stem = NerText.split(fold, clusters::contains).stem();
        if (stem.equals(fold) && stem.length() >= 4 && (stem.charAt(0) == 'و' || stem.charAt(0) == 'ف')) stem = stem.substring(1);
        return stem;
    }

    private static int type(String tag) {
        int i = tag.equals("O") ? 0 : TYPES.indexOf(tag.substring(2));
        return Math.max(i, 0);
    }

    /**
     * @param keys per sentence, each token's {@link #key}
     * @param tags per sentence, the first stage's BIO tags
     * @return per sentence, per token, the extra feature strings
     */
    static List<List<List<String>>> of(List<String[]> keys, List<List<String>> tags) {
        int n = keys.size();
        List<List<List<String>>> out = new ArrayList<>(n);
        Map<String, int[]> counts = new HashMap<>();
        Map<String, int[]> spans = new HashMap<>();
        Map<String, int[]> parts = new HashMap<>();
        int lo = 0, hi = 0; // sentences [lo, hi) are counted
        for (int k = 0; k < n; k++) {
            int wantLo = Math.max(0, k - WINDOW), wantHi = Math.min(n, k + WINDOW + 1);
            for (; hi < wantHi; hi++) {
                add(counts, keys.get(hi), tags.get(hi), 1);
                addSpans(spans, keys.get(hi), tags.get(hi), 1);
                addParts(parts, keys.get(hi), tags.get(hi), 1);
            }
            for (; lo < wantLo; lo++) {
                add(counts, keys.get(lo), tags.get(lo), -1);
                addSpans(spans, keys.get(lo), tags.get(lo), -1);
                addParts(parts, keys.get(lo), tags.get(lo), -1);
            }
            String[] ks = keys.get(k);
            String[] own = new String[ks.length];
            List<String>[] feats = perToken(ks.length);
            String[] any = new String[ks.length];
            for (int i = 0; i < ks.length; i++) {
                int[] c = counts.get(ks[i]).clone();
                c[type(tags.get(k).get(i))]--;
                int total = 0, best = 0;
                StringBuilder seen = new StringBuilder();
                for (int t = 0; t < c.length; t++) {
                    total += c[t];
                    if (c[t] > c[best]) best = t;
                    if (t > 0 && c[t] > 0) {
                        feats[i].add("d=" + TYPES.get(t));
                        seen.append(TYPES.get(t).charAt(0));
                    }
                }
                own[i] = total == 0 ? "none" : TYPES.get(best);
                any[i] = seen.isEmpty() ? (total == 0 ? "none" : "O") : seen.toString();
                feats[i].add("dm=" + own[i]);
            }
            for (int i = 0; i < ks.length; i++) {
                feats[i].add("d[-1]=" + (i > 0 ? any[i - 1] : "BOS"));
                feats[i].add("d[+1]=" + (i + 1 < ks.length ? any[i + 1] : "EOS"));
                feats[i].add("dm|d[+1]=" + own[i] + "|" + (i + 1 < ks.length ? any[i + 1] : "EOS"));
            }
            spanFeatures(spans, ks, tags.get(k), feats);
            partFeatures(parts, ks, tags.get(k), feats);
            out.add(List.of(feats));
        }
        return out;
    }

    /** Longest multi-word name the span features look for. */
    static final int MAX_SPAN = 5;

    /**
     * A whole multi-word name tagged elsewhere (علي بن أبي طالب) marks every other occurrence of the
     * same word sequence: its first token {@code ds=B-PER}, the others {@code ds=I-PER}, so a
     * name cut short or missed in one sentence can borrow the full span found in another. The
     * token's own first-stage span is not counted.
     */
    private static void spanFeatures(Map<String, int[]> spans, String[] ks, List<String> tags, List<String>[] feats) {
        if (spans.isEmpty()) return;
        java.util.Set<String> own = new java.util.HashSet<>();
        for (ConllEval.Chunk c : ConllEval.chunks(tags)) {
            if (c.end() - c.start() >= 2 && c.end() - c.start() <= MAX_SPAN) own.add(c.start() + ":" + c.end() + ":" + c.type());
        }
        boolean[][] seen = new boolean[ks.length][TYPES.size() * 2];
        for (int i = 0; i < ks.length; i++) {
            StringBuilder sb = new StringBuilder(ks[i]);
            for (int j = i + 1; j < ks.length && j - i < MAX_SPAN; j++) {
                sb.append(' ').append(ks[j]);
                int[] c = spans.get(sb.toString());
                if (c == null) continue;
                for (int t = 1; t < TYPES.size(); t++) {
                    int count = c[t] - (own.contains(i + ":" + (j + 1) + ":" + TYPES.get(t)) ? 1 : 0);
                    if (count <= 0) continue;
                    seen[i][2 * t] = true;
                    for (int m = i + 1; m <= j; m++) seen[m][2 * t + 1] = true;
                }
            }
        }
        for (int i = 0; i < ks.length; i++) {
            for (int t = 1; t < TYPES.size(); t++) {
                if (seen[i][2 * t]) feats[i].add("ds=B-" + TYPES.get(t));
                if (seen[i][2 * t + 1]) feats[i].add("ds=I-" + TYPES.get(t));
            }
        }
    }

    private static final String[] PART = {"first", "mid", "last"};

    /** Where a token sits in a multi-word chunk: 0 first, 1 inside, 2 last. */
    private static int part(ConllEval.Chunk c, int i) {
        return i == c.start() ? 0 : i == c.end() - 1 ? 2 : 1;
    }

    /**
     * Part-of-name evidence: a word that the first stage tagged elsewhere as the first, an inner or
     * the last word of a multi-word name (نوري المالكي) gets {@code dp=PER-last} etc. wherever else it
     * occurs (المالكي alone), with the same for its neighbours, so a family name seen once in full
     * is recognised on its own and a given name in front of it joins it. The token's own chunk is
     * not counted.
     */
    private static void partFeatures(Map<String, int[]> parts, String[] ks, List<String> tags, List<String>[] feats) {
        if (parts.isEmpty()) return;
        int[][] own = new int[ks.length][];
        for (ConllEval.Chunk c : ConllEval.chunks(tags)) {
            int t = TYPES.indexOf(c.type());
            if (c.end() - c.start() < 2 || t <= 0) continue;
            for (int i = c.start(); i < c.end(); i++) own[i] = new int[] {3 * t + part(c, i)};
        }
        String[] summary = new String[ks.length];
        for (int i = 0; i < ks.length; i++) {
            int[] c = parts.get(ks[i]);
            StringBuilder sb = new StringBuilder();
            if (c != null) {
                for (int s = 3; s < c.length; s++) {
                    int count = c[s] - (own[i] != null && own[i][0] == s ? 1 : 0);
                    if (count <= 0) continue;
                    String f = TYPES.get(s / 3) + "-" + PART[s % 3];
                    feats[i].add("dp=" + f);
                    if (sb.length() > 0) sb.append(',');
                    sb.append(f);
                }
            }
            summary[i] = sb.isEmpty() ? "-" : sb.toString();
        }
        for (int i = 0; i < ks.length; i++) {
            if (i > 0) feats[i].add("dp[-1]=" + summary[i - 1]);
            if (i + 1 < ks.length) feats[i].add("dp[+1]=" + summary[i + 1]);
        }
    }

    private static void addParts(Map<String, int[]> parts, String[] keys, List<String> tags, int delta) {
        for (ConllEval.Chunk c : ConllEval.chunks(tags)) {
            int t = TYPES.indexOf(c.type());
            if (c.end() - c.start() < 2 || t <= 0) continue;
            for (int i = c.start(); i < c.end(); i++) {
                int[] v = parts.computeIfAbsent(keys[i], x -> new int[TYPES.size() * 3]);
                v[3 * t + part(c, i)] += delta;
                if (delta < 0 && java.util.Arrays.stream(v).allMatch(x -> x == 0)) parts.remove(keys[i]);
            }
        }
    }

    private static void addSpans(Map<String, int[]> spans, String[] keys, List<String> tags, int delta) {
        for (ConllEval.Chunk c : ConllEval.chunks(tags)) {
            int len = c.end() - c.start();
            if (len < 2 || len > MAX_SPAN) continue;
            int t = TYPES.indexOf(c.type());
            if (t <= 0) continue;
            String key = String.join(" ", java.util.Arrays.asList(keys).subList(c.start(), c.end()));
            int[] v = spans.computeIfAbsent(key, x -> new int[TYPES.size()]);
            v[t] += delta;
            if (delta < 0 && java.util.Arrays.stream(v).allMatch(x -> x == 0)) spans.remove(key);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String>[] perToken(int n) {
        List<String>[] a = new List[n];
        for (int i = 0; i < n; i++) a[i] = new ArrayList<>(8);
        return a;
    }

    private static void add(Map<String, int[]> counts, String[] keys, List<String> tags, int delta) {
        for (int i = 0; i < keys.length; i++) counts.computeIfAbsent(keys[i], x -> new int[TYPES.size()])[type(tags.get(i))] += delta;
    }
}
