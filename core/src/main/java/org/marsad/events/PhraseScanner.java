package org.marsad.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs many lexicon patterns over folded text in one pass: each pattern is tried only at word starts
 * whose first letter (after a possible proclitic) can begin it, instead of scanning the text once per
 * pattern. Same matches as {@code pattern.matcher(text).find()} at word starts, much less work.
 */
final class PhraseScanner {
    /** A match: [start, end) in the folded text and the index of the pattern in the scanner's list. */
    record Hit(int start, int end, int entry) {}

    private static final List<String> PROCLITICS = proclitics();

    private static final int[] NONE = new int[0];

    private final List<Pattern> patterns;
    /** Entries by the first letter they can begin with, indexed by char (no boxing on the hot path). */
    private final int[][] byFirstLetter = new int[Character.MAX_VALUE + 1][];
    /** Entries by their first two letters, keyed by (first << 16 | second). */
    private final Map<Integer, int[]> byFirstTwo = new HashMap<>();
    private final List<Integer> everywhere = new ArrayList<>();

    PhraseScanner(List<String> foldedEntries, List<Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
        Map<Character, List<Integer>> one = new HashMap<>();
        Map<Integer, List<Integer>> two = new HashMap<>();
        for (int i = 0; i < foldedEntries.size(); i++) {
            Set<String> first = firstLetters(foldedEntries.get(i));
            if (first.isEmpty()) everywhere.add(i);
            for (String key : first) {
                if (key.length() == 2) two.computeIfAbsent(pair(key.charAt(0), key.charAt(1)), k -> new ArrayList<>()).add(i);
                else one.computeIfAbsent(key.charAt(0), k -> new ArrayList<>()).add(i);
            }
        }
        one.forEach((c, entries) -> byFirstLetter[c] = entries.stream().mapToInt(Integer::intValue).toArray());
        two.forEach((k, entries) -> byFirstTwo.put(k, entries.stream().mapToInt(Integer::intValue).toArray()));
    }

    private static int pair(char a, char b) { return a << 16 | b; }

    int size() { return patterns.size(); }

    /** Every match starting at a word start in [from, to) (overlaps included), in text order. */
    List<Hit> find(String t, int from, int to) {
        List<Hit> out = new ArrayList<>();
        if (to <= from) return out;
        Matcher[] matchers = new Matcher[patterns.size()];
        int[] triedAt = new int[patterns.size()];
        java.util.Arrays.fill(triedAt, -1);
        for (int p = from; p < to; p++) {
            char c = t.charAt(p);
            if (!Character.isLetterOrDigit(c) || p > 0 && Character.isLetterOrDigit(t.charAt(p - 1))) continue;
            for (String pro : PROCLITICS) {
                if (!pro.isEmpty() && pro.charAt(0) != c) continue;
                int k = p + pro.length();
                if (k >= to || !t.startsWith(pro, p)) continue;
                int[] one = byFirstLetter[t.charAt(k)];
                int[] two = k + 1 < to ? byFirstTwo.getOrDefault(pair(t.charAt(k), t.charAt(k + 1)), NONE) : NONE;
                if (one != null) tryAt(one, t, p, to, matchers, triedAt, out);
                tryAt(two, t, p, to, matchers, triedAt, out);
            }
        }
        for (int e : everywhere) {
            Matcher m = patterns.get(e).matcher(t).region(from, to);
            while (m.find()) if (m.end() > m.start()) out.add(new Hit(m.start(), m.end(), e));
        }
        out.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        return out;
    }

    /** Each entry not yet tried at word start p, anchored there. */
    private void tryAt(int[] entries, String t, int p, int to, Matcher[] matchers, int[] triedAt, List<Hit> out) {
        for (int e : entries) {
            if (triedAt[e] == p) continue;
            triedAt[e] = p;
            Matcher m = matcher(matchers, e, t, p, to);
            if (m.lookingAt() && m.end() > m.start()) out.add(new Hit(m.start(), m.end(), e));
        }
    }

    boolean any(String t, int from, int to) {
        return !find(t, from, to).isEmpty();
    }

    private Matcher matcher(Matcher[] cache, int e, String t, int p, int to) {
        Matcher m = cache[e];
        if (m == null) {
            m = patterns.get(e).matcher(t);
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            cache[e] = m;
        }
        m.region(p, to);
        return m;
    }

    private static List<String> proclitics() {
        List<String> out = new ArrayList<>();
        for (String conj : List.of("", "و", "ف")) {
            for (String prep : List.of("", "بال", "كال", "لل", "ال", "ب", "ل", "ك")) out.add(conj + prep);
        }
        return out;
    }

    /**
     * The letters the first word of a folded lexicon entry can begin with (after its proclitics);
     * empty when that cannot be read off the entry (raw regular expressions), so it is scanned everywhere.
     */
    static Set<String> firstLetters(String entry) {
        Set<String> out = new HashSet<>();
        if (entry.startsWith("re:")) return out;
        String w = entry.strip();
        List<String> alts = new ArrayList<>();
        if (w.startsWith("(")) {
            int depth = 0, end = -1;
            for (int i = 0; i < w.length(); i++) {
                if (w.charAt(i) == '(') depth++;
                if (w.charAt(i) == ')' && --depth == 0) { end = i; break; }
            }
            if (end < 0) return Set.of();
            alts.addAll(List.of(w.substring(1, end).split("\\|")));
            // letters right after the group continue its alternatives: key on the group's first letter only
            if (end + 1 < w.length() && Character.isLetter(w.charAt(end + 1))) alts.replaceAll(a -> a.substring(0, Math.min(1, a.length())));
        } else {
            alts.add(w);
        }
        for (String alt : alts) {
            if (alt.isEmpty() || !Character.isLetter(alt.charAt(0))) return Set.of();
            boolean two = alt.length() >= 2 && Character.isLetter(alt.charAt(1));
            out.add(two ? alt.substring(0, 2) : alt.substring(0, 1));
        }
        return out;
    }
}
