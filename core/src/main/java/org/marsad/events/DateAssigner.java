package org.marsad.events;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.marsad.common.DatePrecision;
import org.marsad.ingest.Article;
import org.marsad.text.TimeExpr;

/**
 * The event's own date. Order: a time expression inside the trigger's scope, else the nearest one
 * earlier in the sentence ("في 12 من أيار …، كما شنوا هجوماً" gives both attacks the 12th), else one
 * the trigger shares a sentence with only across a speech verb ("أعلنت الوزارة أمس عن هجوم"). A
 * plural trigger ("هجمات أخرى") cannot sit on one day: it takes the nearest period expression
 * ("منذ مطلع الشهر") or the month of the nearest day. Dates the text core could not resolve (a
 * relative word with no publication date) stay UNKNOWN — never invented.
 */
final class DateAssigner {
    private static final List<Pattern> SPEECH_VERBS = LexiconPattern.readPatterns("speech-verbs.txt");

    private DateAssigner() {}

    static DateChoice assign(Folded f, Candidate c, List<TimeExpr> times) {
        String t = f.folded();
        Optional<DateChoice> best = Optional.empty();
        // rank 3: inside the scope, nearest to the trigger
        List<TimeExpr> inScope = times.stream()
                .filter(x -> within(f, x, c.fSegStart(), c.fSegEnd()))
                .sorted(Comparator.comparingInt(x -> distance(f, x, c))).toList();
        for (TimeExpr x : inScope) {
            boolean separated = separatedBySpeech(t, f, x, c);
            // the day of a statement right before the act ("أعلنت القيادة، اليوم، اعتقال …") is only as good as a
            // time elsewhere in the sentence: the act's own time, in the scope or in another report, may outrank it
            boolean statement = !separated && announced(t, f, x, c);
            DateChoice d = choice(x, c, separated ? 1 : statement ? 2 : 3);
            if (statement) d = statementDay(d);
            if (!separated && !statement) return d;
            if (best.isEmpty() || best.get().rank() < d.rank()) best = Optional.of(d);
        }
        if (best.isPresent() && best.get().rank() == 2) return best.get();
        // rank 2: nearest earlier in the sentence
        List<TimeExpr> before = times.stream()
                .filter(x -> within(f, x, c.fSentenceStart(), c.fSegStart()))
                .sorted(Comparator.comparingInt((TimeExpr x) -> -x.span().start())).toList();
        if (c.plural()) {
            Optional<TimeExpr> period = before.stream().filter(x -> x.precision() != DatePrecision.DAY).findFirst();
            if (period.isPresent() && !separatedBySpeech(t, f, period.get(), c)) return choice(period.get(), c, 2);
        }
        for (TimeExpr x : before) {
            boolean separated = separatedBySpeech(t, f, x, c);
            DateChoice d = choice(x, c, separated ? 1 : 2);
            if (!separated && announced(t, f, x, c) && !reported(t, f, x, c)) d = statementDay(d);
            if (!separated) return d;
            if (best.isEmpty()) best = Optional.of(d);
        }
        // rank 1: later in the sentence across a speech verb
        if (best.isEmpty()) {
            best = times.stream().filter(x -> within(f, x, c.fSegEnd(), c.fSentenceEnd())).findFirst()
                    .map(x -> choice(x, c, 1));
        }
        return best.orElse(DateChoice.NONE);
    }

    private static final Pattern COMPLEMENTIZER = Pattern.compile("(?:^|\\s)[وف]?(?:ان|انه|انها|بان|بانه|بانها)(?:\\s|$)");

    /** "وقالت القيادة إنه في 13 آذار نفذت …": a time after "أن/إن" is what the statement says, not its day. */
    private static boolean reported(String t, Folded f, TimeExpr x, Candidate c) {
        int s = f.toFolded(x.span().start());
        return COMPLEMENTIZER.matcher(t).region(NonEventFilter.wordsBack(t, s, ANNOUNCER_WORDS, c.fSentenceStart()), s).find();
    }

    /** Marks a date as the day a statement was made ("أعلن الحرس الثوري، الخميس، أن قواته استهدفت …"). */
    private static DateChoice statementDay(DateChoice d) {
        return new DateChoice(d.date(), d.precision(), d.alternate(), d.derivation() + DateChoice.STATEMENT_DAY, d.rank());
    }

    /** The fallback for an event none of whose mentions carries a date: publication day widened to a week. */
    static DateChoice fromPublication(Article a) {
        if (a.published().isEmpty() || a.publishedPrecision() == DatePrecision.UNKNOWN) return DateChoice.NONE;
        DatePrecision p = switch (a.publishedPrecision()) {
            case DAY, WEEK -> DatePrecision.WEEK;
            default -> a.publishedPrecision();
        };
        return new DateChoice(a.published(), p, Optional.empty(), "publication-widened", 0);
    }

    private static DateChoice choice(TimeExpr x, Candidate c, int rank) {
        if (x.date().isEmpty() || x.precision() == DatePrecision.UNKNOWN) {
            return new DateChoice(Optional.empty(), DatePrecision.UNKNOWN, Optional.empty(), "unknown", rank);
        }
        String how = x.relative() ? "relative:" + x.text() : "explicit";
        if (c.plural() && (x.precision() == DatePrecision.DAY || x.precision() == DatePrecision.WEEK)) {
            LocalDate d = x.date().get().withDayOfMonth(1);
            return new DateChoice(Optional.of(d), DatePrecision.MONTH, Optional.empty(), how + " (plural: month)", rank);
        }
        return new DateChoice(x.date(), x.precision(), x.alternate(), how, rank);
    }

    private static boolean within(Folded f, TimeExpr x, int fFrom, int fTo) {
        int s = f.toFolded(x.span().start());
        return s >= fFrom && s < fTo;
    }

    private static int distance(Folded f, TimeExpr x, Candidate c) {
        int s = f.toFolded(x.span().start());
        return s >= c.fTriggerEnd() ? s - c.fTriggerEnd() : c.fTriggerStart() - s;
    }

    /** Words a statement's subject may take between its verb and its day ("أعلنت قيادة عمليات نينوى، اليوم"). */
    private static final int ANNOUNCER_WORDS = 5;

    /**
     * "أعلنت قيادة العمليات، اليوم الثلاثاء، مقتل …", "قالت الوزارة، الخميس، إنها …": a time right after a speech verb
     * and its subject, before the trigger, is the day of the statement: it dates the act only as well as a time
     * earlier in the sentence (rank 2), so the act's own time told in another report of it wins.
     */
    private static boolean announced(String t, Folded f, TimeExpr x, Candidate c) {
        int s = f.toFolded(x.span().start());
        if (s >= c.fTriggerStart()) return false;
        return EventSegmenter.anyMatch(SPEECH_VERBS, t, NonEventFilter.wordsBack(t, s, ANNOUNCER_WORDS, c.fSentenceStart()), s);
    }

    /**
     * A speech verb between the time expression and the trigger marks the time as the statement's; a death or a
     * find between the trigger and a later time marks it as the day of the toll's revision.
     */
    private static boolean separatedBySpeech(String t, Folded f, TimeExpr x, Candidate c) {
        int s = f.toFolded(x.span().start());
        int e = f.toFolded(x.span().end());
        int from = Math.min(e, c.fTriggerEnd());
        int to = Math.max(s, c.fTriggerStart());
        if (s >= c.fTriggerEnd()) { from = c.fTriggerEnd(); to = s; }
        else if (e <= c.fTriggerStart()) { from = e; to = c.fTriggerStart(); }
        else return false;
        if (EventSegmenter.anyMatch(SPEECH_VERBS, t, from, to)) return true;
        // "ارتفعت حصيلة الهجوم … بعدما فارق جندي الحياة فجر اليوم": the day of the death that revised the toll;
        // "توفي جندي فجر الثلاثاء متأثراً بجروح أصيب بها جراء تفجير …": the death told first, the incident after it
        return IncidentCues.update(t, from, to);
    }
}
