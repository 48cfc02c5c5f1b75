package org.marsad.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.common.Span;

/**
 * Finds quantities in a token list: numbers ({@link ArabicNumbers}), vague quantity words, qualifiers
 * and ranges, and reads what they count from casualty words next to them.
 *
 * <ul>
 *   <li>Qualifiers (quantity-qualifiers.txt) before the number, or على الأقل / تقريبا after it, set the kind
 *       and range; "بين N و M", "من N إلى M" and "N-M" are ranges with the low end as best value.</li>
 *   <li>Vague words (vague-quantities.tsv) give their documented range and best value; "عشرات الآلاف"
 *       multiplies by the thousands.</li>
 *   <li>Counted: a casualty noun right after the number ("18 قتيلا") wins; "قتيلا وجريحا" / "بين قتيل
 *       وجريح" after it make KILLED_OR_WOUNDED. Otherwise the nearest casualty word up to three tokens
 *       before it ("مقتل 3"، "أصيب خمسة"); two joined heads of both kinds ("مقتل وإصابة 18") make
 *       KILLED_OR_WOUNDED. A preposition right before the number (في، من، على …) blocks a distant head
 *       ("قتل مسلحون في 3 قرى" counts nothing). لقي counts deaths only with حتف/مصرع after the number.</li>
 *   <li>Labels, measures, money, percentages, times of day and years (non-count-words.tsv; a bare 1900-2100
 *       number with no casualty word) are not reported; numbers inside a time expression are skipped.</li>
 * </ul>
 */
final class QuantityScanner {
    private QuantityScanner() {}

    enum Qual { APPROXIMATE, NEARLY, MORE_THAN, AT_LEAST, LESS_THAN, AT_MOST }

    private static final class Data {
        static final Map<String, long[]> VAGUE = new HashMap<>();
        static final Map<String, Counted> CASUALTY = new HashMap<>();
        static final java.util.Set<String> KILLED_IF_DEATH = new java.util.HashSet<>();
        static final java.util.Set<String> NON_COUNT_BEFORE = new java.util.HashSet<>();
        static final java.util.Set<String> NON_COUNT_AFTER = new java.util.HashSet<>();
        static final List<String[]> QUALIFIERS_BEFORE = new ArrayList<>();
        static final List<String[]> QUALIFIERS_AFTER = new ArrayList<>();
        /** Qualifier phrase → its words, split once. */
        static final Map<String, String[]> WORDS_OF = new HashMap<>();
        /** "عدد من" (a number of): at least two, conservative best 3 like عدة, at most "dozens". */
        static final long[] A_NUMBER_OF = {2, 3, 99};
        /** Words that can start a quantity: number words, vague words, person nouns, قتيل/جريح/شهيد. */
        static final java.util.Set<String> STARTERS = new java.util.HashSet<>();
        static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("في", "من", "علي", "عن", "خلال", "منذ", "قبل", "بعد", "حتي");

        static {
            for (String[] kv : Lexicon.table("vague-quantities.tsv")) {
                String[] v = kv[1].split("\t");
                VAGUE.put(kv[0], new long[] {Long.parseLong(v[0].strip()), Long.parseLong(v[1].strip()), Long.parseLong(v[2].strip())});
            }
            for (String[] kv : Lexicon.table("casualty-words.tsv")) {
                if (kv[1].equals("KILLED_IF_DEATH")) KILLED_IF_DEATH.add(kv[0]);
                else CASUALTY.put(kv[0], Counted.valueOf(kv[1]));
            }
            for (String[] kv : Lexicon.table("non-count-words.tsv")) {
                (kv[1].equals("BEFORE") ? NON_COUNT_BEFORE : NON_COUNT_AFTER).add(kv[0]);
            }
            for (String[] kv : Lexicon.table("quantity-qualifiers.txt")) {
                if (kv[1].startsWith("AFTER:")) QUALIFIERS_AFTER.add(new String[] {kv[0], kv[1].substring(6)});
                else QUALIFIERS_BEFORE.add(new String[] {kv[0], kv[1]});
            }
            STARTERS.addAll(ArabicNumbers.Data.WORDS.keySet());
            STARTERS.addAll(VAGUE.keySet());
            STARTERS.addAll(ArabicNumbers.Data.PERSONS.keySet());
            STARTERS.addAll(List.of("قتيل", "جريح", "شهيد", "عدد"));
            for (String sing : ArabicNumbers.Data.PERSONS.keySet()) {   // duals: جنديين، جنديان، امراتين
                String stem = sing.endsWith("ه") ? sing.substring(0, sing.length() - 1) + "ت" : sing;
                STARTERS.add(stem + "ين");
                STARTERS.add(stem + "ان");
            }
            for (String[] q : QUALIFIERS_BEFORE) WORDS_OF.put(q[0], q[0].split(" "));
            for (String[] q : QUALIFIERS_AFTER) WORDS_OF.put(q[0], q[0].split(" "));
            // longest phrases first
            QUALIFIERS_BEFORE.sort((a, b) -> Integer.compare(b[0].split(" ").length, a[0].split(" ").length));
        }
    }

    static List<Quantity> scan(String original, List<Token> toks, boolean[] blocked) {
        List<Quantity> out = new ArrayList<>();
        int n = toks.size();
        int i = 0;
        while (i < n) {
            if (blocked[i] || !startsQuantity(toks.get(i))) { i++; continue; }
            int next = scanAt(original, toks, blocked, i, out);
            i = Math.max(next, i + 1);
        }
        return out;
    }

    /** Cheap pre-filter: digits, number words, vague words, قتيل/جريح/شهيد, or a possible dual (…ين/…ان). */
    private static boolean startsQuantity(Token t) {
        String s = t.norm();
        if (s.isEmpty()) return false;
        char c = s.charAt(0);
        if (Tokenizer.isDigit(c)) return true;
        if (s.length() < 3 || !t.isArabic()) return false;
        String b = ArabicNumbers.bare(t);
        if (Data.STARTERS.contains(b)) return true;
        if (!t.suffix().isEmpty() && ArabicNumbers.Data.WORDS.containsKey(t.base())) return true;
        if (t.proclitics().endsWith("ال") && Data.VAGUE.containsKey("ال" + b)) return true;
        return false;
    }

    /** Tries a quantity at token i; adds it and returns the token after it, or i when none. */
    private static int scanAt(String original, List<Token> toks, boolean[] blocked, int i, List<Quantity> out) {
        Token t = toks.get(i);
        long low, best, high;
        QuantityKind kind;
        int end;
        String noun = "";
        boolean selfCounted = false;
        Counted counted = Counted.UNSPECIFIED;
        long[] vague = t.proclitics().contains("ال") && !ArabicNumbers.bare(t).equals("عشرات") ? null
                : Data.VAGUE.get(ArabicNumbers.bare(t));
        if (vague == null && ArabicNumbers.bare(t).equals("عدد") && !t.proclitics().contains("ال") && i + 1 < toks.size()
                && toks.get(i + 1).norm().equals("من")) {
            vague = Data.A_NUMBER_OF; // "عدد من" = a number of
        }
        if (vague == null && t.proclitics().endsWith("ال") && t.norm().contains("ال")) {
            vague = Data.VAGUE.get(t.norm().substring(t.norm().indexOf("ال")));
        }
        ArabicNumbers.Num num = vague == null ? ArabicNumbers.read(toks, i) : null;
        if (num == null && vague == null) num = singlePerson(toks, i);
        if (num != null && num.single() && i > 0) {
            // "بين شهيد وجريح", "قتلى وجريح" qualify a count, they are not one; "18 قتيلا" is read from the 18
            Token prev = toks.get(i - 1);
            if (prev.norm().equals("بين") || casualty(prev) != null && ArabicNumbers.hasConj(t)
                    || Tokenizer.isDigit(prev.norm().charAt(0)) || ArabicNumbers.word(prev) != null) return i;
        }
        if (vague != null) {
            low = vague[0]; best = vague[1]; high = vague[2];
            end = i + 1;
            if (end < toks.size()) {
                String nb = ArabicNumbers.bare(toks.get(end));
                if (nb.equals("الاف") || nb.equals("الالاف")) { low *= 1000; best *= 1000; high = (high + 1) * 1000 - 1; end++; }
            }
            kind = QuantityKind.VAGUE;
        } else {
            if (num == null) return i;
            for (int k = num.start(); k < num.end(); k++) if (blocked[k]) return i;
            best = num.rounded();
            low = best; high = best;
            end = num.end();
            kind = QuantityKind.EXACT;
            if (num.dual() || num.single()) {
                noun = num.noun();
                Counted self = Data.CASUALTY.get(num.noun().endsWith("ين") || num.noun().endsWith("ان")
                        ? num.noun().substring(0, num.noun().length() - 2) : num.noun());
                if (self != null) { counted = self; selfCounted = true; }
                if (num.single() && !selfCounted && (i == 0 || casualty(toks.get(i - 1)) == null)) return i;
            } else if (isNonCount(toks, i, end)) {
                return end;
            }
        }
        int start = i;
        // qualifiers before
        if (kind == QuantityKind.EXACT || kind == QuantityKind.VAGUE) {
            for (String[] q : Data.QUALIFIERS_BEFORE) {
                String[] words = Data.WORDS_OF.get(q[0]);
                if (start - words.length < 0) continue;
                boolean ok = true;
                for (int w = 0; w < words.length && ok; w++) {
                    ok = ArabicNumbers.bare(toks.get(start - words.length + w)).equals(words[w])
                            || toks.get(start - words.length + w).norm().equals(words[w]);
                }
                if (ok && kind == QuantityKind.EXACT) {
                    long[] r = qualify(Qual.valueOf(q[1]), best);
                    low = r[0]; best = r[1]; high = r[2];
                    kind = kindOf(Qual.valueOf(q[1]));
                    start -= words.length;
                    break;
                }
            }
        }
        // ranges: بين N و M, من N الى M, N-M
        if (kind == QuantityKind.EXACT && !selfCounted && end < toks.size()) {
            int m = -1;
            String sep = toks.get(end).norm();
            if ((sep.equals("و") || sep.equals("الي") || sep.equals("-")) && end + 1 < toks.size()) m = end + 1;
            else if (ArabicNumbers.hasConj(toks.get(end)) && toks.get(end).proclitics().equals("و")) m = end;
            boolean opener = i > 0 && (toks.get(i - 1).norm().equals("بين") || toks.get(i - 1).norm().equals("من"));
            if (m >= 0 && (opener || sep.equals("-"))) {
                ArabicNumbers.Num hi = ArabicNumbers.read(toks, m);
                if (hi != null && hi.rounded() > best && !hi.dual() && !hi.single()) {
                    high = hi.rounded();
                    low = best;
                    kind = QuantityKind.RANGE;
                    end = hi.end();
                    if (opener) start = i - 1;
                }
            }
        }
        // qualifiers after
        if (kind == QuantityKind.EXACT && end < toks.size()) {
            for (String[] q : Data.QUALIFIERS_AFTER) {
                String[] words = Data.WORDS_OF.get(q[0]);
                int nounSkip = end < toks.size() && isCountedNoun(toks.get(end)) ? 1 : 0;
                int at = end + nounSkip;
                if (at + words.length > toks.size()) continue;
                boolean ok = true;
                for (int w = 0; w < words.length && ok; w++) ok = toks.get(at + w).norm().equals(words[w]);
                if (ok) {
                    long[] r = qualify(Qual.valueOf(q[1]), best);
                    low = r[0]; best = r[1]; high = r[2];
                    kind = kindOf(Qual.valueOf(q[1]));
                    break;
                }
            }
        }
        // what it counts: casualty noun after the number ("18 قتيلا"), or after من ("العشرات من القتلى", "عدد من الجرحى")
        if (!selfCounted && end + 1 < toks.size() && toks.get(end).norm().equals("من") && isNounWord(toks.get(end + 1))) {
            counted = casualty(toks.get(end + 1));
            noun = ArabicNumbers.bare(toks.get(end + 1));
            end += 2;
        } else if (!selfCounted && end < toks.size()) {
            Token after = toks.get(end);
            Counted c = after.proclitics().isEmpty() || after.proclitics().equals("ال") ? casualty(after) : null;
            if (c != null) {
                counted = c;
                noun = ArabicNumbers.bare(after);
                end++;
            } else if (after.isArabic() && !Data.PREPOSITIONS.contains(after.norm()) && after.proclitics().isEmpty()) {
                noun = ArabicNumbers.bare(after);
            }
        }
        if (counted != Counted.UNSPECIFIED && counted != Counted.KILLED_OR_WOUNDED && end < toks.size()) {
            // "18 قتيلا وجريحا", "بين قتيل وجريح"
            int k = end;
            if (toks.get(k).norm().equals("بين") && k + 2 < toks.size()) {
                Counted a = casualty(toks.get(k + 1)), b = casualty(toks.get(k + 2));
                if (a != null && b != null && a != b && ArabicNumbers.hasConj(toks.get(k + 2))) { counted = Counted.KILLED_OR_WOUNDED; end = k + 3; }
            } else if (ArabicNumbers.hasConj(toks.get(k))) {
                Counted b = casualty(toks.get(k));
                if (b != null && b != counted && b != Counted.KILLED_OR_WOUNDED) { counted = Counted.KILLED_OR_WOUNDED; end = k + 1; }
            }
        } else if (counted == Counted.UNSPECIFIED && end + 2 < toks.size() && toks.get(end).norm().equals("بين")) {
            Counted a = casualty(toks.get(end + 1)), b = casualty(toks.get(end + 2));
            if (a != null && b != null && a != b) { counted = Counted.KILLED_OR_WOUNDED; end += 3; }
        } else if (counted == Counted.UNSPECIFIED && end + 2 < toks.size() && !noun.isEmpty()) {
            // "18 عسكريا ومدنيا بين قتيل وجريح" is rare; "3 جنود قتلى" : casualty word after the noun
            Counted c = casualty(toks.get(end + 1));
            if (c != null && toks.get(end + 1).proclitics().isEmpty() && isNounWord(toks.get(end + 1))) { counted = c; }
        }
        if (counted == Counted.UNSPECIFIED && !selfCounted) counted = headBefore(toks, start, end);
        else if (selfCounted && counted != Counted.KILLED_OR_WOUNDED) {
            Counted h = headBefore(toks, start, end);
            if (h == Counted.KILLED_OR_WOUNDED) counted = h;
        }
        if (selfCounted && num != null && num.single() && i > 0 && counted != Counted.UNSPECIFIED) {
            // "بين قتيل وجريح" belongs to the number before it
            if (toks.get(i - 1).norm().equals("بين")) return i;
        }
        Span sp = new Span(toks.get(start).span().start(), toks.get(end - 1).span().end());
        out.add(new Quantity(best, low, high, kind, counted, noun, sp, sp.of(original)));
        return end;
    }

    /** A singular person noun right after a casualty head counts one: "استشهاد مقاتل"، "مقتل جندي"، "إصابة آخر". */
    private static ArabicNumbers.Num singlePerson(List<Token> toks, int i) {
        if (i == 0) return null;
        Token t = toks.get(i);
        if (!t.proclitics().isEmpty() || !ArabicNumbers.Data.PERSONS.containsKey(t.norm())) return null;
        Counted c = casualty(toks.get(i - 1));
        if (c == null || c == Counted.KILLED_OR_WOUNDED || isNounWord(toks.get(i - 1))) return null;
        return new ArabicNumbers.Num(1, i, i + 1, false, true, t.norm());
    }

    private static boolean isNounWord(Token t) {
        String b = ArabicNumbers.bare(t);
        return b.equals("قتلي") || b.equals("جرحي") || b.equals("قتيلا") || b.equals("جريحا") || b.equals("مصابين") || b.equals("شهداء")
                || b.equals("ضحايا") || b.equals("مصابون");
    }

    private static boolean isCountedNoun(Token t) {
        return t.isArabic() && !Data.PREPOSITIONS.contains(t.norm()) && t.proclitics().isEmpty()
                && !t.norm().equals("علي") && !t.norm().equals("تقريبا");
    }

    static Counted casualty(Token t) {
        Counted c = Data.CASUALTY.get(ArabicNumbers.bare(t));
        if (c == null && !t.suffix().isEmpty()) c = Data.CASUALTY.get(t.base());
        return c;
    }

    /** Nearest casualty head up to three tokens before the quantity (not across punctuation or numbers). */
    private static Counted headBefore(List<Token> toks, int start, int end) {
        boolean prepositionBefore = start > 0 && Data.PREPOSITIONS.contains(toks.get(start - 1).norm());
        for (int h = start - 1, gap = 0; h >= 0 && gap <= 3; h--, gap++) {
            Token t = toks.get(h);
            if (!t.isArabic()) return Counted.UNSPECIFIED;
            if (gap > 0 && prepositionBefore) return Counted.UNSPECIFIED;
            String b = ArabicNumbers.bare(t);
            if (Data.KILLED_IF_DEATH.contains(b)) {
                for (int k = end; k < Math.min(toks.size(), end + 4); k++) {
                    String kb = toks.get(k).base();
                    if (kb.startsWith("حتف") || kb.startsWith("مصرع")) return Counted.KILLED;
                }
                return Counted.UNSPECIFIED;
            }
            if (t.base().equals("ضحيه") && !t.suffix().isEmpty() && h > 0 && toks.get(h - 1).norm().equals("راح")) {
                return Counted.KILLED; // "راح ضحيته": died
            }
            Counted c = casualty(t);
            if (c == null) {
                if (ArabicNumbers.word(t) != null || ArabicNumbers.read(toks, h) != null) return Counted.UNSPECIFIED;
                continue;
            }
            if (c != Counted.KILLED_OR_WOUNDED && h > 0) {
                Counted prev = casualty(toks.get(h - 1));
                if (prev != null && prev != c && (ArabicNumbers.hasConj(t))) return Counted.KILLED_OR_WOUNDED;
            }
            return c;
        }
        return Counted.UNSPECIFIED;
    }

    private static boolean isNonCount(List<Token> toks, int i, int end) {
        if (i > 0) {
            Token before = toks.get(i - 1);
            if (Data.NON_COUNT_BEFORE.contains(before.base()) || Data.NON_COUNT_BEFORE.contains(ArabicNumbers.bare(before))) return true;
            String bn = before.norm();
            if ((bn.equals(":") || bn.equals("/")) && i > 1 && Tokenizer.isDigit(toks.get(i - 2).norm().charAt(0))) return true;
        }
        if (end < toks.size()) {
            Token after = toks.get(end);
            String an = after.norm();
            if (Data.NON_COUNT_AFTER.contains(an) || Data.NON_COUNT_AFTER.contains(after.base()) || Data.NON_COUNT_AFTER.contains(ArabicNumbers.bare(after))) return true;
            if ((an.equals(":") || an.equals("/")) && end + 1 < toks.size() && Tokenizer.isDigit(toks.get(end + 1).norm().charAt(0))) return true;
            if (an.equals("في") && end + 1 < toks.size()) {
                String b = ArabicNumbers.bare(toks.get(end + 1));
                if (b.equals("مئه") || b.equals("مائه")) return true;
            }
        }
        Token first = toks.get(i);
        if (end == i + 1 && first.norm().length() == 4 && Tokenizer.isDigit(first.norm().charAt(0))) {
            double v = ArabicNumbers.digits(first.norm());
            boolean casualtyAfter = end < toks.size() && casualty(toks.get(end)) != null;
            if (v >= 1900 && v <= 2100 && !casualtyAfter) return true;
        }
        return false;
    }

    private static QuantityKind kindOf(Qual q) {
        return switch (q) {
            case APPROXIMATE, NEARLY -> QuantityKind.APPROXIMATE;
            case MORE_THAN, AT_LEAST -> QuantityKind.AT_LEAST;
            case LESS_THAN, AT_MOST -> QuantityKind.AT_MOST;
        };
    }

    /** {low, best, high} for a qualified number N (conventions in quantity-qualifiers.txt). */
    static long[] qualify(Qual q, long n) {
        return switch (q) {
            case APPROXIMATE -> new long[] {Math.round(n * 0.8), n, Math.max(n, Math.round(n * 1.2))};
            case NEARLY -> new long[] {Math.round(n * 0.8), n, n};
            case AT_LEAST -> new long[] {n, n, Math.max(n, 2 * n)};
            case MORE_THAN -> new long[] {n + 1, n + 1, Math.max(n + 1, 2 * n)};
            case AT_MOST -> new long[] {Math.min(1, n), n, n};
            case LESS_THAN -> new long[] {Math.min(1, Math.max(0, n - 1)), Math.max(0, n - 1), Math.max(0, n - 1)};
        };
    }
}
