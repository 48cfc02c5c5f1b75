package org.marsad.events;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The cues of incident-cues.txt: whether a report continues an incident already told (a body found after
 * an abduction, the weapon of an assault, the attackers recalled in the pluperfect) and whether a time
 * expression is the incident's day or the day its toll was revised. Each test looks only inside a folded
 * range it is given.
 */
final class IncidentCues {
    private static final List<String[]> TABLE = LexiconPattern.readTable("incident-cues.txt");
    private static final List<Pattern> BODY_FOUND = of("BODY_FOUND");
    private static final List<Pattern> INSTRUMENT = of("INSTRUMENT");
    private static final List<Pattern> AGENT = of("AGENT");
    private static final List<Pattern> UPDATE = of("UPDATE");
    private static final List<Pattern> MEANS = of("MEANS");
    private static final List<Pattern> NEXT_DAY = of("NEXT_DAY");
    private static final List<Pattern> CIRCUMSTANCE = of("CIRCUMSTANCE");
    private static final List<Pattern> SAME_DAY = of("SAME_DAY");
    private static final List<Pattern> TRACES = of("TRACES");

    private IncidentCues() {}

    private static List<Pattern> of(String kind) {
        return TABLE.stream().filter(c -> {
            if (c.length < 2) throw new IllegalStateException("incident-cues.txt: expected 2 columns: " + String.join(" | ", c));
            return c[0].equals(kind);
        }).map(c -> LexiconPattern.compile(c[1])).toList();
    }

    /** "عثرت القوات على جثة …" before the trigger in its sentence. */
    static boolean bodyFound(String folded, int sentenceStart, int triggerStart) {
        return EventSegmenter.anyMatch(BODY_FOUND, folded, sentenceStart, triggerStart);
    }

    /** How far back, in words of one clause, a means cue still governs a weapon: a short list of arms. */
    static final int INSTRUMENT_WORDS = 5;
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[،,;؛:.!؟?]");

    /**
     * "مستخدمين أسلحة قناصة", "مستخدمين أسلحة رشاشة وقذائف صاروخية": a means cue up to five words before the
     * trigger in its clause (the arms listed after it) names it as the means of an act.
     */
    static boolean instrument(String folded, int sentenceStart, int triggerStart) {
        int from = NonEventFilter.wordsBack(folded, triggerStart, INSTRUMENT_WORDS, sentenceStart);
        java.util.regex.Matcher b = CLAUSE_BREAK.matcher(folded).region(from, triggerStart);
        while (b.find()) from = b.end();
        return EventSegmenter.anyMatch(INSTRUMENT, folded, from, triggerStart);
    }

    /** "وكان المهاجمون قد …": a definite doer noun before the trigger. */
    static boolean definiteAgent(String folded, int from, int triggerStart) {
        return EventSegmenter.anyMatch(AGENT, folded, from, triggerStart);
    }

    /** "وعليهما آثار إطلاق نار": the word right before the trigger names traces of an act already told. */
    static boolean traces(String folded, int sentenceStart, int triggerStart) {
        return EventSegmenter.anyMatch(TRACES, folded, NonEventFilter.wordsBack(folded, triggerStart, 1, sentenceStart), triggerStart);
    }

    /** "اعتقلت في اليوم ذاته": the act is dated the day of the act told before it. */
    static boolean sameDay(String folded, int sentenceStart, int triggerEnd, int sentenceEnd) {
        return EventSegmenter.anyMatch(SAME_DAY, folded, sentenceStart, NonEventFilter.wordsForward(folded, triggerEnd, 6, sentenceEnd));
    }

    /** "طرفاً في الاشتباك", "أثناء الهجوم": the word right before the trigger is a preposition of circumstance. */
    static boolean circumstance(String folded, int sentenceStart, int triggerStart) {
        return EventSegmenter.anyMatch(CIRCUMSTANCE, folded, NonEventFilter.wordsBack(folded, triggerStart, 1, sentenceStart), triggerStart);
    }

    /** "وفي اليوم التالي، اعتقلت قوة …": the act is dated the day after the incident told before it. */
    static boolean nextDay(String folded, int sentenceStart, int triggerStart) {
        return EventSegmenter.anyMatch(NEXT_DAY, folded, sentenceStart, triggerStart);
    }

    /** "انفجرت العبوة": the word right after the trigger is a definite device already told. */
    static boolean definiteMeansAfter(String folded, int triggerEnd, int sentenceEnd) {
        return EventSegmenter.anyMatch(MEANS, folded, triggerEnd, NonEventFilter.wordsForward(folded, triggerEnd, 1, sentenceEnd));
    }

    /** "… بعدما فارق جندي الحياة فجر اليوم": a death or a find between the trigger and the time. */
    static boolean update(String folded, int from, int to) {
        return EventSegmenter.anyMatch(UPDATE, folded, from, to);
    }
}
