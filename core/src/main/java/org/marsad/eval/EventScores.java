package org.marsad.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.marsad.common.DatePrecision;
import org.marsad.common.Json;
import org.marsad.eval.EventMatcher.Matching;
import org.marsad.eval.EventMatcher.Pair;
import org.marsad.eval.GoldFile.GoldEvent;
import org.marsad.events.Casualties;
import org.marsad.events.Event;
import org.marsad.events.Evidence;

/**
 * Scores of one evaluation: event-level precision / recall / F1 (optional gold events neither
 * reward nor punish) and, over matched pairs, the share of pairs where each field is right.
 * A count the gold leaves out is right only when the system leaves it out too (absent is not zero).
 */
public record EventScores(int truePositives, int falsePositives, int falseNegatives, int optionalMatched,
                          double precision, double recall, double f1, Map<String, Field> fields,
                          double documentRecall, Matching matching) {

    /** Right / judged for one field (judged = pairs where the field applies). */
    public record Field(int right, int judged) {
        public double accuracy() { return judged == 0 ? Double.NaN : (double) right / judged; }
    }

    public static EventScores of(Matching m) {
        int tp = m.pairs().size(), fp = m.spurious().size(), fn = m.missed().size();
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        Map<String, int[]> acc = new LinkedHashMap<>();
        for (String k : List.of("type", "date", "date_precision", "admin1", "admin2", "killed", "wounded",
                "civilians_killed", "actor1", "actor2")) acc.put(k, new int[2]);
        long docHit = 0, docAll = 0;
        for (Pair pair : m.pairs()) {
            GoldEvent g = pair.gold();
            Event s = pair.system();
            judge(acc, "type", g.type() == s.type());
            judge(acc, "date", dateRight(g, s));
            judge(acc, "date_precision", g.precision() == s.datePrecision());
            if (!g.location().admin1().isEmpty()) {
                judge(acc, "admin1", s.location().map(x -> g.location().admin1Set().contains(x.admin1Pcode())).orElse(false));
            }
            if (!g.location().admin2().isEmpty()) {
                judge(acc, "admin2", s.location().map(x -> x.admin2Pcode().equals(g.location().admin2())).orElse(false));
            }
            Casualties c = s.casualties();
            judge(acc, "killed", same(g.killed(), c.killed()));
            judge(acc, "wounded", same(g.wounded(), c.wounded()));
            judge(acc, "civilians_killed", same(g.civiliansKilled(), c.civiliansKilled()));
            judge(acc, "actor1", new HashSet<>(g.actor1()).equals(new HashSet<>(s.actor1())));
            judge(acc, "actor2", new HashSet<>(g.actor2()).equals(new HashSet<>(s.actor2())));
            docAll += g.documents().size();
            docHit += g.documents().stream().filter(s.documents()::contains).count();
        }
        Map<String, Field> fields = new LinkedHashMap<>();
        acc.forEach((k, v) -> fields.put(k, new Field(v[0], v[1])));
        return new EventScores(tp, fp, fn, m.optionalPairs().size(), p, r, f, fields,
                docAll == 0 ? Double.NaN : (double) docHit / docAll, m);
    }

    private static void judge(Map<String, int[]> acc, String field, boolean right) {
        int[] a = acc.get(field);
        a[1]++;
        if (right) a[0]++;
    }

    /** Gold day: the same day (or a gold alternate); gold month: the same month; gold unknown: no date claimed. */
    static boolean dateRight(GoldEvent g, Event s) {
        if (g.precision() == DatePrecision.UNKNOWN || g.date().isEmpty()) return s.date().isEmpty() || s.datePrecision() == DatePrecision.UNKNOWN;
        if (s.date().isEmpty()) return false;
        if (g.precision() == DatePrecision.MONTH) {
            return s.datePrecision() == DatePrecision.MONTH && s.date().get().withDayOfMonth(1).equals(g.date().get().withDayOfMonth(1));
        }
        return s.date().get().equals(g.date().get()) || g.dateAlt().contains(s.date().get());
    }

    private static boolean same(OptionalInt gold, OptionalInt system) {
        return gold.isPresent() ? system.isPresent() && system.getAsInt() == gold.getAsInt() : system.isEmpty();
    }

    public String toText() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "events: precision %.3f  recall %.3f  F1 %.3f   (TP %d, FP %d, FN %d, optional matched %d)%n",
                precision, recall, f1, truePositives, falsePositives, falseNegatives, optionalMatched));
        b.append("matched pairs, field accuracy:\n");
        fields.forEach((k, v) -> b.append(String.format(Locale.ROOT, "  %-17s %s%n", k,
                v.judged() == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f  (%d/%d)", v.accuracy(), v.right(), v.judged()))));
        b.append(String.format(Locale.ROOT, "  %-17s %s%n", "document recall",
                Double.isNaN(documentRecall) ? "n/a" : String.format(Locale.ROOT, "%.3f", documentRecall)));
        for (GoldEvent g : matching.missed()) {
            b.append("missed   ").append(g.id()).append(' ').append(g.type().code()).append(' ')
                    .append(g.date().map(Object::toString).orElse("?")).append(' ').append(g.location().nameAr()).append('\n');
        }
        for (Event s : matching.spurious()) {
            b.append("spurious ").append(s.id()).append(' ').append(s.type().code()).append(' ')
                    .append(s.date().map(Object::toString).orElse("?")).append(' ').append(s.locationName())
                    .append(s.evidence().isEmpty() ? "" : "  « " + shorten(s.evidence().get(0).text()) + " »").append('\n');
        }
        return b.toString();
    }

    public ObjectNode toJson() {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("true_positives", truePositives).put("false_positives", falsePositives).put("false_negatives", falseNegatives)
                .put("optional_matched", optionalMatched).put("precision", round(precision)).put("recall", round(recall))
                .put("f1", round(f1));
        ObjectNode fo = o.putObject("fields");
        fields.forEach((k, v) -> {
            ObjectNode x = fo.putObject(k);
            x.put("right", v.right()).put("judged", v.judged());
            if (v.judged() > 0) x.put("accuracy", round(v.accuracy())); else x.putNull("accuracy");
        });
        if (Double.isNaN(documentRecall)) o.putNull("document_recall"); else o.put("document_recall", round(documentRecall));
        ArrayNode pairs = o.putArray("matched");
        for (Pair p : matching.pairs()) pairs.addObject().put("gold", p.gold().id()).put("system", p.system().id());
        for (Pair p : matching.optionalPairs()) pairs.addObject().put("gold", p.gold().id()).put("system", p.system().id()).put("optional", true);
        ArrayNode missed = o.putArray("unmatched_gold");
        for (GoldEvent g : matching.missed()) {
            missed.addObject().put("id", g.id()).put("type", g.type().code())
                    .put("date", g.date().map(Object::toString).orElse(null)).put("location", g.location().nameAr());
        }
        ArrayNode spurious = o.putArray("spurious");
        for (Event s : matching.spurious()) {
            ObjectNode x = spurious.addObject().put("id", s.id()).put("type", s.type().code())
                    .put("date", s.date().map(Object::toString).orElse(null)).put("date_precision", s.datePrecision().code())
                    .put("location", s.locationName());
            ArrayNode ev = x.putArray("evidence");
            for (Evidence e : s.evidence()) ev.addObject().put("doc", e.docId()).put("start", e.span().start()).put("end", e.span().end()).put("text", e.text());
        }
        return o;
    }

    private static double round(double d) { return Math.round(d * 1000) / 1000.0; }

    private static String shorten(String s) {
        String one = s.replace('\n', ' ');
        return one.length() <= 140 ? one : one.substring(0, 140) + "…";
    }

}
