package org.marsad.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
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
            for (Check c : checks(pair.gold(), pair.system())) judge(acc, c.field(), c.right());
            docAll += pair.gold().documents().size();
            docHit += pair.gold().documents().stream().filter(pair.system().documents()::contains).count();
        }
        Map<String, Field> fields = new LinkedHashMap<>();
        acc.forEach((k, v) -> fields.put(k, new Field(v[0], v[1])));
        return new EventScores(tp, fp, fn, m.optionalPairs().size(), p, r, f, fields,
                docAll == 0 ? Double.NaN : (double) docHit / docAll, m);
    }

    /** One field of a matched pair judged: right or not, with both values as printed. */
    public record Check(String field, boolean right, String gold, String system) {}

    /** The fields that apply to a matched pair, in the order of the report (admin1/admin2 only when the gold has them). */
    public static List<Check> checks(GoldEvent g, Event s) {
        List<Check> out = new ArrayList<>();
        String sAdmin1 = s.location().map(x -> x.admin1Pcode()).orElse(""), sAdmin2 = s.location().map(x -> x.admin2Pcode()).orElse("");
        out.add(new Check("type", g.type() == s.type(), g.type().code(), s.type().code()));
        out.add(new Check("date", dateRight(g, s), g.date().map(Object::toString).orElse("?"), s.date().map(Object::toString).orElse("?")));
        out.add(new Check("date_precision", g.precision() == s.datePrecision(), g.precision().code(), s.datePrecision().code()));
        if (!g.location().admin1().isEmpty()) {
            out.add(new Check("admin1", g.location().admin1Set().contains(sAdmin1), String.join("|", g.location().admin1Set()), sAdmin1));
        }
        if (!g.location().admin2().isEmpty()) {
            out.add(new Check("admin2", sAdmin2.equals(g.location().admin2()), g.location().admin2(), sAdmin2));
        }
        Casualties c = s.casualties();
        out.add(new Check("killed", same(g.killed(), c.killed()), count(g.killed()), count(c.killed())));
        out.add(new Check("wounded", same(g.wounded(), c.wounded()), count(g.wounded()), count(c.wounded())));
        out.add(new Check("civilians_killed", same(g.civiliansKilled(), c.civiliansKilled()), count(g.civiliansKilled()), count(c.civiliansKilled())));
        out.add(new Check("actor1", new HashSet<>(g.actor1()).equals(new HashSet<>(s.actor1())), g.actor1().toString(), s.actor1().toString()));
        out.add(new Check("actor2", new HashSet<>(g.actor2()).equals(new HashSet<>(s.actor2())), g.actor2().toString(), s.actor2().toString()));
        return out;
    }

    private static String count(OptionalInt v) { return v.isPresent() ? Integer.toString(v.getAsInt()) : "-"; }

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
        for (Pair p : matching.pairs()) {
            List<String> wrong = checks(p.gold(), p.system()).stream().filter(c -> !c.right())
                    .map(c -> c.field() + " " + c.gold() + " ≠ " + c.system()).toList();
            if (!wrong.isEmpty()) b.append("wrong    ").append(p.gold().id()).append(" ~ ").append(p.system().id()).append(": ")
                    .append(String.join("; ", wrong)).append('\n');
        }
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
        for (Pair p : matching.pairs()) {
            ObjectNode x = pairs.addObject().put("gold", p.gold().id()).put("system", p.system().id());
            ObjectNode wrong = x.putObject("wrong");
            for (Check c : checks(p.gold(), p.system())) {
                if (!c.right()) wrong.putObject(c.field()).put("gold", c.gold()).put("system", c.system());
            }
        }
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
