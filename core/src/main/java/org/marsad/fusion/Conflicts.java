package org.marsad.fusion;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.marsad.common.DatePrecision;
import org.marsad.events.Event;

/**
 * Fields on which a group's sources disagree, each value with the documents that gave it. Absent
 * values are not disagreement ("no figure" is not a different figure). A source that gives only a
 * combined killed-and-wounded figure disagrees on {@code killed} when that figure is not explained by
 * the fused killed + wounded; its value is shown as "N (killed_or_wounded)" so it is never read as N killed.
 */
final class Conflicts {
    private Conflicts() {}

    static List<Conflict> of(List<Event> g, Event fused) {
        List<Conflict> out = new ArrayList<>();
        Map<String, LinkedHashSet<String>> killed = values(g, e -> opt(e.casualties().killed()));
        OptionalInt k = fused.casualties().killed();
        OptionalInt w = fused.casualties().wounded();
        for (Event e : g) {
            if (e.casualties().killed().isPresent() || e.casualties().killedOrWounded().isEmpty()) continue;
            int kw = e.casualties().killedOrWounded().getAsInt();
            boolean explained = k.isPresent() && w.isPresent() && k.getAsInt() + w.getAsInt() == kw;
            if (k.isPresent() && !explained) {
                killed.computeIfAbsent(kw + " (killed_or_wounded)", x -> new LinkedHashSet<>()).addAll(docs(e));
            }
        }
        add(out, "killed", killed);
        add(out, "wounded", values(g, e -> opt(e.casualties().wounded())));
        add(out, "civilians_killed", values(g, e -> opt(e.casualties().civiliansKilled())));
        add(out, "killed_or_wounded", values(g, e -> opt(e.casualties().killedOrWounded())));
        add(out, "date", values(g, e -> e.datePrecision() == DatePrecision.UNKNOWN ? Optional.empty()
                : e.date().map(d -> e.datePrecision() == DatePrecision.DAY ? d.toString()
                : d + " (" + e.datePrecision().code() + ")"))
                .entrySet().stream().collect(LinkedHashMap::new, (m, x) -> m.put(x.getKey(), x.getValue()), Map::putAll));
        add(out, "admin1", values(g, e -> e.location().map(p -> p.admin1Pcode()).filter(s -> !s.isBlank())));
        add(out, "type", values(g, e -> Optional.of(e.type().code())));
        return out;
    }

    private static Optional<String> opt(OptionalInt v) {
        return v.isPresent() ? Optional.of(String.valueOf(v.getAsInt())) : Optional.empty();
    }

    private static List<String> docs(Event e) {
        return e.documents().isEmpty() ? List.of(Fusion.doc(e)) : e.documents();
    }

    private static Map<String, LinkedHashSet<String>> values(List<Event> g, Function<Event, Optional<String>> field) {
        Map<String, LinkedHashSet<String>> m = new LinkedHashMap<>();
        for (Event e : g) field.apply(e).ifPresent(v -> m.computeIfAbsent(v, x -> new LinkedHashSet<>()).addAll(docs(e)));
        return m;
    }

    private static void add(List<Conflict> out, String field, Map<String, LinkedHashSet<String>> values) {
        if (values.size() < 2) return;
        List<Conflict.Value> vs = new ArrayList<>();
        values.forEach((v, d) -> vs.add(new Conflict.Value(v, List.copyOf(d))));
        out.add(new Conflict(field, vs));
    }
}
