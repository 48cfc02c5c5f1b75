package org.marsad.entities.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * conlleval-style scoring: an entity counts as correct only when gold and guess have the same
 * start, end and type. Chunks follow conlleval: a chunk starts at B-X, at I-X after O or after a
 * different type, and ends before O, B-, or a different type. Feed sentences with {@link #add},
 * then read {@link #score}.
 */
public final class ConllEval {
    /** The entity types in the headline score. */
    public static final Set<String> CORE_TYPES = Set.of("PER", "LOC", "ORG");

    /** One entity chunk [start, end) in token positions. */
    public record Chunk(int start, int end, String type) {}

    /** Counts for one type. */
    public record Counts(int correct, int guessed, int gold) {
        public double precision() { return guessed == 0 ? 0 : (double) correct / guessed; }

        public double recall() { return gold == 0 ? 0 : (double) correct / gold; }

        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(Counts o) { return new Counts(correct + o.correct, guessed + o.guessed, gold + o.gold); }
    }

    private final Map<String, int[]> counts = new TreeMap<>();

    /** Scores one sentence's predicted tags against its gold tags (same length). */
    public void add(List<String> gold, List<String> guess) {
        if (gold.size() != guess.size()) throw new IllegalArgumentException("gold has " + gold.size() + " tags, guess " + guess.size());
        List<Chunk> g = chunks(gold), p = chunks(guess);
        for (Chunk c : g) counts(c.type())[2]++;
        for (Chunk c : p) counts(c.type())[1]++;
        for (Chunk c : p) if (g.contains(c)) counts(c.type())[0]++;
    }

    /** Adds another evaluation's counts (e.g. the folds of a cross-validation). */
    public void addAll(ConllEval other) {
        other.counts.forEach((t, c) -> {
            int[] mine = counts(t);
            for (int i = 0; i < 3; i++) mine[i] += c[i];
        });
    }

    private int[] counts(String type) {
        return counts.computeIfAbsent(type, k -> new int[3]);
    }

    /** Counts per type seen in gold or guesses. */
    public Map<String, Counts> byType() {
        Map<String, Counts> m = new TreeMap<>();
        counts.forEach((t, c) -> m.put(t, new Counts(c[0], c[1], c[2])));
        return m;
    }

    /** Counts summed over the given types. */
    public Counts overall(Set<String> types) {
        Counts sum = new Counts(0, 0, 0);
        for (var e : byType().entrySet()) if (types.contains(e.getKey())) sum = sum.plus(e.getValue());
        return sum;
    }

    /** Counts summed over every type. */
    public Counts overall() {
        return overall(counts.keySet());
    }

    /** The entity chunks of a tag sequence, conlleval rules. */
    public static List<Chunk> chunks(List<String> tags) {
        List<Chunk> out = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String t = i < tags.size() ? tags.get(i) : "O";
            char prefix = t.length() >= 2 && t.charAt(1) == '-' ? t.charAt(0) : 'O';
            String ty = prefix == 'O' ? null : t.substring(2);
            boolean ends = type != null && (prefix == 'O' || prefix == 'B' || !ty.equals(type));
            if (ends) {
                out.add(new Chunk(start, i, type));
                type = null;
            }
            if (prefix == 'B' || (prefix == 'I' && type == null)) {
                start = i;
                type = ty;
            }
        }
        return out;
    }

    /** A conlleval-like report: one line per type, then PER/LOC/ORG overall and all-types overall. */
    public String report() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-16s %8s %8s %8s %7s %7s %7s%n", "type", "gold", "guessed", "correct", "P", "R", "F1"));
        byType().forEach((t, c) -> line(b, t, c));
        line(b, "PER+LOC+ORG", overall(CORE_TYPES));
        line(b, "all types", overall());
        return b.toString();
    }

    private static void line(StringBuilder b, String name, Counts c) {
        b.append(String.format(Locale.ROOT, "%-16s %8d %8d %8d %7.4f %7.4f %7.4f%n", name, c.gold(), c.guessed(), c.correct(),
                c.precision(), c.recall(), c.f1()));
    }
}
