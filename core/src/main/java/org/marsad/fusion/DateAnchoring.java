package org.marsad.fusion;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.marsad.common.DatePrecision;
import org.marsad.events.Event;

/**
 * Date anchoring for articles without a publication day. When an undated article dates one of its
 * events by a relative expression ("أمس", "الخميس الماضي") and fusion put that event together with a
 * day-dated report from another article, the publication day P must satisfy
 * {@code D = P − k} for the relative expression's k (and its weekday, if named), where D is the other
 * article's day. If that — together with a publication weekday the article states ("اليوم الأربعاء")
 * — leaves exactly one P, the article is anchored and its other relative expressions can be resolved
 * against P (derivation {@code anchored:<docId>}). Anything weaker — a background recall with no
 * relative wording ("after the attack of 2 December"), two possible days, sources that disagree on
 * D — leaves the date unknown. Pure functions; the word lists are data files in this package.
 */
public final class DateAnchoring {
    /** Where an expression puts an event: {@code minDaysBefore..maxDaysBefore} days before publication, on {@code weekday} if named. */
    public record Relation(int minDaysBefore, int maxDaysBefore, Optional<DayOfWeek> weekday) {
        public Relation {
            if (minDaysBefore < 0 || maxDaysBefore < minDaysBefore) {
                throw new IllegalArgumentException("bad relation " + minDaysBefore + ".." + maxDaysBefore);
            }
        }

        /** Publication days P with D = P − k for an allowed k, and D on the named weekday. */
        List<LocalDate> publicationDays(LocalDate eventDay) {
            if (weekday.isPresent() && eventDay.getDayOfWeek() != weekday.get()) return List.of();
            List<LocalDate> out = new ArrayList<>();
            for (int k = minDaysBefore; k <= maxDaysBefore; k++) out.add(eventDay.plusDays(k));
            return out;
        }

        /** The event day for a publication day, when the relation pins one day. */
        Optional<LocalDate> eventDay(LocalDate published) {
            List<LocalDate> days = new ArrayList<>();
            for (int k = minDaysBefore; k <= maxDaysBefore; k++) {
                LocalDate d = published.minusDays(k);
                if (weekday.isEmpty() || d.getDayOfWeek() == weekday.get()) days.add(d);
            }
            return days.size() == 1 ? Optional.of(days.get(0)) : Optional.empty();
        }
    }

    /** An undated article's inferred publication day and the article whose report fixed it. */
    public record Anchor(String docId, LocalDate published, String anchorDocId, String canonicalEventId) {
        public String derivation() { return "anchored:" + anchorDocId; }
    }

    private static final Map<String, int[]> PHRASES = new HashMap<>();
    private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();
    private static final String TODAY = String.join(" ", Terms.words("اليوم"));
    private static final String LAST = String.join(" ", Terms.words("الماضي"));

    static {
        for (String[] row : load("relative-days.tsv")) {
            PHRASES.put(String.join(" ", Terms.words(row[0])), new int[] {Integer.parseInt(row[1]), Integer.parseInt(row[2])});
        }
        for (String[] row : load("weekdays.tsv")) WEEKDAYS.put(String.join(" ", Terms.words(row[0])), DayOfWeek.valueOf(row[1]));
    }

    private DateAnchoring() {}

    /**
     * How a relative expression places an event before publication. A weekday name means the most
     * recent such day (0..6 days before; 1..7 with "الماضي"); with "اليوم" it is the publication day
     * itself. Empty when the expression has no relative day wording.
     */
    public static Optional<Relation> relation(String expression) {
        List<String> w = Terms.words(expression);
        Optional<DayOfWeek> weekday = w.stream().map(WEEKDAYS::get).filter(java.util.Objects::nonNull).findFirst();
        if (weekday.isPresent()) {
            if (w.contains(TODAY)) return Optional.of(new Relation(0, 0, weekday));
            if (containsPhrase(w, "امس")) return Optional.of(new Relation(1, 1, weekday));
            return Optional.of(w.contains(LAST) ? new Relation(1, 7, weekday) : new Relation(0, 6, weekday));
        }
        int[] best = null;
        int bestLen = 0;
        for (int i = 0; i < w.size(); i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = i; j < w.size() && j < i + 4; j++) {
                if (j > i) sb.append(' ');
                sb.append(w.get(j));
                int[] r = PHRASES.get(sb.toString());
                if (r != null && j - i + 1 > bestLen) {
                    best = r;
                    bestLen = j - i + 1;
                }
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Relation(best[0], best[1], Optional.empty()));
    }

    /** The publication weekday an article states about itself: "اليوم الأربعاء" / "الأربعاء اليوم". */
    public static Optional<DayOfWeek> statedWeekday(String expression) {
        List<String> w = Terms.words(expression);
        if (!w.contains(TODAY)) return Optional.empty();
        return w.stream().map(WEEKDAYS::get).filter(java.util.Objects::nonNull).findFirst();
    }

    /**
     * The publication day of undated article {@code docId}, when sound: some source event of that
     * article carries no date, its derivation is {@code relative:<expr>}, it was fused with day-dated
     * reports of other articles that agree on one day D, and the expression (with the stated weekday,
     * if any) leaves exactly one publication day. All such events of the article must agree.
     */
    public static Optional<Anchor> publicationDay(String docId, List<CanonicalEvent> fused, Optional<DayOfWeek> statedWeekday) {
        TreeSet<LocalDate> found = new TreeSet<>();
        Anchor first = null;
        for (CanonicalEvent c : fused) {
            for (Event s : c.sources()) {
                if (!Fusion.doc(s).equals(docId) || s.date().isPresent() && s.datePrecision() != DatePrecision.UNKNOWN) continue;
                if (!s.dateDerivation().startsWith("relative:")) continue;
                Optional<Relation> r = relation(s.dateDerivation().substring("relative:".length()));
                if (r.isEmpty()) continue;
                List<Event> dated = c.sources().stream()
                        .filter(o -> !Fusion.doc(o).equals(docId) && o.datePrecision() == DatePrecision.DAY && o.date().isPresent()
                                && !o.dateDerivation().startsWith("anchored:"))
                        .toList();
                TreeSet<LocalDate> days = new TreeSet<>();
                dated.forEach(o -> days.add(o.date().get()));
                if (days.size() != 1) continue; // no dated report, or reports that disagree on the day
                List<LocalDate> candidates = new ArrayList<>(r.get().publicationDays(days.first()));
                statedWeekday.ifPresent(wd -> candidates.removeIf(p -> p.getDayOfWeek() != wd));
                if (candidates.size() != 1) return Optional.empty(); // wording allows several days, or contradicts
                found.add(candidates.get(0));
                if (first == null) first = new Anchor(docId, candidates.get(0), Fusion.doc(dated.get(0)), c.id());
            }
        }
        return found.size() == 1 ? Optional.of(first) : Optional.empty();
    }

    /** The day a relative expression names, against an (anchored) publication day, when it pins one. */
    public static Optional<LocalDate> resolve(String expression, LocalDate published) {
        return relation(expression).flatMap(r -> r.eventDay(published));
    }

    /**
     * An event of the anchored article re-dated: an undated event with derivation {@code relative:<expr>}
     * gets the day the expression names against the anchor, with derivation {@code anchored:<docId>};
     * any other event is returned unchanged.
     */
    public static Event anchorEvent(Event e, Anchor a) {
        if (!Fusion.doc(e).equals(a.docId()) || e.date().isPresent() && e.datePrecision() != DatePrecision.UNKNOWN
                || !e.dateDerivation().startsWith("relative:")) {
            return e;
        }
        Optional<LocalDate> day = resolve(e.dateDerivation().substring("relative:".length()), a.published());
        if (day.isEmpty()) return e;
        return new Event(e.id(), e.type(), day, DatePrecision.DAY, e.dateAlt(), a.derivation(), e.location(),
                e.locationName(), e.actor1(), e.actor2(), e.casualties(), e.documents(), e.mentionDocuments(), e.evidence(),
                e.confidence(), e.background());
    }

    /** Every undated article in the fused set that can be anchored (stated weekdays by document, may be empty). */
    public static List<Anchor> anchors(List<CanonicalEvent> fused, Map<String, DayOfWeek> statedWeekdays) {
        TreeSet<String> undatedDocs = new TreeSet<>();
        for (CanonicalEvent c : fused) {
            for (Event s : c.sources()) {
                if ((s.date().isEmpty() || s.datePrecision() == DatePrecision.UNKNOWN) && s.dateDerivation().startsWith("relative:")) {
                    undatedDocs.add(Fusion.doc(s));
                }
            }
        }
        List<Anchor> out = new ArrayList<>();
        for (String d : undatedDocs) publicationDay(d, fused, Optional.ofNullable(statedWeekdays.get(d))).ifPresent(out::add);
        return out;
    }

    /** The publication weekday an article states, from the text core's time expressions. */
    public static Optional<DayOfWeek> statedWeekday(List<org.marsad.text.TimeExpr> times) {
        return times.stream().map(t -> statedWeekday(t.text())).flatMap(Optional::stream).findFirst();
    }

    /**
     * The whole step for the pipeline: finds every sound anchor in {@code fused} and re-dates the
     * anchored articles' undated relative events in {@code articleEvents} (others unchanged, same
     * order). Fuse again afterwards, passing the previous result for stable ids.
     */
    public static List<Event> apply(List<Event> articleEvents, List<CanonicalEvent> fused, Map<String, DayOfWeek> statedWeekdays) {
        Map<String, Anchor> byDoc = new HashMap<>();
        for (Anchor a : anchors(fused, statedWeekdays)) byDoc.put(a.docId(), a);
        if (byDoc.isEmpty()) return articleEvents;
        List<Event> out = new ArrayList<>(articleEvents.size());
        for (Event e : articleEvents) {
            Anchor a = byDoc.get(Fusion.doc(e));
            out.add(a == null ? e : anchorEvent(e, a));
        }
        return out;
    }

    private static boolean containsPhrase(List<String> w, String folded) { return w.contains(folded); }

    private static List<String[]> load(String name) { return FusionData.rows(name, 2); }
}
