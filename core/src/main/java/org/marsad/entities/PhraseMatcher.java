package org.marsad.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.marsad.text.NormalizedText;

/**
 * Multi-phrase matcher over folded Arabic text: a character trie walked from every word start,
 * leftmost-longest, whole words only. Arabic proclitics in front of a phrase are skipped by rule:
 * the conjunctions و ف, the prepositions ب ل ك (one of each at most, conjunction first), and
 * ل + ال written "لل" ("للبيشمركة" = ل + البيشمركة). With {@code stripArticle} a phrase written
 * without the article also matches after "ال" ("المسلح" for "مسلح").
 * Whitespace runs in the text match one space in a phrase. Immutable once built; thread-safe.
 *
 * @param <T> what a phrase stands for; one phrase may stand for several values (ambiguous names)
 */
public final class PhraseMatcher<T> {

    /** One match in folded-text offsets; {@code values} are all entries the phrase stands for. */
    public record Hit<T>(int start, int end, String phrase, List<T> values) {}

    /** A trie node; children in a sorted char array (binary search, no boxing of chars). */
    private static final class Node<T> {
        char[] keys = new char[0];
        Node<T>[] kids = newArray(0);
        List<T> values = List.of();
        String phrase;

        @SuppressWarnings("unchecked")
        private static <T> Node<T>[] newArray(int n) { return (Node<T>[]) new Node[n]; }

        /** For nodes with many children (after "ال"), Arabic-block children by direct index. */
        Node<T>[] arabic;

        Node<T> get(char c) {
            if (arabic != null && c >= 0x0600 && c < 0x0700) return arabic[c - 0x0600];
            if (keys.length <= 4) {
                for (int i = 0; i < keys.length; i++) if (keys[i] == c) return kids[i];
                return null;
            }
            int i = Arrays.binarySearch(keys, c);
            return i >= 0 ? kids[i] : null;
        }

        Node<T> getOrAdd(char c) {
            int i = Arrays.binarySearch(keys, c);
            if (i >= 0) return kids[i];
            int at = -i - 1;
            char[] k = new char[keys.length + 1];
            Node<T>[] n = newArray(keys.length + 1);
            System.arraycopy(keys, 0, k, 0, at);
            System.arraycopy(kids, 0, n, 0, at);
            System.arraycopy(keys, at, k, at + 1, keys.length - at);
            System.arraycopy(kids, at, n, at + 1, keys.length - at);
            k[at] = c;
            n[at] = new Node<>();
            keys = k;
            kids = n;
            if (keys.length > 6) {
                arabic = newArray(0x100);
                for (int j = 0; j < keys.length; j++) if (keys[j] >= 0x0600 && keys[j] < 0x0700) arabic[keys[j] - 0x0600] = kids[j];
            }
            return n[at];
        }
    }

    private final Node<T> root = new Node<>();
    /** Root children by char for Latin and Arabic, so the step tried at every word start is one array read. */
    private final Node<T>[] rootTable = Node.newArray(ROOT_TABLE);
    private static final int ROOT_TABLE = 0x0700;
    private final boolean stripArticle;
    private int size;

    public PhraseMatcher(boolean stripArticle) { this.stripArticle = stripArticle; }

    /** Folds a lexicon entry exactly like article text is folded, and collapses whitespace. */
    public static String fold(String s) {
        return NormalizedText.fold(s.strip()).replaceAll("\\s+", " ").strip();
    }

    /** Adds an already folded phrase; returns false when it is blank. Duplicate phrases collect values. */
    public boolean add(String foldedPhrase, T value) {
        if (foldedPhrase.isBlank()) return false;
        Node<T> n = root;
        for (int i = 0; i < foldedPhrase.length(); i++) {
            n = n.getOrAdd(foldedPhrase.charAt(i));
            if (i == 0 && foldedPhrase.charAt(0) < ROOT_TABLE) rootTable[foldedPhrase.charAt(0)] = n;
        }
        if (n.values.isEmpty()) {
            n.values = new ArrayList<>(1);
            n.phrase = foldedPhrase;
            size++;
        }
        if (!n.values.contains(value)) n.values.add(value);
        return true;
    }

    /** True when this exact folded phrase is present (with any value). */
    public boolean contains(String foldedPhrase) {
        Node<T> n = walk(root, foldedPhrase);
        return n != null && !n.values.isEmpty();
    }

    /** The values of an exact folded phrase, or an empty list. */
    public List<T> lookup(String foldedPhrase) {
        Node<T> n = walk(root, foldedPhrase);
        return n == null ? List.of() : List.copyOf(n.values);
    }

    public int size() { return size; }

    private static <T> Node<T> walk(Node<T> from, String s) {
        Node<T> n = from;
        for (int i = 0; i < s.length() && n != null; i++) n = n.get(s.charAt(i));
        return n;
    }

    /** Leftmost-longest whole-word matches, non-overlapping, in text order. */
    public List<Hit<T>> findAll(String text) {
        List<Hit<T>> hits = new ArrayList<>();
        int i = 0;
        int len = text.length();
        while (i < len) {
            if (!isWordChar(text.charAt(i)) || (i > 0 && isWordChar(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            Hit<T> best = longestAtWordStart(text, i);
            if (best != null) {
                hits.add(best);
                i = best.end();
            } else {
                i++;
            }
        }
        return hits;
    }

    /** The longest phrase starting at word start {@code s} (after any proclitics), or null. */
    Hit<T> longestAtWordStart(String text, int s) {
        Hit<T> best = matchFrom(text, s, root);
        int p = s;
        // conjunction, then preposition: و/ف then ب/ل/ك
        for (int step = 0; step < 2; step++) {
            if (p >= text.length()) break;
            char c = text.charAt(p);
            boolean conj = step == 0 && (c == 'و' || c == 'ف');
            boolean prep = c == 'ب' || c == 'ل' || c == 'ك';
            if (!conj && !prep) break;
            // ل + ال written لل: the alef is elided, the second ل belongs to the article
            if (c == 'ل' && p + 1 < text.length() && text.charAt(p + 1) == 'ل') {
                Node<T> alef = root.get('ا');
                if (alef != null) best = longer(best, matchFrom(text, p + 1, alef, p + 1));
            }
            p++;
            best = longer(best, matchFrom(text, p, root));
            if (prep) break;
        }
        if (stripArticle) {
            for (int q = s; q <= Math.min(p, text.length() - 2); q++) {
                if (text.charAt(q) == 'ا' && text.charAt(q + 1) == 'ل') {
                    best = longer(best, matchFrom(text, q + 2, root));
                }
                if (q < text.length() && !"وفبلك".contains(String.valueOf(text.charAt(q)))) break;
            }
        }
        return best;
    }

    private static <T> Hit<T> longer(Hit<T> a, Hit<T> b) {
        if (a == null) return b;
        if (b == null) return a;
        return b.end() > a.end() ? b : a;
    }

    private Hit<T> matchFrom(String text, int start, Node<T> node) { return matchFrom(text, start, node, start); }

    private Hit<T> matchFrom(String text, int from, Node<T> node, int spanStart) {
        if (from >= text.length() || !isWordChar(text.charAt(from))) return null;
        Hit<T> best = null;
        Node<T> n = node;
        int i = from;
        while (n != null && i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                n = n.get(' ');
                while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
            } else {
                n = n == root && c < ROOT_TABLE ? rootTable[c] : n.get(c);
                i++;
            }
            if (n != null && !n.values.isEmpty() && (i >= text.length() || !isWordChar(text.charAt(i)))
                    && !Character.isWhitespace(text.charAt(i - 1))) {
                best = new Hit<>(spanStart, i, n.phrase, List.copyOf(n.values));
            }
        }
        return best;
    }

    /** Letters, digits and Arabic combining marks belong to a word. */
    public static boolean isWordChar(char c) {
        if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (c >= 0x0621 && c <= 0x064A) return true; // Arabic letters, the common case
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
