package org.marsad.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.marsad.common.DatePrecision;
import org.marsad.eval.GoldFile.GoldEvent;
import org.marsad.events.Event;
import org.marsad.geo.Place;

/**
 * Event-level matching of system events to gold events (written down in docs/events.md). A pair is
 * compatible when they share a document, the type family matches, the date fits (gold day: the
 * system day within one day of it or of a gold alternate day — a system week within seven days, a
 * system month the same month; gold month: the same month; gold unknown: any) and the place fits
 * (the system governorate is the gold admin1 or one of its alternatives; a gold location without
 * admin1 matches by name, or within 30 km when both have coordinates). Compatible pairs are matched
 * one-to-one, greedily by score (shared documents, exact date, same district, same type), core gold
 * events before optional ones.
 */
public final class EventMatcher {
    private EventMatcher() {}

    public record Pair(GoldEvent gold, Event system, double score) {}

    public record Matching(List<Pair> pairs, List<Pair> optionalPairs, List<GoldEvent> missed, List<Event> spurious) {
        public Matching {
            pairs = List.copyOf(pairs);
            optionalPairs = List.copyOf(optionalPairs);
            missed = List.copyOf(missed);
            spurious = List.copyOf(spurious);
        }
    }

    public static Matching match(List<GoldEvent> gold, List<Event> system) {
        List<Pair> candidates = new ArrayList<>();
        for (GoldEvent g : gold) {
            for (Event s : system) {
                if (compatible(g, s)) candidates.add(new Pair(g, s, score(g, s)));
            }
        }
        candidates.sort(Comparator.comparing((Pair p) -> p.gold().optional())
                .thenComparing(Comparator.comparingDouble(Pair::score).reversed())
                .thenComparing(p -> p.gold().id()).thenComparing(p -> p.system().id()));
        Set<String> usedGold = new HashSet<>(), usedSystem = new HashSet<>();
        List<Pair> pairs = new ArrayList<>(), optional = new ArrayList<>();
        for (Pair p : candidates) {
            if (usedGold.contains(p.gold().id()) || usedSystem.contains(p.system().id())) continue;
            usedGold.add(p.gold().id());
            usedSystem.add(p.system().id());
            (p.gold().optional() ? optional : pairs).add(p);
        }
        List<GoldEvent> missed = gold.stream().filter(g -> !g.optional() && !usedGold.contains(g.id())).toList();
        List<Event> spurious = system.stream().filter(s -> !usedSystem.contains(s.id())).toList();
        return new Matching(pairs, optional, missed, spurious);
    }

    public static boolean compatible(GoldEvent g, Event s) {
        if (s.documents().stream().noneMatch(g.documents()::contains)) return false;
        if (!g.type().family().equals(s.type().family())) return false;
        return dateFits(g, s) && placeFits(g, s);
    }

    static boolean dateFits(GoldEvent g, Event s) {
        if (g.precision() == DatePrecision.UNKNOWN || g.date().isEmpty()) return true;
        if (s.date().isEmpty()) return false;
        LocalDate sd = s.date().get();
        if (g.precision() == DatePrecision.DAY) {
            List<LocalDate> days = new ArrayList<>(g.dateAlt());
            days.add(g.date().get());
            return days.stream().anyMatch(d -> switch (s.datePrecision()) {
                case DAY -> Math.abs(d.toEpochDay() - sd.toEpochDay()) <= 1
                        || s.dateAlt().map(a -> Math.abs(d.toEpochDay() - a.toEpochDay()) <= 1).orElse(false);
                case WEEK -> Math.abs(d.toEpochDay() - sd.toEpochDay()) <= 7;
                case MONTH -> sameMonth(d, sd);
                case YEAR -> d.getYear() == sd.getYear();
                case UNKNOWN -> false;
            });
        }
        if (g.precision() == DatePrecision.WEEK) return Math.abs(g.date().get().toEpochDay() - sd.toEpochDay()) <= 7;
        if (g.precision() == DatePrecision.YEAR) return g.date().get().getYear() == sd.getYear();
        return sameMonth(g.date().get(), sd);
    }

    static boolean placeFits(GoldEvent g, Event s) {
        GoldFile.Location l = g.location();
        Optional<Place> p = s.location();
        if (!l.country().isEmpty() && !l.country().equalsIgnoreCase("Iraq")) {
            return p.isPresent() && p.get().country().equalsIgnoreCase(l.country());
        }
        List<String> admin1 = l.admin1Set();
        if (!admin1.isEmpty()) {
            if (p.isEmpty()) return false;
            return admin1.contains(p.get().admin1Pcode()) || p.get().altAdmin1Pcodes().stream().anyMatch(admin1::contains);
        }
        if (l.nameAr().isEmpty() && l.lat().isEmpty()) return true; // gold gives no place at all
        if (nameMatches(l.nameAr(), s.locationName()) || p.map(x -> nameMatches(l.nameAr(), x.nameAr())).orElse(false)) return true;
        if (l.lat().isPresent() && l.lon().isPresent() && p.isPresent() && (p.get().lat() != 0 || p.get().lon() != 0)) {
            return km(l.lat().getAsDouble(), l.lon().getAsDouble(), p.get().lat(), p.get().lon()) <= 30;
        }
        return false;
    }

    /** Folded names equal, or one contains the other ("خضرجيجة / مخمور" and "مخمور"). */
    static boolean nameMatches(String gold, String system) {
        if (gold.isBlank() || system.isBlank()) return false;
        String g = fold(gold), s = fold(system);
        for (String part : g.split("/")) {
            String x = part.strip();
            if (!x.isEmpty() && (x.equals(s) || x.contains(s) && s.length() >= 3 || s.contains(x))) return true;
        }
        return false;
    }

    static String fold(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c >= '\u064B' && c <= '\u065F' || c == '\u0640') continue;
            b.append(switch (c) { case 'أ', 'إ', 'آ' -> 'ا'; case 'ة' -> 'ه'; case 'ى' -> 'ي'; default -> c; });
        }
        String out = b.toString().strip().toLowerCase(Locale.ROOT);
        return out.startsWith("ال") && out.length() > 4 ? out.substring(2) : out;
    }

    static double km(double lat1, double lon1, double lat2, double lon2) {
        double r = 6371, dLat = Math.toRadians(lat2 - lat1), dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * r * Math.asin(Math.sqrt(a));
    }

    private static boolean sameMonth(LocalDate a, LocalDate b) {
        return a.getYear() == b.getYear() && a.getMonth() == b.getMonth();
    }

    private static double score(GoldEvent g, Event s) {
        double sc = 10;
        sc += 2.0 * s.documents().stream().filter(g.documents()::contains).count();
        if (g.date().isPresent() && s.date().isPresent() && g.date().get().equals(s.date().get())) sc += 2;
        if (g.precision() == s.datePrecision()) sc += 1;
        if (!g.location().admin2().isEmpty() && s.location().map(p -> p.admin2Pcode().equals(g.location().admin2())).orElse(false)) sc += 1;
        if (nameMatches(g.location().nameAr(), s.locationName())) sc += 1;
        if (g.type() == s.type()) sc += 1;
        return sc;
    }
}
