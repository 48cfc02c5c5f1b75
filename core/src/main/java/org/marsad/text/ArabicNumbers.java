package org.marsad.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Reads numbers written in digits (ASCII, Arabic-Indic ٠-٩ and Extended ۰-۹, with thousands separators
 * 1,200 / ١٬٢٠٠ and decimals 2.5 / ٢٫٥) and in words: units in both genders and all cases
 * (ثلاثة/ثلاث، اثنان/اثنين/اثنتين), teens (أحد عشر … تسعة عشر), tens (عشرون/عشرين …), compounds joined
 * by و (خمسة وعشرين), hundreds (مئة/مائة، مئتين، ثلاثمئة and ثلاث مئة), thousands and millions
 * (ثلاثة آلاف، خمسون ألفا، 1.5 مليون), duals of counted nouns (جنديين، قتيلين = 2) and a lone
 * قتيل/جريح (= 1). Word tables live in number-words.tsv, ordinal-words.tsv and person-nouns.tsv.
 */
public final class ArabicNumbers {
    private ArabicNumbers() {}

    enum Type { UNIT, ONE_OF, TEN, HUNDRED, THOUSAND, MILLION, BILLION }

    record Word(Type type, long value) {}

    /** What {@link #read} found: value, tokens [start, end), how it was written. */
    record Num(double value, int start, int end, boolean dual, boolean single, String noun) {
        long rounded() { return Math.round(value); }
    }

    static final class Data {
        static final Map<String, Word> WORDS = new HashMap<>();
        static final Map<String, Integer> ORDINALS = new HashMap<>();
        /** folded singular → DUAL | SAME | SINGLE */
        static final Map<String, String> PERSONS = new HashMap<>();

        static {
            for (String[] kv : Lexicon.table("number-words.tsv")) {
                String[] tv = kv[1].split(":");
                WORDS.put(kv[0], new Word(Type.valueOf(tv[0]), Long.parseLong(tv[1])));
            }
            for (String[] kv : Lexicon.table("ordinal-words.tsv")) ORDINALS.put(kv[0], Integer.parseInt(kv[1]));
            for (String[] kv : Lexicon.table("person-nouns.tsv")) PERSONS.put(kv[0], kv[1]);
        }
    }

    /** The value of a text that is exactly one number (digits, words, dual noun or lone قتيل), else empty. */
    public static OptionalLong parse(String text) {
        List<Token> toks = Tokenizer.tokenize(NormalizedText.of(text == null ? "" : text));
        if (toks.isEmpty()) return OptionalLong.empty();
        Num n = read(toks, 0);
        if (n == null || n.end() != toks.size()) return OptionalLong.empty();
        return OptionalLong.of(n.rounded());
    }

    /** The value of a digit string (any digit set, separators, decimal point), or empty. */
    public static java.util.OptionalDouble parseDigits(String text) {
        String f = NormalizedText.fold(text == null ? "" : text.strip());
        double d = digits(f);
        return Double.isNaN(d) ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(d);
    }

    /** The value of an ordinal word (الأول، الثالثة، الحادي), clitics allowed, or empty. */
    public static OptionalLong ordinal(String word) {
        List<Token> toks = Tokenizer.tokenize(NormalizedText.of(word == null ? "" : word));
        if (toks.size() != 1) return OptionalLong.empty();
        Integer v = Data.ORDINALS.get(bare(toks.get(0)));
        return v == null ? OptionalLong.empty() : OptionalLong.of(v);
    }

    /** The token without its proclitics (suffix kept), folded. */
    static String bare(Token t) {
        if (t.proclitics().isEmpty()) return t.norm();
        if (t.suffix().isEmpty()) return t.base(); // base is the word without its proclitics
        int letters = 0;
        for (int i = 0; i < t.proclitics().length(); i++) if (t.proclitics().charAt(i) != '+') letters++;
        // لل is written for ل+ال: three clitic letters, two written
        if (t.proclitics().endsWith("ل+ال") && letters >= 3 && !t.norm().startsWith("لال", letters - 3)) letters--;
        return letters <= t.norm().length() ? t.norm().substring(letters) : t.base();
    }

    static boolean hasConj(Token t) { return t.proclitics().startsWith("و"); }

    static Word word(Token t) {
        Word w = Data.WORDS.get(bare(t));
        if (w == null && !t.suffix().isEmpty()) w = Data.WORDS.get(t.base());
        return w;
    }

    /** Reads a number starting at token i (digits, digits + multiplier, number words, dual noun, lone قتيل). */
    static Num read(List<Token> toks, int i) {
        Token t = toks.get(i);
        double d = digits(t.norm());
        if (!Double.isNaN(d)) {
            int j = i + 1;
            if (j < toks.size()) {
                Word m = word(toks.get(j));
                if (m != null && !hasConj(toks.get(j)) && m.value() >= 1000 && (m.type() == Type.THOUSAND || m.type() == Type.MILLION || m.type() == Type.BILLION)) {
                    long unit = m.type() == Type.THOUSAND ? 1000 : m.type() == Type.MILLION ? 1_000_000 : 1_000_000_000L;
                    return new Num(d * unit, i, j + 1, false, false, "");
                }
            }
            return new Num(d, i, i + 1, false, false, "");
        }
        Num words = readWords(toks, i);
        if (words != null) return words;
        return readNoun(t, i);
    }

    /** Dual of a counted noun (جنديين، قتيلان، امرأتين) = 2, a lone قتيل/جريح/شهيد = 1. */
    private static Num readNoun(Token t, int i) {
        if (!t.isArabic() || t.proclitics().contains("ال")) return null;
        String b = bare(t);
        if (b.equals("قتيل") || b.equals("جريح") || b.equals("شهيد")) return new Num(1, i, i + 1, false, true, b);
        if (b.length() >= 4 && (b.endsWith("ين") || b.endsWith("ان"))) {
            String sing = b.substring(0, b.length() - 2);
            String type = Data.PERSONS.get(sing);
            if (type == null && sing.endsWith("ت")) type = Data.PERSONS.get(sing.substring(0, sing.length() - 1) + "ه");
            if (type == null || type.equals("SINGLE")) return null;
            if (type.equals("DUAL") || b.endsWith("ان") || fathaBeforeFinalYaNun(t.surface())) {
                return new Num(2, i, i + 1, true, false, b);
            }
        }
        return null;
    }

    /** مدنيَّين (dual) vs مدنيِّين (plural): a fatha on the letter before the final ين. */
    static boolean fathaBeforeFinalYaNun(String surface) {
        int k = surface.length() - 1;
        while (k >= 0 && surface.charAt(k) != 'ن') k--;
        k--;
        while (k >= 0 && isMark(surface.charAt(k))) k--;
        if (k < 0 || surface.charAt(k) != 'ي') return false;
        for (int m = k - 1; m >= 0 && isMark(surface.charAt(m)); m--) if (surface.charAt(m) == '\u064E') return true;
        return false;
    }

    private static boolean isMark(char c) { return (c >= '\u064B' && c <= '\u065F') || c == '\u0670'; }

    private static Num readWords(List<Token> toks, int i) {
        long total = 0, cur = 0;
        int j = i;
        boolean any = false;
        boolean lastWasUnit = false;
        while (j < toks.size()) {
            Token t = toks.get(j);
            Word w = word(t);
            if (w == null) break;
            boolean conj = hasConj(t);
            if (j > i && !conj && !(w.type() == Type.HUNDRED && w.value() == 100 && lastWasUnit)
                    && !(w.type() == Type.THOUSAND || w.type() == Type.MILLION || w.type() == Type.BILLION)) break;
            if (j == i && conj && t.proclitics().length() > 1) break;
            switch (w.type()) {
                case UNIT, ONE_OF -> {
                    Token next = j + 1 < toks.size() ? toks.get(j + 1) : null;
                    Word nw = next == null ? null : word(next);
                    if (w.value() < 10 && nw != null && !hasConj(next) && nw.type() == Type.UNIT && nw.value() == 10) {
                        cur += w.value() + 10;
                        j += 2;
                        any = true;
                        lastWasUnit = false;
                        continue;
                    }
                    if (w.type() == Type.ONE_OF) return any ? finish(total, cur, i, j) : null;
                    if (lastWasUnit || cur % 100 != 0) return finish(total, cur, i, j);
                    cur += w.value();
                    lastWasUnit = true;
                }
                case TEN -> {
                    if (cur % 100 >= 20 || (cur % 100 >= 10 && !lastWasUnit)) return finish(total, cur, i, j); // "سبعين وثمانين" are two numbers
                    cur += w.value();
                    lastWasUnit = false;
                }
                case HUNDRED -> {
                    if (cur % 1000 >= 100 || (cur % 100 != 0 && !(w.value() == 100 && lastWasUnit))) return finish(total, cur, i, j);
                    if (w.value() == 100 && lastWasUnit && !conj && cur > 0 && cur < 10) cur *= 100;
                    else cur += w.value();
                    lastWasUnit = false;
                }
                case THOUSAND, MILLION, BILLION -> {
                    long unit = w.type() == Type.THOUSAND ? 1000 : w.type() == Type.MILLION ? 1_000_000 : 1_000_000_000L;
                    String bt = bare(t);
                    boolean plural = bt.equals("الاف") || bt.equals("الالاف") || bt.equals("ملايين") || bt.equals("مليارات");
                    if (cur > 0 && !conj) { total += cur * unit; cur = 0; }
                    else if (plural) return any ? finish(total, cur, i, j) : null; // "آلاف" alone is vague
                    else if (w.value() > unit) total += w.value(); // الفان، مليونين
                    else total += unit;
                    lastWasUnit = false;
                }
            }
            any = true;
            j++;
        }
        return any ? finish(total, cur, i, j) : null;
    }

    private static Num finish(long total, long cur, int i, int j) {
        return j > i ? new Num(total + cur, i, j, false, false, "") : null;
    }

    /**
     * Digits after folding: "1200", "1,200", "2.5", "1.200.000"; NaN when not a number. A comma followed
     * by groups of exactly three digits is a thousands separator, otherwise a decimal comma; several dots
     * with three-digit groups are thousands separators (1.200.000), one dot is a decimal point.
     */
    static double digits(String s) {
        int n = s.length();
        if (n == 0 || !Tokenizer.isDigit(s.charAt(0)) || !Tokenizer.isDigit(s.charAt(n - 1))) return Double.NaN;
        int commas = 0, dots = 0;
        for (int k = 0; k < n; k++) {
            char c = s.charAt(k);
            if (c == ',') commas++;
            else if (c == '.') dots++;
            else if (!Tokenizer.isDigit(c)) return Double.NaN;
        }
        if (n > 18) return Double.NaN;
        if (commas == 0 && dots == 0) return Long.parseLong(s);
        if (commas > 0 && dots <= 1 && groupsOfThree(s, ',')) {
            String plain = s.replace(",", "");
            return Double.parseDouble(plain);
        }
        if (dots > 1 && commas == 0 && groupsOfThree(s, '.')) return Long.parseLong(s.replace(".", ""));
        if (dots == 1 && commas == 0) return Double.parseDouble(s);
        if (commas == 1 && dots == 0) return Double.parseDouble(s.replace(',', '.'));
        return Double.NaN;
    }

    private static boolean groupsOfThree(String s, char sep) {
        int last = s.indexOf(sep);
        int end = s.indexOf(sep == ',' ? '.' : ',');
        if (end < 0) end = s.length();
        while (last >= 0 && last < end) {
            int next = s.indexOf(sep, last + 1);
            int stop = next < 0 || next > end ? end : next;
            if (stop - last - 1 != 3) return false;
            last = next < 0 || next > end ? -1 : next;
        }
        return true;
    }
}
