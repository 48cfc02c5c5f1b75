package org.marsad.entities.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.marsad.common.Span;

/**
 * The NER's own view of a word: a matching fold and a clitic split. Kept inside this package so the
 * shipped model, its word clusters and its word lists always see the same fold they were built with.
 */
public final class NerText {
    private NerText() {}

    /**
     * Folds a word for matching. Order: drop tashkeel and superscript alef (U+064B–U+0652, U+0670)
     * and tatweel; unify alef with hamza/madda/wasla to bare alef; alef maqsura to ya; ta marbuta to
     * ha (newswire mixes both spellings); Persian/Kurdish kaf, ya, heh to Arabic; Arabic-Indic digits to
     * ASCII; Latin to lower case.
     */
    public static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '\u064B' && c <= '\u0652') || c == '\u0670' || c == '\u0640') continue;
            switch (c) {
                case '\u0623', '\u0625', '\u0622', '\u0671' -> b.append('\u0627');
                case '\u0649', '\u06CC', '\u064A' -> b.append('\u064A');
                case '\u0629', '\u06C1', '\u06D5' -> b.append('\u0647');
                case '\u06A9' -> b.append('\u0643');
                default -> {
                    if (c >= '\u0660' && c <= '\u0669') b.append((char) ('0' + (c - '\u0660')));
                    else if (c >= '\u06F0' && c <= '\u06F9') b.append((char) ('0' + (c - '\u06F0')));
                    else b.append(Character.toLowerCase(c));
                }
            }
        }
        return b.toString();
    }

    /** A folded word split as conjunction + preposition + article, stem, pronoun suffix. */
    public record Clitics(String proclitics, String stem, String suffix) {}

    private static final String[] SUFFIXES = {"هما", "كما", "هم", "هن", "كم", "كن", "نا", "ها", "ه"};

    /** {@link #split(String, Predicate)} knowing no vocabulary: strips only before the article. */
    public static Clitics split(String folded) {
        return split(folded, w -> false);
    }

    /**
     * Splits a folded word. Proclitics come in a fixed order: و/ف, then ب/ك/ل, then ال (ل+ال is
     * written لل). A conjunction or preposition is stripped when the article follows, or when the
     * word is long (5+ letters) and the rest is a known word — so "وزير" and "بدر" stay whole while
     * "وبغداد" splits. The article is stripped when three letters stay; a pronoun suffix only on an
     * indefinite word when four letters stay.
     */
    public static Clitics split(String folded, Predicate<String> known) {
        String w = folded;
        StringBuilder pro = new StringBuilder();
        if (w.length() >= 4 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف') && strippable(w, known)) {
            pro.append(w.charAt(0));
            w = w.substring(1);
        }
        if (w.length() >= 5 && w.startsWith("لل")) {
            pro.append("لل");
            w = w.substring(2);
        } else {
            char c = w.isEmpty() ? ' ' : w.charAt(0);
            if (w.length() >= 4 && (c == 'ب' || c == 'ك' || c == 'ل') && strippable(w, known)) {
                pro.append(c);
                w = w.substring(1);
            }
            if (w.length() >= 5 && w.startsWith("ال")) {
                pro.append("ال");
                w = w.substring(2);
            }
        }
        String suffix = "";
        if (pro.indexOf("ال") < 0 && pro.indexOf("لل") < 0) {
            for (String s : SUFFIXES) {
                if (w.endsWith(s) && w.length() - s.length() >= 4) {
                    suffix = s;
                    w = w.substring(0, w.length() - s.length());
                    break;
                }
            }
        }
        return new Clitics(pro.toString(), w, suffix);
    }

    private static boolean strippable(String w, Predicate<String> known) {
        String rest = w.substring(1);
        return (rest.startsWith("ال") && rest.length() >= 4) || rest.startsWith("لل")
                || (w.length() >= 5 && known.test(rest));
    }

    /** A coarse word shape: script class and length bucket. */
    public static String shape(String token) {
        boolean ar = false, latin = false, digit = false, punct = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c >= '\u0600' && c <= '\u06FF') {
                if (c >= '\u0660' && c <= '\u0669') digit = true;
                else ar = true;
            } else if (Character.isDigit(c)) digit = true;
            else if (Character.isLetter(c)) latin = true;
            else punct = true;
        }
        String cls = ar ? (latin || digit ? "arx" : "ar") : latin ? (digit ? "latd" : isCap(token) ? "latC" : "lat")
                : digit ? (punct ? "num+" : "num") : "p";
        int n = token.length();
        String len = n <= 2 ? "s" : n <= 4 ? "m" : n <= 7 ? "l" : "xl";
        return cls + len;
    }

    private static boolean isCap(String t) {
        return !t.isEmpty() && Character.isUpperCase(t.charAt(0));
    }

    /** A token of raw text with its original offsets. */
    public record RawToken(Span span, String surface) {}

    /**
     * Splits raw text into words (runs of letters, marks and digits) and single punctuation marks,
     * the way ANERcorp is tokenised. Used when no text-core tokens are given.
     */
    public static List<RawToken> tokenize(String text) {
        List<RawToken> out = new ArrayList<>();
        int i = 0, n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.getType(c) == Character.FORMAT) {
                i++;
            } else if (isWordChar(c)) {
                int j = i + 1;
                while (j < n && isWordChar(text.charAt(j))) j++;
                out.add(new RawToken(new Span(i, j), text.substring(i, j)));
                i = j;
            } else {
                int j = Character.isHighSurrogate(c) && i + 1 < n ? i + 2 : i + 1;
                out.add(new RawToken(new Span(i, j), text.substring(i, j)));
                i = j;
            }
        }
        return out;
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\u0640'
                || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** True for sentence-final punctuation, used to cut raw text into sentences for tagging. */
    static boolean isSentenceEnd(String surface) {
        return surface.equals(".") || surface.equals("!") || surface.equals("?") || surface.equals("؟")
                || surface.equals("\n");
    }
}
