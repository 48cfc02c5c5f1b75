package org.marsad.alerts;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.marsad.common.DatePrecision;
import org.marsad.events.Event;
import org.marsad.export.AdminNames;
import org.marsad.fusion.CanonicalEvent;

/**
 * "Security gap" surge detection: per COD-AB district (admin2) and ISO week, compares the week's
 * violent events and fatalities with the district's own baseline of the preceding weeks.
 *
 * <p>Model: weekly counts are Poisson with a rate drawn from a Gamma prior (so the marginal is
 * negative binomial). The posterior mean rate after {@code baselineWeeks} weeks with total n events
 * is (n + a) / (w + b); with the weak prior a = 0.5 events per b = 4 weeks a quiet district does not
 * alert on a single event, while a district that averaged one event a month does on a week of five.
 * A week alerts when its count reaches {@code minEvents} and the negative-binomial upper tail
 * P(X >= count) falls below {@code alpha}; fatalities alert likewise on their own baseline. A week
 * with at least {@code minNewEvents} attacks in a district whose baseline window held none is
 * NEW_ACTIVITY — the pattern of attacks moving into an unguarded gap between forces.
 *
 * <p>Only events with day or week precision count (a month-precision event cannot be placed in a
 * week), only violent types (EventType.violent()), only events with an admin2 pcode.
 */
public final class SurgeDetector {
    public record Config(int baselineWeeks, int minEvents, int minNewEvents, double alpha, double priorEvents,
                         double priorWeeks) {
        public Config {
            if (baselineWeeks < 2) throw new IllegalArgumentException("baselineWeeks must be >= 2");
            if (minEvents < 1 || minNewEvents < 1) throw new IllegalArgumentException("minimum counts must be >= 1");
            if (!(alpha > 0 && alpha < 1)) throw new IllegalArgumentException("alpha must be in (0,1)");
            if (priorEvents <= 0 || priorWeeks <= 0) throw new IllegalArgumentException("prior must be positive");
        }
    }

    public static final Config DEFAULT = new Config(12, 3, 2, 0.01, 0.5, 4.0);

    private SurgeDetector() {}

    /** Alerts for every district-week in the events' span, newest first. */
    public static List<Alert> detect(List<CanonicalEvent> events, Config cfg) {
        Map<String, TreeMap<LocalDate, List<Event>>> byDistrict = new TreeMap<>();
        Map<String, String> names = new TreeMap<>();
        for (CanonicalEvent ce : events) {
            Event e = ce.event();
            if (!e.type().violent() || e.date().isEmpty()) continue;
            if (e.datePrecision() != DatePrecision.DAY && e.datePrecision() != DatePrecision.WEEK) continue;
            if (e.location().isEmpty() || e.location().get().admin2Pcode().isBlank()) continue;
            String d = e.location().get().admin2Pcode();
            names.putIfAbsent(d, e.location().get().admin1Pcode());
            byDistrict.computeIfAbsent(d, k -> new TreeMap<>())
                    .computeIfAbsent(weekStart(e.date().get()), k -> new ArrayList<>()).add(e);
        }
        List<Alert> alerts = new ArrayList<>();
        for (var entry : byDistrict.entrySet()) {
            String district = entry.getKey();
            TreeMap<LocalDate, List<Event>> weeks = entry.getValue();
            for (var week : weeks.entrySet()) {
                LocalDate ws = week.getKey();
                LocalDate from = ws.minusWeeks(cfg.baselineWeeks());
                int baseEvents = 0;
                int baseDeaths = 0;
                for (List<Event> prior : weeks.subMap(from, true, ws, false).values()) {
                    baseEvents += prior.size();
                    baseDeaths += prior.stream().mapToInt(SurgeDetector::fatalities).sum();
                }
                List<Event> now = week.getValue();
                int count = now.size();
                int deaths = now.stream().mapToInt(SurgeDetector::fatalities).sum();
                double shape = baseEvents + cfg.priorEvents();
                double rate = cfg.baselineWeeks() + cfg.priorWeeks();
                double pEvents = negBinomialUpperTail(count, shape, rate);
                double deathShape = baseDeaths + cfg.priorEvents();
                double pDeaths = negBinomialUpperTail(deaths, deathShape, rate);
                List<String> ids = now.stream().map(Event::id).sorted().toList();
                String admin1 = names.get(district);
                if (baseEvents == 0 && count >= cfg.minNewEvents()) {
                    alerts.add(new Alert(alertId(district, ws, Alert.Kind.NEW_ACTIVITY), Alert.Kind.NEW_ACTIVITY,
                            admin1, district, districtName(district, now), ws, count, deaths, shape / rate,
                            deathShape / rate, pEvents, -Math.log10(Math.max(pEvents, 1e-300)), ids));
                } else if ((count >= cfg.minEvents() && pEvents < cfg.alpha())
                        || (count >= 1 && deaths >= cfg.minEvents() && pDeaths < cfg.alpha() && baseEvents > 0)) {
                    double p = Math.min(pEvents, pDeaths);
                    alerts.add(new Alert(alertId(district, ws, Alert.Kind.SURGE), Alert.Kind.SURGE, admin1, district,
                            districtName(district, now), ws, count, deaths, shape / rate, deathShape / rate, p,
                            -Math.log10(Math.max(p, 1e-300)), ids));
                }
            }
        }
        alerts.sort(Comparator.comparing(Alert::weekStart).reversed().thenComparing(Comparator.comparingDouble(Alert::score).reversed()));
        return List.copyOf(alerts);
    }

    static LocalDate weekStart(LocalDate d) {
        return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    static int fatalities(Event e) {
        return e.casualties().killed().orElse(0);
    }

    /** The COD-AB district name: the events' place may be a village inside it (Omarbli lies in Kifri district). */
    private static String districtName(String admin2, List<Event> evs) {
        String cod = AdminNames.shipped().english(admin2);
        if (!cod.isBlank()) return cod;
        return evs.stream().map(e -> e.location().get().nameEn()).filter(s -> !s.isBlank()).findFirst().orElse("");
    }

    private static String alertId(String district, LocalDate week, Alert.Kind kind) {
        return district + "-" + week + "-" + kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * P(X >= k) for X ~ NegBin with Gamma(shape, rate) mixed Poisson: p = rate / (rate + 1).
     * Summed as 1 - P(X <= k-1) with the pmf built by recurrence (k is small: weekly counts).
     */
    static double negBinomialUpperTail(int k, double shape, double rate) {
        if (k <= 0) return 1.0;
        double p = rate / (rate + 1.0);
        double pmf = Math.pow(p, shape); // P(X = 0)
        double cdf = pmf;
        for (int x = 1; x < k; x++) {
            pmf *= (x - 1 + shape) / x * (1 - p);
            cdf += pmf;
        }
        return Math.max(0.0, 1.0 - cdf);
    }
}
