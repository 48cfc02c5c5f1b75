package org.marsad.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.common.Span;
import org.marsad.text.Counted;
import org.marsad.text.Quantity;

/**
 * Casualties by role (casualty-words.txt). The role of a number is read from the nearest casualty
 * head word before it within six words ("مقتل 13", "إصابة 5 آخرين", "مقتل وإصابة 18" → combined,
 * never killed) or the noun right after it ("13 قتيلا", "18 بين قتيل وجريح"), else from the text
 * core's {@link Counted}. "بينهم 3 مدنيين" is a subset (civilians among the dead). "استشهاد مقاتل"
 * (a killed head and a singular person noun) is one killed. "عدد من", "ضحايا", "بين شهيد وجريح"
 * only say casualties were reported. Facts combine into {@link Casualties}: within a sentence
 * distinct killed figures add up (soldiers and attackers: ACLED counts all sides) unless it revises
 * a toll; across sentences the latest figure wins and the range keeps the others.
 */
final class CasualtyAssigner {
    private record Word(String role, String side, Pattern pattern) {}

    private static final List<Word> WORDS = LexiconPattern.readTable("casualty-words.txt").stream()
            .map(c -> new Word(c[0], c[1], LexiconPattern.compile(c[2]))).toList();
    private static final Pattern CIVILIAN_NOUN = LexiconPattern.compile(
            "(مدني|مدنيين|مدنيا|مدنيون|مدنيان|مواطن|مواطنين|مواطنا|مواطنون|مواطنان|طفل|طفلا|طفلان|طفلين|اطفال|نساء|امراه|امراتان|راعي|راعيا|راعيان|راعيين|رعاه|مزارع|مزارعين|مزارعان|سائق|سائقا|سائقين|مقاول|مقاولا|تاجر|تاجرا|صحفي|صحفيا|صحفيين|طبيب|طبيبا|معلم|معلما|موظف|موظفا|موظفين|شاب|شابا|شابين|شابان|مختار|مختارا|ايزيدي|ايزيديا|ايزيديين)!");

    private static final Pattern SINGULAR_NOUN = LexiconPattern.compile("(قتيل|شهيد|جريح|مصاب)!");

    private CasualtyAssigner() {}

    /** Casualty facts of the folded range [from, to) (a trigger's scope). */
    static List<CasualtyFact> facts(Folded f, List<Quantity> quantities, int sentenceIndex, int from, int to) {
        String t = f.folded();
        List<CasualtyFact> out = new ArrayList<>();
        List<Quantity> qs = quantities.stream()
                .filter(q -> { int s = f.toFolded(q.span().start()); return s >= from && s < to; })
                .sorted(Comparator.comparing(Quantity::span)).toList();
        int floor = from;
        List<int[]> covered = new ArrayList<>();
        // numbers inside a vague phrase ("بين شهيد وجريح") are no counts
        for (Word w : WORDS) {
            if (!w.role().equals("VAGUE")) continue;
            Matcher vm = w.pattern().matcher(t).region(from, to);
            while (vm.find()) covered.add(new int[] {vm.start(), vm.end()});
        }
        List<int[]> vague = List.copyOf(covered);
        for (Quantity q : qs) {
            int s = f.toFolded(q.span().start()), e = f.toFolded(q.span().end());
            if (vague.stream().anyMatch(v -> v[0] <= s && e <= v[1])) continue;
            if (floor > s) continue; // inside a list of people already counted ("رجل وزوجته وطفلاهما")
            // the number is a singular casualty noun itself ("سقوط قتيل وإصابة أربعة"): one, whatever the
            // phrase after it made of the count
            Matcher one = SINGULAR_NOUN.matcher(t).region(s, e);
            if (one.lookingAt()) {
                String r = one.group().contains("جريح") || one.group().contains("مصاب") ? "WOUNDED" : "KILLED";
                out.add(new CasualtyFact(r, 1, 1, 1, false, false, sentenceIndex, f.toOriginal(s, one.end())));
                covered.add(new int[] {s, one.end()});
                floor = one.end();
                continue;
            }
            int back = Math.max(floor, NonEventFilter.wordsBack(t, s, 6, from));
            String role = roleBefore(t, back, s);
            // the text core may have read the counted noun (and more) into the figure ("خمسة قتلى", "جنديان
            // مصرعهما وأصيب"): the figure ends at that noun, which decides its role, not the next figure's noun
            int inner = q.noun().isEmpty() ? -1 : t.substring(s, e).indexOf(Folded.fold(q.noun()));
            int end = inner > 0 ? s + inner + Folded.fold(q.noun()).length() : e;
            int fwd = NonEventFilter.wordsForward(t, end, 4, to);
            String after = inner > 0 ? roleAfter(t, s + inner, NonEventFilter.wordsForward(t, s + inner, 2, to), false) : null;
            if (after == null) after = roleAfter(t, end, fwd, false);
            if (after != null && (role == null || !role.equals("SUBSET"))) role = after;
            if (role == null) role = roleAfter(t, end, fwd, true);
            if (role == null) role = fromCounted(q.counted());
            floor = end;
            if (role == null || role.equals("VAGUE") || role.equals("REVISION") || role.equals("PERSON")) continue;
            // "عشرات القتلى", "مئات الجرحى": casualties without a number (ACLED and the gold code no figure)
            // ("عشرات القتلى" keeps its range 20–99 as killed_low / killed_high)
            if (q.kind() == org.marsad.text.QuantityKind.VAGUE) {
                out.add(role.equals("KILLED") ? new CasualtyFact("KILLED_RANGE", q.best(), q.low(), q.high(), false, false, sentenceIndex, q.span())
                        : new CasualtyFact("VAGUE", 0, 0, 0, false, false, sentenceIndex, q.span()));
                covered.add(new int[] {s, end});
                continue;
            }
            boolean revision = matchesAny("REVISION", t, NonEventFilter.wordsBack(t, s, 8, from), s);
            int nounEnd = inner > 0 ? end : NonEventFilter.wordsForward(t, end, 1, to);
            // the counted noun may be the number itself ("لقي طفلان حتفهما")
            boolean civ = CIVILIAN_NOUN.matcher(t).region(s, nounEnd).find();
            // "قتل رجل وزوجته وطفلاهما": a one-person figure followed by a list of people joined by "و"
            int[] chain = q.best() == 1 && (role.equals("KILLED") || role.equals("WOUNDED")) ? personList(t, end, to) : new int[] {0, end, 0};
            if (chain[0] > 0) {
                int n = 1 + chain[0];
                out.add(new CasualtyFact(role, n, n, n, revision, civ || chain[2] > 0, sentenceIndex, f.toOriginal(s, chain[1])));
                covered.add(new int[] {s, chain[1]});
                floor = chain[1];
                continue;
            }
            out.add(new CasualtyFact(role, q.best(), q.low(), q.high(), revision, civ, sentenceIndex, q.span()));
            covered.add(new int[] {s, nounEnd});
        }
        // a killed / wounded head followed by one singular person noun and no number: one casualty
        for (Word w : WORDS) {
            if (!w.side().equals("before") || !(w.role().equals("KILLED") || w.role().equals("WOUNDED"))) continue;
            Matcher m = w.pattern().matcher(t).region(from, to);
            while (m.find()) {
                int e = m.end();
                int nounEnd = NonEventFilter.wordsForward(t, e, 1, to);
                if (covered.stream().anyMatch(c -> c[0] < nounEnd && e <= c[1])) continue;
                if (qs.stream().anyMatch(q -> { int s = f.toFolded(q.span().start()); return s >= e && s < nounEnd; })) continue;
                if (matchesAny("PERSON", t, e, nounEnd) || matchesAny("KIN2", t, e, nounEnd)) {
                    // a list of people joined by "و" ("رجل وزوجته وطفلاهما"): one each, two for a dual
                    int[] chain = personList(t, nounEnd, to);
                    int n = (matchesAny("KIN2", t, e, nounEnd) ? 2 : 1) + chain[0], end = chain[1];
                    boolean civ = chain[2] > 0 || CIVILIAN_NOUN.matcher(t).region(e, end).find();
                    out.add(new CasualtyFact(w.role(), n, n, n, false, civ, sentenceIndex, f.toOriginal(m.start(), end)));
                    covered.add(new int[] {m.start(), end});
                }
            }
        }
        // a singular casualty noun after "سقوط", "وقوع": one
        for (Word w : WORDS) {
            if (!w.side().equals("one") && !w.side().equals("alone")) continue;
            if (w.side().equals("alone") && out.stream().anyMatch(x -> x.role().equals("KILLED"))) continue;
            // "alone": kept apart (KILLED_ALONE) until combine knows whether its sentence gives a figure elsewhere
            Matcher m = w.pattern().matcher(t).region(from, to);
            while (m.find()) {
                int a = m.start(), b = m.end();
                if (covered.stream().anyMatch(c -> c[0] < b && a < c[1])) continue;
                out.add(new CasualtyFact(w.side().equals("alone") ? "KILLED_ALONE" : w.role().equals("ONE_KILLED") ? "KILLED" : "WOUNDED", 1, 1, 1, false, false,
                        sentenceIndex, f.toOriginal(a, b)));
                covered.add(new int[] {a, b});
            }
        }
        // "من دون أن يسفر ذلك عن خسائر": nobody killed, a figure of zero
        if (out.stream().noneMatch(x -> x.role().equals("KILLED"))) {
            for (Word w : WORDS) {
                if (!w.role().equals("ZERO")) continue;
                Matcher m = w.pattern().matcher(t).region(from, to);
                if (m.find()) {
                    out.add(new CasualtyFact("KILLED", 0, 0, 0, false, false, sentenceIndex, f.toOriginal(m.start(), m.end())));
                    return out;
                }
            }
        }
        if (out.isEmpty() && matchesAny("VAGUE", t, from, to)) {
            out.add(new CasualtyFact("VAGUE", 0, 0, 0, false, false, sentenceIndex, f.toOriginal(from, to)));
        }
        return out;
    }

    private static String roleBefore(String t, int from, int to) {
        String role = null;
        int bestEnd = -1, bestLen = -1;
        for (Word w : WORDS) {
            if (!w.side().equals("before") && !w.side().equals("any") || w.role().equals("PERSON") || w.role().equals("REVISION")
                    || w.role().equals("ZERO")) continue;
            Matcher m = w.pattern().matcher(t).region(from, to);
            while (m.find()) {
                int len = m.end() - m.start();
                if (m.end() > bestEnd || m.end() == bestEnd && len > bestLen) {
                    bestEnd = m.end();
                    bestLen = len;
                    role = w.role();
                }
            }
        }
        return role;
    }

    /** A casualty noun within two words after the number, or (when nothing precedes) a verb within four. */
    private static String roleAfter(String t, int from, int to, boolean verbs) {
        int limit = NonEventFilter.wordsForward(t, from, verbs ? 4 : 2, to);
        Matcher digit = Pattern.compile("\\d").matcher(t).region(from, limit);
        if (digit.find()) limit = digit.start();
        for (String role : List.of("KILLED_OR_WOUNDED", "KILLED", "WOUNDED")) {
            for (Word w : WORDS) {
                if (!w.role().equals(role) || !w.side().equals(verbs ? "afterverb" : "after")) continue;
                Matcher m = w.pattern().matcher(t).region(from, to);
                if (m.find() && m.start() < limit) return role;
            }
        }
        return null;
    }

    /**
     * People added to a casualty by "و" after it ("رجل وزوجته وطفلاهما", "جندي ومدني"): {how many more,
     * where the list ends, 1 when a kin noun makes them a family (civilians)}.
     */
    private static int[] personList(String t, int from, int to) {
        int n = 0, end = from, kin = 0;
        while (end < to) {
            int next = NonEventFilter.wordsForward(t, end, 1, to);
            String word = t.substring(end, next).strip();
            if (!word.startsWith("و") || word.length() < 3) break;
            if (matchesAny("KIN2", t, end, next)) { n += 2; kin = 1; }
            else if (matchesAny("KIN", t, end, next)) { n += 1; kin = 1; }
            else if (matchesAny("PERSON", t, end, next)) n += 1;
            else break;
            end = next;
        }
        return new int[] {n, end, kin};
    }

    private static boolean matchesAny(String role, String t, int from, int to) {
        if (to <= from) return false;
        for (Word w : WORDS) if (w.role().equals(role) && w.pattern().matcher(t).region(from, to).find()) return true;
        return false;
    }

    private static String fromCounted(Counted c) {
        return switch (c) {
            case KILLED -> "KILLED";
            case WOUNDED -> "WOUNDED";
            case KILLED_OR_WOUNDED -> "KILLED_OR_WOUNDED";
            case UNSPECIFIED -> null;
        };
    }

    /** Folds the facts of one event (in text order) into its casualty figures. */
    static Casualties combine(List<CasualtyFact> given) {
        if (given.isEmpty()) return Casualties.NONE;
        // "ما أدى إلى مقتله": one killed, unless the sentence counts its dead elsewhere (the pronoun points back)
        Set<Integer> killedSentences = new HashSet<>();
        for (CasualtyFact x : given) if (x.role().equals("KILLED")) killedSentences.add(x.sentenceIndex());
        List<CasualtyFact> facts = given.stream().filter(x -> !x.role().equals("KILLED_ALONE") || !killedSentences.contains(x.sentenceIndex()))
                .map(x -> x.role().equals("KILLED_ALONE")
                        ? new CasualtyFact("KILLED", x.value(), x.low(), x.high(), x.revision(), x.civilians(), x.sentenceIndex(), x.span()) : x)
                .toList();
        // "no casualties" said of one side never erases a toll the text gives elsewhere
        boolean someKilled = facts.stream().anyMatch(x -> x.role().equals("KILLED") && x.value() > 0);
        List<CasualtyFact> sorted = facts.stream().filter(x -> !(someKilled && x.role().equals("KILLED") && x.value() == 0))
                .sorted(Comparator.comparing(CasualtyFact::span)).toList();
        List<long[]> killedBySentence = new ArrayList<>();   // {value, low, high, sentence, revised}
        List<long[]> woundedBySentence = new ArrayList<>();
        Long civ = null, kow = null;
        CasualtyFact lastKilled = null;
        for (CasualtyFact x : sorted) {
            switch (x.role()) {
                case "KILLED" -> {
                    add(killedBySentence, x);
                    if (x.civilians()) civ = max(civ, x.value());
                    lastKilled = x;
                }
                case "WOUNDED" -> add(woundedBySentence, x);
                case "KILLED_OR_WOUNDED" -> kow = x.value();
                case "SUBSET" -> {
                    if (x.civilians() && lastKilled != null) civ = x.value();
                }
                default -> { }
            }
        }
        OptionalInt killed = OptionalInt.empty(), low = OptionalInt.empty(), high = OptionalInt.empty();
        if (killedBySentence.isEmpty()) {
            // only vague tolls ("عشرات القتلى"): a range, no figure
            low = sorted.stream().filter(x -> x.role().equals("KILLED_RANGE")).mapToInt(x -> (int) x.low()).min();
            high = sorted.stream().filter(x -> x.role().equals("KILLED_RANGE")).mapToInt(x -> (int) x.high()).max();
        }
        if (!killedBySentence.isEmpty()) {
            long[] last = killedBySentence.get(killedBySentence.size() - 1);
            // a revised toll ("لترتفع حصيلة الحادث إلى قتيلين") is the total: a later sentence retelling the first
            // report ("وأسفر عن مقتل ضابط") does not lower it; a higher later figure still wins
            for (int i = killedBySentence.size() - 1; i >= 0; i--) {
                long[] k = killedBySentence.get(i);
                if (k[4] == 1) {
                    if (k[0] > last[0]) last = k;
                    break;
                }
            }
            killed = OptionalInt.of((int) last[0]);
            low = OptionalInt.of((int) killedBySentence.stream().mapToLong(k -> k[1]).min().orElse(last[1]));
            high = OptionalInt.of((int) killedBySentence.stream().mapToLong(k -> k[2]).max().orElse(last[2]));
        }
        OptionalInt wounded = woundedBySentence.isEmpty() ? OptionalInt.empty()
                : OptionalInt.of((int) woundedBySentence.get(woundedBySentence.size() - 1)[0]);
        return new Casualties(killed, low, high, wounded,
                civ == null ? OptionalInt.empty() : OptionalInt.of(civ.intValue()),
                kow == null ? OptionalInt.empty() : OptionalInt.of(kow.intValue()), true);
    }

    /** Same sentence: distinct figures add up, unless one revises the toll (then it replaces). */
    private static void add(List<long[]> bySentence, CasualtyFact x) {
        if (!bySentence.isEmpty()) {
            long[] last = bySentence.get(bySentence.size() - 1);
            if (last[3] == x.sentenceIndex()) {
                // a revised toll is the total: figures of its sentence before or after it are parts of it
                // ("ارتفعت الحصيلة إلى خمسة بعد وفاة اثنين من الجرحى")
                if (x.revision()) { last[0] = x.value(); last[1] = Math.min(last[1], x.low()); last[2] = Math.max(last[2], x.high()); last[4] = 1; }
                else if (last[4] == 0) { last[0] += x.value(); last[1] += x.low(); last[2] += x.high(); }
                return;
            }
        }
        bySentence.add(new long[] {x.value(), x.low(), x.high(), x.sentenceIndex(), x.revision() ? 1 : 0});
    }

    private static Long max(Long a, long b) { return a == null ? b : Math.max(a, b); }

}
