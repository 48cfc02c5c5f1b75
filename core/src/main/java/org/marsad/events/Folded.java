package org.marsad.events;

import org.marsad.common.Span;

/**
 * An original text folded for lexicon matching, with a map from every folded character back to its
 * original offset. Folding rules, in order: drop tashkeel (U+064B–U+065F, U+0670) and tatweel; unify
 * alef forms (أ إ آ ٱ → ا), ta marbuta → ha, alef maqsura and yeh with hamza → yeh, waw with hamza →
 * waw, Persian kaf/yeh → Arabic; Arabic-Indic digits → ASCII; typographic quotes → '"'; lower case.
 * The lexicon files are folded with the same function, so they can be written in ordinary spelling.
 */
record Folded(String original, String folded, int[] toOriginal) {

    static Folded of(String original) {
        StringBuilder sb = new StringBuilder(original.length());
        int[] map = new int[original.length() + 1];
        int n = 0;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            char f = foldChar(c);
            if (f == 0) continue;
            sb.append(f);
            map[n++] = i;
        }
        map[n] = original.length();
        int[] trimmed = java.util.Arrays.copyOf(map, n + 1);
        return new Folded(original, sb.toString(), trimmed);
    }

    /** Folds a lexicon entry or a short string (no alignment needed). */
    static String fold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char f = foldChar(s.charAt(i));
            if (f != 0) sb.append(f);
        }
        return sb.toString();
    }

    /** The folded character, or 0 when the character is dropped. */
    static char foldChar(char c) {
        if (c >= '\u064B' && c <= '\u065F' || c == '\u0670' || c == '\u0640') return 0;
        return switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
            case 'ة' -> 'ه';
            case 'ى', 'ئ', 'ی', 'ې' -> 'ي';
            case 'ؤ' -> 'و';
            case 'ک' -> 'ك';
            case '“', '”', '«', '»', '„', '″' -> '"';
            case '\u00A0', '\u200F', '\u200E' -> ' ';
            default -> {
                if (c >= '\u0660' && c <= '\u0669') yield (char) ('0' + (c - '\u0660'));
                if (c >= '\u06F0' && c <= '\u06F9') yield (char) ('0' + (c - '\u06F0'));
                if (c == '\u200C' || c == '\u200D') yield 0;
                yield Character.toLowerCase(c);
            }
        };
    }

    /** Original span of the folded range [fStart, fEnd). */
    Span toOriginal(int fStart, int fEnd) {
        int n = toOriginal.length - 1;
        int fs = Math.max(0, Math.min(fStart, n));
        int fe = Math.max(fs, Math.min(fEnd, n));
        int s = toOriginal[fs];
        int e = fe > fs ? toOriginal[fe - 1] + 1 : s;
        // diacritics and tatweel after the last letter belong to it
        while (fe > fs && e < original.length() && foldChar(original.charAt(e)) == 0) e++;
        return new Span(s, e);
    }

    /** Folded offset of an original offset (first folded character at or after it). */
    int toFolded(int originalOffset) {
        int lo = 0, hi = toOriginal.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (toOriginal[mid] < originalOffset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /** The folded text of an original span. */
    String foldedOf(Span original) {
        return folded.substring(toFolded(original.start()), toFolded(original.end()));
    }
}
