package org.marsad.text;

import java.util.ArrayList;
import java.util.List;
import org.marsad.common.Span;

/**
 * Sentence split for news Arabic, on the normalised text (where ؟ ؛ ، are already ? ; ,).
 * <ul>
 *   <li>Ends at . ? ! ; and at every line break.</li>
 *   <li>Not at "." between digits (2.5) and not at "/" or "-" inside dates (they never end sentences);</li>
 *   <li>not after an abbreviation: a single letter before "." (د. for doctor, م. for AD, ه. for AH,
 *       U.S.), or a word of abbreviations.txt;</li>
 *   <li>not inside a quotation: while a " is open, . ? ! ; do not end the sentence unless the
 *       quotation has run for {@value #QUOTE_LIMIT} characters (an unbalanced mark); a sentence that ends
 *       with the end of a quotation (." ) ends after the closing mark.</li>
 *   <li>Run-on sentences longer than {@value #MAX_LEN} normalised characters are split at clause
 *       boundaries — a comma followed by a word beginning with و or ف, or by a clause opener of
 *       clause-openers.txt (فيما، بينما، حيث …) — keeping each part at least {@value #MIN_PART} characters.</li>
 * </ul>
 */
public final class SentenceSplitter {
    private SentenceSplitter() {}

    static final int MAX_LEN = 300;
    static final int MIN_PART = 80;
    static final int QUOTE_LIMIT = 400;

    private static final class Data {
        static final java.util.Set<String> ABBREVIATIONS = new java.util.HashSet<>(Lexicon.lines("abbreviations.txt"));
        static final java.util.Set<String> CLAUSE_OPENERS = new java.util.HashSet<>(Lexicon.lines("clause-openers.txt"));
    }

    public static List<Sentence> split(NormalizedText t) {
        String n = t.normalized();
        int len = n.length();
        List<int[]> parts = new ArrayList<>();
        int start = 0;
        int quoteOpen = -1;
        for (int i = 0; i < len; i++) {
            char c = n.charAt(i);
            if (c == '\n' || c == '\r') {
                addPart(parts, n, start, i);
                start = i + 1;
                quoteOpen = -1;
                continue;
            }
            if (c == '"') {
                if (quoteOpen < 0) quoteOpen = i;
                else {
                    quoteOpen = -1;
                    int p = prevNonSpace(n, i - 1, start);
                    if (p >= 0 && isTerminator(n.charAt(p))) {
                        addPart(parts, n, start, i + 1);
                        start = i + 1;
                    }
                }
                continue;
            }
            if (!isTerminator(c)) continue;
            if (quoteOpen >= 0 && i - quoteOpen < QUOTE_LIMIT) continue;
            if (c == '.' && (inNumber(n, i) || abbreviation(n, i, start))) continue;
            int e = i + 1;
            while (e < len && isTerminator(n.charAt(e))) e++; // "?!" or "..." end together
            if (e < len && n.charAt(e) == '"' && quoteOpen >= 0) { e++; }
            addPart(parts, n, start, e);
            start = e;
            i = e - 1;
            quoteOpen = -1;
        }
        addPart(parts, n, start, len);
        List<Sentence> out = new ArrayList<>(parts.size());
        for (int[] p : parts) {
            if (p[1] - p[0] > MAX_LEN) {
                for (int[] q : clauses(n, p[0], p[1])) add(out, t, q[0], q[1]);
            } else {
                add(out, t, p[0], p[1]);
            }
        }
        return out;
    }

    private static void add(List<Sentence> out, NormalizedText t, int s, int e) {
        Span sp = t.toOriginal(s, e);
        out.add(new Sentence(out.size(), sp, sp.of(t.original())));
    }

    /** Adds [s, e) trimmed of white space, if anything is left. */
    private static void addPart(List<int[]> parts, String n, int s, int e) {
        while (s < e && Character.isWhitespace(n.charAt(s))) s++;
        while (e > s && Character.isWhitespace(n.charAt(e - 1))) e--;
        if (e > s) parts.add(new int[] {s, e});
    }

    /** Splits an over-long sentence at clause boundaries (comma + و/ف word or a clause opener). */
    private static List<int[]> clauses(String n, int s, int e) {
        List<int[]> out = new ArrayList<>();
        int cur = s;
        for (int i = s + MIN_PART; i < e - MIN_PART; i++) {
            if (n.charAt(i) != ',' || i - cur < MIN_PART) continue;
            int w = i + 1;
            while (w < e && n.charAt(w) == ' ') w++;
            int we = w;
            while (we < e && Tokenizer.isArabicLetter(n.charAt(we))) we++;
            if (we == w) continue;
            char first = n.charAt(w);
            String word = n.substring(w, we);
            if (first == 'و' || first == 'ف' || Data.CLAUSE_OPENERS.contains(word)) {
                addPart(out, n, cur, i + 1);
                cur = w;
            }
        }
        addPart(out, n, cur, e);
        return out;
    }

    private static boolean isTerminator(char c) { return c == '.' || c == '?' || c == '!' || c == ';'; }

    private static int prevNonSpace(String n, int i, int floor) {
        while (i >= floor && Character.isWhitespace(n.charAt(i))) i--;
        return i >= floor ? i : -1;
    }

    private static boolean inNumber(String n, int i) {
        return i > 0 && i + 1 < n.length() && Tokenizer.isDigit(n.charAt(i - 1)) && Tokenizer.isDigit(n.charAt(i + 1));
    }

    /** The word before "." is a single letter (د. م. U.S.) or a listed abbreviation. */
    private static boolean abbreviation(String n, int i, int floor) {
        int e = i;
        int s = e;
        while (s > floor && Character.isLetter(n.charAt(s - 1))) s--;
        if (s == e) return false;
        if (e - s == 1) return true;
        return Data.ABBREVIATIONS.contains(n.substring(s, e));
    }
}
