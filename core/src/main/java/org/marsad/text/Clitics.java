package org.marsad.text;

/**
 * Splits Arabic proclitics (conjunction و ف, preposition ب ل ك, article ال, and لل = ل+ال) and pronoun
 * suffixes (ه ها هم هما هن كم نا) off a folded word, only where the letters really are clitics.
 *
 * <p>Rule (decided with the corpus lexicon words.tsv and never-split.txt): a proclitic is stripped
 * only if the remainder is a known word (frequency >= {@value #MIN}) and the whole word is either
 * unknown or not much more frequent than the remainder (at most {@value #RATIO} times): "وقال" splits
 * (قال is frequent), "وزير" and "بيان" do not (زير, يان are rare). The article ال is stripped when at
 * least two letters remain, unless the word is listed (الله، الذي، الف …) or its first letter was
 * written with hamza (ألف, إلى). A pronoun suffix is split when the stem is a known word by the same
 * ratio; ه is never a suffix when the text wrote ة; a stem ending in ت gets its ة back (مدينتها → مدينه).
 * Words in never-split.txt (function words, place names like بعقوبة) are never split.
 */
public final class Clitics {
    private Clitics() {}

    static final int MIN = 3;
    static final int RATIO = 4;
    private static final String[] SUFFIXES = {"هما", "هم", "هن", "ها", "كم", "نا", "ه"};

    /** A word cut into proclitics ("و+ب+ال", or ""), base and suffix, all folded. */
    public record Split(String proclitics, String base, String suffix) {
        /** Whether this split can be of {@code folded} (guards the cache against a key shared by two folds). */
        boolean sourceFold(String folded) { return folded.endsWith(suffix) && folded.length() >= base.length() + suffix.length(); }
    }

    /** Splits a folded word; {@link #split(String, String)} with no knowledge of the original letters. */
    public static Split split(String folded) { return split(folded, ""); }

    /**
     * @param folded   the word as folded by {@link NormalizedText#fold}
     * @param original the original letters aligned with {@code folded} (same length, diacritics removed),
     *                 or "" when unknown; used to see hamza on alef and ة vs ه
     */
    public static Split split(String folded, String original) {
        // the split depends on the original letters only through hamza-alef and ة: cache the common case
        // where the original letters decide (bounded, shared, lock-free reads)
        if (folded.length() < 3) return new Split("", folded, "");
        // Most words need no lexicon: without a proclitic letter in front and a pronoun suffix at the end
        // nothing can split, and the article alone is decided by the short never-split list. Frequency
        // look-ups (memory-bound on a large table) are only for words that start with و ف ب ل ك or may
        // end in a pronoun.
        char c0 = folded.charAt(0);
        boolean proclitic = c0 == 'و' || c0 == 'ف' || c0 == 'ب' || c0 == 'ل' || c0 == 'ك';
        if (!proclitic) {
            if (folded.startsWith("ال")) return compute(folded, original);
            if (!maySuffix(folded, original)) return new Split("", folded, "");
        }
        // the fold is a function of the original letters, so those letters are a complete cache key
        String key = original.length() == folded.length() ? original : folded;
        Split cached = CACHE.get(key);
        if (cached != null && (key == folded || cached.sourceFold(folded))) return cached;
        Split s = compute(folded, original);
        if (CACHE.size() < CACHE_LIMIT) CACHE.put(key, s);
        return s;
    }

    private static final int CACHE_LIMIT = 40_000;
    private static final java.util.concurrent.ConcurrentHashMap<String, Split> CACHE = new java.util.concurrent.ConcurrentHashMap<>(1 << 16);

    private static Split compute(String folded, String original) {
        String w = folded;
        if (w.length() < 3 || Lexicon.Words.NEVER_SPLIT.contains(w)) return new Split("", w, "");
        boolean aligned = original.length() == w.length();
        StringBuilder pro = new StringBuilder();
        int i = 0;
        char c0 = w.charAt(0);
        if ((c0 == 'و' || c0 == 'ف') && acceptPrefix(w, w.substring(1))) {
            pro.append(c0);
            i = 1;
        }
        boolean article = false;
        String rem = w.substring(i);
        if (rem.length() >= 4 && rem.startsWith("لل") && !Lexicon.Words.NEVER_SPLIT.contains(rem)) {
            plus(pro, "ل");
            plus(pro, "ال");
            i += 2;
            article = true;
        } else if (rem.length() >= 3 && isPreposition(rem.charAt(0)) && !Lexicon.Words.NEVER_SPLIT.contains(rem)
                && ((rem.startsWith("ال", 1) && rem.length() >= 5 && articleOk(rem.substring(1), original, i + 1, aligned))
                    || acceptPrefix(rem, rem.substring(1)))) {
            plus(pro, String.valueOf(rem.charAt(0)));
            i += 1;
        }
        rem = w.substring(i);
        if (!article && rem.length() >= 4 && rem.startsWith("ال") && articleOk(rem, original, i, aligned)) {
            plus(pro, "ال");
            i += 2;
            article = true;
        }
        String base = w.substring(i);
        if (article || base.length() < 3 || Lexicon.Words.NEVER_SPLIT.contains(base)) return new Split(pro.toString(), base, "");
        for (String suf : SUFFIXES) {
            if (!base.endsWith(suf) || base.length() - suf.length() < 2) continue;
            if (suf.equals("ه") && aligned && original.charAt(original.length() - 1) == 'ة') continue;
            String stem = base.substring(0, base.length() - suf.length());
            if (stem.endsWith("ت")) {
                String marbuta = stem.substring(0, stem.length() - 1) + "ه";
                if (Lexicon.freq(marbuta) > Lexicon.freq(stem)) stem = marbuta;
            }
            int fs = Lexicon.freq(stem), fb = Lexicon.freq(base);
            if (fs >= MIN && (fb < MIN || fb <= (long) RATIO * fs)) return new Split(pro.toString(), stem, suf);
        }
        return new Split(pro.toString(), base, "");
    }

    private static boolean maySuffix(String w, String original) {
        char last = w.charAt(w.length() - 1);
        if (last == 'ه') return !(original.length() == w.length() && original.charAt(original.length() - 1) == 'ة');
        return last == 'م' && (w.endsWith("هم") || w.endsWith("كم")) || last == 'ا' && (w.endsWith("ها") || w.endsWith("نا") || w.endsWith("هما"))
                || last == 'ن' && w.endsWith("هن");
    }

    private static boolean isPreposition(char c) { return c == 'ب' || c == 'ل' || c == 'ك'; }

    private static void plus(StringBuilder b, String s) {
        if (!b.isEmpty()) b.append('+');
        b.append(s);
    }

    /** "ال" at the start of {@code rem} is the article: the word is not listed and its alef was not written with hamza. */
    private static boolean articleOk(String rem, String original, int at, boolean aligned) {
        if (Lexicon.Words.NEVER_SPLIT.contains(rem)) return false;
        if (aligned) {
            char a = original.charAt(at);
            if (a == 'أ' || a == 'إ' || a == 'آ') return false;
        }
        return rem.length() - 2 >= 2;
    }

    /** Stripping one proclitic letter from {@code whole} leaves {@code rest}: is that a real split? */
    private static boolean acceptPrefix(String whole, String rest) {
        if (rest.length() < 2 || Lexicon.Words.NEVER_SPLIT.contains(whole)) return false;
        int fr = Lexicon.Words.NEVER_SPLIT.contains(rest) ? Math.max(MIN, knownFreq(rest)) : knownFreq(rest);
        if (fr < MIN) return false;
        int fw = Lexicon.freq(whole);
        return fw < MIN || fw <= (long) RATIO * fr;
    }

    /** Frequency of a word, or of its base when it is an article/preposition form not seen as such. */
    private static int knownFreq(String w) {
        int f = Lexicon.freq(w);
        if (f >= MIN) return f;
        if (w.length() >= 4 && (w.startsWith("ال") || w.startsWith("لل"))) return Lexicon.freq(w.substring(2));
        if (w.length() >= 5 && isPreposition(w.charAt(0)) && w.startsWith("ال", 1)) return Lexicon.freq(w.substring(3));
        return f;
    }
}
