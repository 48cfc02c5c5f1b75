package org.marsad.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.common.Span;
import org.marsad.text.Sentence;

/**
 * Splits an article into trigger candidates. Rules: triggers of one clause that follow each other
 * within two words ("شنوا هجوماً بسلاح قناص", "انفجار عبوة ناسفة") are one candidate, and a specific
 * weapon later in the same clause refines a generic trigger's type; each candidate's scope runs from
 * its clause start (or the previous trigger) forward across commas until the next trigger, clause
 * connector ("كما", "فيما", "إلى جانب") or speech verb ("وأكد").
 */
final class EventSegmenter {
    private static final PhraseScanner END_CONNECTORS = scanner(LexiconPattern.readTable("connectors.txt").stream()
            .filter(c -> !c[0].equals("LIST")).map(c -> c[1]).toList());
    private static final PhraseScanner RESET_CONNECTORS = scanner(LexiconPattern.readTable("connectors.txt").stream()
            .filter(c -> !c[0].equals("STOP")).map(c -> c[1]).toList());
    private static final PhraseScanner SPEECH_VERBS = scanner(LexiconPattern.readTable("speech-verbs.txt").stream().map(c -> c[0]).toList());
    private static final Pattern CLAUSE_PUNCT = Pattern.compile("[،,;؛:\\(\\)\\[\\]\"\\n–—-]");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?؟])\\s+|\\n+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Nd}]+");

    private EventSegmenter() {}

    /** Sentences of a text whose analysis has none (split at . ! ? ؟ and line breaks). */
    static List<Sentence> sentencesOf(String text) {
        List<Sentence> out = new ArrayList<>();
        Matcher m = SENTENCE_END.matcher(text);
        int start = 0;
        while (true) {
            boolean found = m.find();
            int end = found ? m.start() : text.length();
            addTrimmed(text, start, end, out);
            if (!found) break;
            start = m.end();
        }
        return out;
    }

    private static void addTrimmed(String text, int s, int e, List<Sentence> out) {
        while (s < e && Character.isWhitespace(text.charAt(s))) s++;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
        if (e > s) out.add(new Sentence(out.size(), new Span(s, e), text.substring(s, e)));
    }

    static List<Candidate> candidates(Folded f, List<Sentence> sentences) {
        List<Candidate> out = new ArrayList<>();
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            int fs = f.toFolded(s.span().start());
            int fe = f.toFolded(s.span().end());
            List<TriggerHit> hits = TriggerLexicon.find(f, fs, fe);
            if (hits.isEmpty()) continue;
            List<int[]> connectors = matches(RESET_CONNECTORS, f.folded(), fs, fe);
            List<int[]> speech = matches(SPEECH_VERBS, f.folded(), fs, fe);
            List<int[]> ends = matches(END_CONNECTORS, f.folded(), fs, fe);
            List<Integer> punct = new ArrayList<>();
            Matcher pm = CLAUSE_PUNCT.matcher(f.folded()).region(fs, fe);
            while (pm.find()) punct.add(pm.start());

            // sorted positions, searched by bisection: a run-on sentence with thousands of triggers and
            // commas stays linear-logarithmic instead of triggers × punctuation
            int[] punctAt = sorted(punct.stream().mapToInt(Integer::intValue));
            int[] connectorAt = sorted(connectors.stream().mapToInt(c -> c[0]));
            int[] endAt = sorted(ends.stream().mapToInt(c -> c[0]));
            int[] speechStart = sorted(speech.stream().mapToInt(v -> v[0]));
            int[] speechEnd = sorted(speech.stream().mapToInt(v -> v[1]));
            List<List<TriggerHit>> groups = group(f.folded(), hits, punctAt, connectorAt, endAt);
            for (int gi = 0; gi < groups.size(); gi++) {
                List<TriggerHit> g = groups.get(gi);
                int tStart = g.get(0).fStart();
                int tEnd = g.get(g.size() - 1).fEnd();
                int reset = Math.max(fs, atMost(connectorAt, tStart));
                int clause = Math.max(reset, atMost(punctAt, tStart - 1) + 1);
                int prevEnd = gi > 0 ? groups.get(gi - 1).get(groups.get(gi - 1).size() - 1).fEnd() : fs;
                int segStart = Math.max(clause, prevEnd);
                // a speech verb before the trigger ends the previous proposition ("أكد الوزير الجمعة أن هذا الهجوم")
                segStart = Math.max(segStart, atMost(speechEnd, tStart));
                int segEnd = gi + 1 < groups.size() ? groups.get(gi + 1).get(0).fStart() : fe;
                segEnd = Math.min(segEnd, atLeast(endAt, tEnd));
                segEnd = Math.min(segEnd, atLeast(speechStart, tEnd));
                out.add(new Candidate(si, s, g, typeOf(g), f.toOriginal(tStart, tEnd), tStart, tEnd,
                        f.toOriginal(segStart, segEnd), segStart, segEnd, clause, reset, fs, fe));
            }
        }
        return out;
    }

    /** End of the trigger's proposition: the first clause connector ("فيما", "بينما") or speech verb after it, else the sentence end. */
    static int propositionEnd(Folded f, Candidate c) {
        int end = c.fSentenceEnd();
        for (int[] x : matches(END_CONNECTORS, f.folded(), c.fTriggerEnd(), c.fSentenceEnd())) end = Math.min(end, x[0]);
        for (int[] x : matches(SPEECH_VERBS, f.folded(), c.fTriggerEnd(), c.fSentenceEnd())) end = Math.min(end, x[0]);
        return end;
    }

    /** Fuses neighbouring hits of one clause; see the class comment. Positions arrays are sorted. */
    private static List<List<TriggerHit>> group(String folded, List<TriggerHit> hits, int[] punct,
                                                int[] connectors, int[] ends) {
        List<List<TriggerHit>> groups = new ArrayList<>();
        GroupType lastGroupType = new GroupType();
        for (TriggerHit h : hits) {
            if (!groups.isEmpty()) {
                List<TriggerHit> last = groups.get(groups.size() - 1);
                TriggerHit prev = last.get(last.size() - 1);
                boolean sameClause = !anyIn(punct, prev.fEnd(), h.fStart()) && !anyIn(connectors, prev.fEnd(), h.fStart());
                int gap = wordsBetween(folded, prev.fEnd(), h.fStart());
                Optional<EventType> lastType = lastGroupType.type();
                boolean refinesOther = h.refines() && h.type().isPresent() && lastType.isPresent()
                        && lastType.get() != h.type().get() && !last.get(0).refines()
                        && (lastType.get() == EventType.ATTACK || lastType.get() == EventType.ARMED_CLASH)
                        // the arms an assault used ("هاجموا النقطة مستخدمين أسلحة متوسطة وقذائف صاروخية") do not retype it
                        && !IncidentCues.instrument(folded, prev.fEnd(), h.fStart());
                // "القبض على متهم بتفجير عبوة ناسفة": the charge after an arrest is no refinement of it, but an act of its own
                // (dropped as a charge unless it has a time of its own)
                boolean charge = lastType.equals(Optional.of(EventType.ARREST)) && NonEventFilter.accusedCue(folded, prev.fEnd(), h.fStart());
                // a bare killing verb joins the trigger that explains it anywhere in the same proposition
                // ("قتل جنديان وجرح أربعة إثر تفجير سيارة مفخخة")
                boolean weak = (h.weak() || lastGroupType.allWeak) && !h.isReference()
                        && !anyIn(ends, prev.fEnd(), h.fStart());
                // an arrest "في عملية نوعية" is one event: the arrest
                boolean operationArrest = lastType.isPresent() && h.type().isPresent()
                        && java.util.EnumSet.of(EventType.ARREST, EventType.SECURITY_OPERATION).containsAll(List.of(lastType.get(), h.type().get()))
                        && lastType.get() != h.type().get()
                        && !anyIn(ends, prev.fEnd(), h.fStart());
                // a means and its verb are one act told once ("انفجرت صباح اليوم عبوة لاصقة", "عبوة ناسفة كانت مخبأة
                // بين الأشجار انفجرت"): the subject and its verb of one clause, with no "و" starting a second one
                // (a quoted name between them, "تنظيم «داعش»", is no clause break)
                boolean subjectAndVerb = !anyIn(connectors, prev.fEnd(), h.fStart())
                        && !BREAK_BUT_QUOTES.matcher(folded).region(prev.fEnd(), h.fStart()).find() && gap <= SUBJECT_VERB_GAP && h.refines() && prev.refines()
                        && h.type().isPresent() && h.type().equals(prev.type()) && !h.plural() && !prev.plural()
                        && !conjoined(folded, prev.fEnd(), Math.min(folded.length(), h.fStart() + 2)); // "وانفجرت" too
                if (!charge && (sameClause && (gap <= 2 || refinesOther) || weak || operationArrest || subjectAndVerb)) {
                    last.add(h);
                    lastGroupType.add(h);
                    continue;
                }
            }
            groups.add(new ArrayList<>(List.of(h)));
            lastGroupType = new GroupType();
            lastGroupType.add(h);
        }
        return groups;
    }

    /**
     * The type of a group of hits ({@link #typeOf}), kept up to date as hits are appended: recomputing
     * it over a growing group is quadratic in a run-on sentence of triggers.
     */
    private static final class GroupType {
        boolean violenceAgainstCivilians;
        TriggerHit refining;
        boolean arrest;
        Optional<EventType> strong = Optional.empty();
        Optional<EventType> first = Optional.empty();
        boolean allWeak = true;

        void add(TriggerHit h) {
            if (!h.weak() && h.type().equals(Optional.of(EventType.VIOLENCE_AGAINST_CIVILIANS))) violenceAgainstCivilians = true;
            // the heaviest refining hit; the first of equal weights
            if (h.refines() && h.type().isPresent() && (refining == null || Double.compare(h.weight(), refining.weight()) > 0)) refining = h;
            if (h.type().equals(Optional.of(EventType.ARREST))) arrest = true;
            if (strong.isEmpty() && !h.weak() && h.type().isPresent()) strong = h.type();
            if (first.isEmpty() && h.type().isPresent()) first = h.type();
            allWeak &= h.weak();
        }

        Optional<EventType> type() {
            // an assassination or abduction keeps its type whatever weapon did it ("محاولة اغتيال بعبوة لاصقة"):
            // the act on a person, not the device, is what ACLED (and the gold) code
            if (violenceAgainstCivilians) return Optional.of(EventType.VIOLENCE_AGAINST_CIVILIANS);
            if (refining != null) return refining.type();
            if (arrest) return Optional.of(EventType.ARREST);
            return strong.isPresent() ? strong : first;
        }
    }

    private static int[] sorted(java.util.stream.IntStream values) {
        return values.sorted().toArray();
    }

    /** The largest value <= x, or Integer.MIN_VALUE / 2 when none (safe to add 1 to). */
    static int atMost(int[] sorted, int x) {
        int i = java.util.Arrays.binarySearch(sorted, x);
        if (i >= 0) {
            while (i + 1 < sorted.length && sorted[i + 1] == x) i++;
            return sorted[i];
        }
        int below = -i - 2;
        return below >= 0 ? sorted[below] : Integer.MIN_VALUE / 2;
    }

    /** The smallest value >= x, or Integer.MAX_VALUE when none. */
    static int atLeast(int[] sorted, int x) {
        int i = java.util.Arrays.binarySearch(sorted, x);
        if (i >= 0) return x;
        int above = -i - 1;
        return above < sorted.length ? sorted[above] : Integer.MAX_VALUE;
    }

    /** Whether a value lies in [from, to). */
    static boolean anyIn(int[] sorted, int from, int to) {
        return from < to && atLeast(sorted, from) < to;
    }

    /** A refining hit (weapon, means) sets the type; else the first typed non-weak hit; empty for a bare reference. */
    static Optional<EventType> typeOf(List<TriggerHit> g) {
        GroupType t = new GroupType();
        g.forEach(t::add);
        return t.type();
    }

    /** Words a clause's subject and its verb may stand apart (a time phrase, a short relative clause). */
    static final int SUBJECT_VERB_GAP = 6;
    private static final Pattern BREAK_BUT_QUOTES = Pattern.compile("[،,;؛:\\(\\)\\[\\]\\n–—-]");
    private static final Pattern CONJOINED = Pattern.compile("(?:^|\\s)و\\S");

    /** A word starting with "و" between two triggers: a second clause or a list may start there. */
    static boolean conjoined(String folded, int from, int to) {
        return to > from && CONJOINED.matcher(folded).region(from, to).find();
    }

    static int wordsBetween(String folded, int from, int to) {
        if (to <= from) return 0;
        Matcher m = WORD.matcher(folded).region(from, to);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    static PhraseScanner scanner(List<String> entries) {
        return new PhraseScanner(entries.stream().map(Folded::fold).toList(), entries.stream().map(LexiconPattern::compile).toList());
    }

    static List<int[]> matches(PhraseScanner s, String folded, int from, int to) {
        List<int[]> out = new ArrayList<>();
        for (PhraseScanner.Hit h : s.find(folded, from, to)) out.add(new int[] {h.start(), h.end()});
        return out;
    }

    static List<int[]> matches(List<Pattern> patterns, String folded, int from, int to) {
        List<int[]> out = new ArrayList<>();
        for (Pattern p : patterns) {
            Matcher m = p.matcher(folded).region(from, to);
            while (m.find()) if (m.end() > m.start()) out.add(new int[] {m.start(), m.end()});
        }
        out.sort(Comparator.comparingInt(a -> a[0]));
        return out;
    }

    static boolean anyMatch(List<Pattern> patterns, String folded, int from, int to) {
        if (to <= from) return false;
        for (Pattern p : patterns) if (p.matcher(folded).region(from, to).find()) return true;
        return false;
    }
}
