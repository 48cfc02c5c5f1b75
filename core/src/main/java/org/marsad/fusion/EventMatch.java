package org.marsad.fusion;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.marsad.common.DatePrecision;
import org.marsad.events.Event;
import org.marsad.events.EventType;
import org.marsad.geo.Place;

/**
 * Whether two events (from different articles) can describe the same incident, and how strongly.
 * Rules, all required: same type family (or fighting vs remote violence at one named site);
 * compatible dates; same, nested or neighbouring place; compatible actors.
 * Missing information never proves a match on its own: an event without a date or a place joins
 * another only when the remaining evidence is strong (see {@link #score}).
 */
final class EventMatch {
    /** Actors that say nothing about which side acted ("unknown gunmen"), so they never veto a match. */
    private static final Set<String> WILDCARD_ACTORS = Set.of("Unidentified Armed Group");
    /** Actors too common to count as evidence of the same incident on their own. */
    private static final Set<String> WEAK_ACTORS = Set.of("Unidentified Armed Group", "Civilians");
    /** A background recall may come this long after the incident; news of it within a week. */
    static final int RECALL_DAYS = 120;
    static final int NEWS_DAYS = 7;

    /** FOLLOW_UP: a revised-toll report dated up to {@link #NEWS_DAYS} after the other day (see {@link #followUp}). */
    enum DateFit { EXACT, NEAR, FOLLOW_UP, CONTAINS, UNKNOWN, INCOMPATIBLE }

    /** Follow-up cue phrases as folded word lists (follow-up-cues.tsv). */
    private static final List<List<String>> FOLLOW_UP_CUES = FusionData.rows("follow-up-cues.tsv", 1).stream()
            .map(r -> Terms.words(r[0])).filter(w -> !w.isEmpty()).toList();

    /**
     * SAME place; NESTED (one inside the other); ALT (a disputed district under either governorate);
     * SIBLING (two sub-districts of one district within {@link #SIBLING_KM}); SEAT (a governorate seat
     * that shares the governorate's name, against another place of that governorate); NONE (no place on
     * one side).
     */
    enum PlaceFit { SAME, NESTED, ALT, SIBLING, SEAT, NONE, INCOMPATIBLE }

    /** Two sub-districts' places this close may be one incident's two reference points ("between Sinuni and Burk"). */
    static final double SIBLING_KM = 30;
    private static final Set<String> SETTLEMENTS = Set.of("governorate", "district", "subdistrict", "city", "town",
            "village", "region", "country", "capital", "neighbourhood", "neighborhood", "area");
    /** Seat city gazetteer id -> its governorate's pcode (seat-cities.tsv). */
    private static final Map<String, String> SEATS = FusionData.rows("seat-cities.tsv", 2).stream()
            .collect(Collectors.toUnmodifiableMap(r -> r[0], r -> r[1]));
    /** Actor -> the groups of names outlets use for one another that it belongs to (actor-groups.tsv). */
    private static final Map<String, Set<String>> GROUPS = FusionData.rows("actor-groups.tsv", 2).stream()
            .collect(Collectors.groupingBy(r -> r[1], Collectors.mapping(r -> r[0], Collectors.toUnmodifiableSet())));

    private EventMatch() {}

    /** A score > 0 when a and b may be one incident, else a negative value. */
    static double score(Event a, Event b, FusionContext ctx) {
        boolean sameFamily = sameFamily(a.type(), b.type());
        if (!sameFamily && !combatAndRemote(a.type(), b.type())) return -1;
        DateFit date = dateFit(a, b);
        if (date == DateFit.INCOMPATIBLE) return -1;
        PlaceFit place = placeFit(a, b);
        if (place == PlaceFit.INCOMPATIBLE) return -1;
        boolean nearDay = date == DateFit.EXACT || date == DateFit.NEAR || date == DateFit.FOLLOW_UP;
        boolean oneSite = place == PlaceFit.SAME && nearDay && isSite(a) && isSite(b);
        // "هجوم بطائرة مسيرة": one outlet's attack is another's drone strike; only at one named site, on the same day
        if (!sameFamily && !oneSite) return -1;
        boolean sameType = a.type() == b.type();
        // two articles the story clusterer put together (similar text, close days) giving the same type of
        // violent event on the same day: with a place that fits, two outlets' reports of one incident
        boolean storyBacked = sameType && nearDay && !a.type().family().equals("demonstration") && sameStory(a, b, ctx);
        int overlap = actorOverlap(a, b);
        // one report naming only the attacker, the other only the target: one incident only at one named
        // facility on one day, or in one place of one story
        boolean halves = complementary(a, b) || complementary(b, a);
        // reports that name different but not contradicting sides ("Turkish forces" struck; a strike hit "IS
        // members"): one incident when the type, the day and the place are the same, as ACLED codes one event
        // per actor, place and day
        // (inside Iraq, at district level or finer: a country or a foreign city is too coarse for this)
        boolean samePreciseSpot = place == PlaceFit.SAME && inIraqDistrict(a) && inIraqDistrict(b);
        boolean sameDayAndPlace = sameType && date == DateFit.EXACT && samePreciseSpot;
        if (overlap == NOTHING_SHARED && sameDayAndPlace) overlap = 0;
        // names of one group for a side ("القوات الأمنية" / "الجيش") are compatible only there, too
        // (or a recall by its month at the very spot: "ففي نيسان الماضي قُتل جندي … في اشتباك داخل بلدة سنوني")
        boolean recalledMonth = date == DateFit.CONTAINS && sameType && (a.background() || b.background());
        if (overlap == GROUP_ONLY) overlap = samePreciseSpot && (nearDay || recalledMonth) ? 0 : -1;
        // a later article recalling the incident by its day and place ("بالهجوم الذي استهدف نقطة للحشد في الحضر في الثامن
        // من آذار") names only the target the news report left out: one incident when the day is the same
        boolean recalledHalf = halves && date == DateFit.EXACT && (place == PlaceFit.SAME || place == PlaceFit.NESTED)
                && a.background() != b.background();
        if (overlap < 0 && !(halves && (oneSite || recalledHalf || (storyBacked && (place == PlaceFit.SAME || place == PlaceFit.NESTED))))) return -1;
        overlap = Math.max(overlap, 0);
        boolean sameKilled = a.casualties().killed().isPresent() && b.casualties().killed().isPresent()
                && a.casualties().killed().getAsInt() == b.casualties().killed().getAsInt();
        boolean strongOther = overlap > 0 || sameKilled;
        if (place == PlaceFit.SIBLING || place == PlaceFit.SEAT) {
            // a neighbouring sub-district, or a seat city that may stand for its governorate: the same day and
            // one story or the same non-zero toll. A shared side is not enough: in a war zone the usual
            // belligerents (the coalition, the army, IS) appear in every report of every town
            boolean sameToll = sameKilled && a.casualties().killed().getAsInt() > 0;
            if (!nearDay || !(sameToll || storyBacked)) return -1;
        }
        boolean placed = place != PlaceFit.NONE;
        switch (date) {
            case UNKNOWN -> {
                // an undated report joins only a precisely placed match with corroboration, inside the window
                if (!(place == PlaceFit.SAME || place == PlaceFit.NESTED) || !strongOther || !deepEnough(a, b)) return -1;
                if (!withinWindow(a, b, ctx)) return -1;
            }
            case CONTAINS -> {
                if (!placed || !(strongOther || recalledMonth && samePreciseSpot)) return -1;
                // a report dated only by its publication week is weak: it joins an incident at the very same place
                // (or inside one district: "قضاء رانية" and the town of Rania), never across a governorate
                if ((widened(a) || widened(b)) && !(place == PlaceFit.SAME || place == PlaceFit.NESTED && districtBoth(a, b))) return -1;
            }
            case FOLLOW_UP -> {
                // the revised toll names the incident's place and a side, or both articles tell one story
                if (!placed || !(strongOther || storyBacked)) return -1;
            }
            default -> {
                // no place on one side (or an unresolved village name): a named side or the toll must agree
                // (one story is not enough: a war's story thread holds many such reports a day)
                if (!placed && !strongOther) return -1;
            }
        }
        double s = switch (date) { case EXACT -> 2; case NEAR, CONTAINS -> 1; case FOLLOW_UP -> 0.75; default -> 0.25; };
        s += switch (place) { case SAME -> 2; case NESTED -> 1.5; case ALT -> 1; case SIBLING, SEAT -> 0.75; default -> 0; };
        s += Math.min(overlap, 2) * 0.5;
        if (sameKilled) s += 1;
        if (sameType) s += 0.25;
        return s;
    }

    private static boolean sameStory(Event a, Event b, FusionContext ctx) {
        Optional<String> sa = ctx.story(Fusion.doc(a));
        return sa.isPresent() && sa.equals(ctx.story(Fusion.doc(b)));
    }

    /** Fighting and remote violence: families an outlet's wording may swap for one drone or rocket attack. */
    private static boolean combatAndRemote(EventType a, EventType b) {
        Set<String> f = Set.of(a.family(), b.family());
        return f.equals(Set.of("combat", "remote"));
    }

    /** A named facility (base, airport, checkpoint, oil field …), not a settlement or an administrative area. */
    private static boolean isSite(Event e) {
        return e.location().map(p -> p.geoPrecision() == 1 && !SETTLEMENTS.contains(p.featureType())).orElse(false);
    }

    static boolean sameFamily(EventType a, EventType b) {
        if (!a.family().equals(b.family())) return false;
        // a meeting is never the same incident as an arrest or a sweep, though ACLED files both as developments
        boolean ma = a == EventType.AGREEMENT_OR_MEETING;
        boolean mb = b == EventType.AGREEMENT_OR_MEETING;
        return ma == mb;
    }

    static DateFit dateFit(Event a, Event b) {
        if (a.date().isEmpty() || b.date().isEmpty()
                || a.datePrecision() == DatePrecision.UNKNOWN || b.datePrecision() == DatePrecision.UNKNOWN) {
            return DateFit.UNKNOWN;
        }
        DatePrecision pa = a.datePrecision();
        DatePrecision pb = b.datePrecision();
        if (pa == DatePrecision.DAY && pb == DatePrecision.DAY) {
            long d = minDayDistance(a, b);
            if (d <= 1) return d == 0 ? DateFit.EXACT : DateFit.NEAR;
            Event later = a.date().get().isAfter(b.date().get()) ? a : b;
            return d <= NEWS_DAYS && followUp(later) ? DateFit.FOLLOW_UP : DateFit.INCOMPATIBLE;
        }
        LocalDate[] ra = range(a);
        LocalDate[] rb = range(b);
        boolean overlaps = !ra[1].isBefore(rb[0]) && !rb[1].isBefore(ra[0]);
        return overlaps ? DateFit.CONTAINS : DateFit.INCOMPATIBLE;
    }

    private static boolean districtBoth(Event a, Event b) {
        return a.location().map(p -> chain(p).size() >= 2).orElse(false) && b.location().map(p -> chain(p).size() >= 2).orElse(false);
    }

    private static boolean widened(Event e) {
        return e.datePrecision() == DatePrecision.WEEK && e.dateDerivation().startsWith("publication-widened");
    }

    /** The event's evidence holds follow-up wording: a revised toll or a death from wounds. */
    static boolean followUp(Event e) {
        for (var ev : e.evidence()) if (FOLLOW_UP_TEXTS.computeIfAbsent(ev.text(), EventMatch::hasFollowUpCue)) return true;
        return false;
    }

    private static boolean hasFollowUpCue(String text) {
        List<String> w = Terms.words(text);
        for (List<String> cue : FOLLOW_UP_CUES) if (java.util.Collections.indexOfSubList(w, cue) >= 0) return true;
        return false;
    }

    /** Evidence text -> has a follow-up cue; pairs are compared many times, the analysis is not cheap. */
    private static final Map<String, Boolean> FOLLOW_UP_TEXTS = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) { return size() > 20_000; }
            });

    private static long minDayDistance(Event a, Event b) {
        long best = Long.MAX_VALUE;
        for (LocalDate x : days(a)) for (LocalDate y : days(b)) best = Math.min(best, Math.abs(ChronoUnit.DAYS.between(x, y)));
        return best;
    }

    private static List<LocalDate> days(Event e) {
        return e.dateAlt().isPresent() ? List.of(e.date().orElseThrow(), e.dateAlt().get()) : List.of(e.date().orElseThrow());
    }

    /** First and last day a date of some precision may stand for. */
    static LocalDate[] range(Event e) {
        LocalDate d = e.date().orElseThrow();
        return switch (e.datePrecision()) {
            case DAY -> new LocalDate[] {d, e.dateAlt().filter(x -> x.isAfter(d)).orElse(d)};
            // an undated report stands for the days up to its publication, not the week after it
            case WEEK -> widened(e) ? new LocalDate[] {d.minusDays(6), d}
                    : new LocalDate[] {d, d.plusDays(6)};
            case MONTH -> new LocalDate[] {d.withDayOfMonth(1), d.withDayOfMonth(d.lengthOfMonth())};
            case YEAR -> new LocalDate[] {d.withDayOfYear(1), d.withDayOfYear(d.lengthOfYear())};
            case UNKNOWN -> throw new IllegalStateException("no range for an unknown date");
        };
    }

    static PlaceFit placeFit(Event a, Event b) {
        Optional<Place> pa = a.location();
        Optional<Place> pb = b.location();
        if (pa.isEmpty() || pb.isEmpty()) {
            String na = Terms.nameKey(a.locationName());
            String nb = Terms.nameKey(b.locationName());
            if (!a.locationName().isBlank() && na.equals(nb)) return PlaceFit.SAME;
            if (pa.isEmpty() && pb.isEmpty() && !a.locationName().isBlank() && !b.locationName().isBlank()) {
                return PlaceFit.INCOMPATIBLE; // two different unresolved names
            }
            return PlaceFit.NONE;
        }
        Place x = pa.get();
        Place y = pb.get();
        if (!x.gazetteerId().isBlank() && x.gazetteerId().equals(y.gazetteerId())) return PlaceFit.SAME;
        if (!x.country().isBlank() && !y.country().isBlank() && !x.country().equals(y.country())) return PlaceFit.INCOMPATIBLE;
        List<String> cx = chain(x);
        List<String> cy = chain(y);
        if (cx.isEmpty() || cy.isEmpty()) {
            if (cx.isEmpty() && cy.isEmpty()) {
                return Terms.nameKey(x.nameAr()).equals(Terms.nameKey(y.nameAr())) ? PlaceFit.SAME : PlaceFit.INCOMPATIBLE;
            }
            return PlaceFit.NONE;
        }
        if (!cx.get(0).equals(cy.get(0))) {
            boolean alt = x.altAdmin1Pcodes().contains(cy.get(0)) || y.altAdmin1Pcodes().contains(cx.get(0));
            if (!alt) return PlaceFit.INCOMPATIBLE;
            // a disputed district may be filed under either governorate; its own district code must still agree
            if (cx.size() > 1 && cy.size() > 1 && !cx.get(1).equals(cy.get(1))) return PlaceFit.INCOMPATIBLE;
            return PlaceFit.ALT;
        }
        int shared = Math.min(cx.size(), cy.size());
        for (int i = 1; i < shared; i++) {
            if (cx.get(i).equals(cy.get(i))) continue;
            if (isSeatOf(x, cx.get(0)) || isSeatOf(y, cy.get(0))) return PlaceFit.SEAT;
            if (i == 2 && kilometres(x, y) <= SIBLING_KM) return PlaceFit.SIBLING;
            return PlaceFit.INCOMPATIBLE;
        }
        if (cx.size() == cy.size() && Terms.nameKey(x.nameAr()).equals(Terms.nameKey(y.nameAr()))) return PlaceFit.SAME;
        return PlaceFit.NESTED;
    }

    /** admin1, admin2, admin3 pcodes down to the first missing one. */
    static List<String> chain(Place p) {
        if (p.admin1Pcode().isBlank()) return List.of();
        if (p.admin2Pcode().isBlank()) return List.of(p.admin1Pcode());
        if (p.admin3Pcode().isBlank()) return List.of(p.admin1Pcode(), p.admin2Pcode());
        return List.of(p.admin1Pcode(), p.admin2Pcode(), p.admin3Pcode());
    }

    /** An undated match needs district-level agreement, not just the same governorate. */
    private static boolean deepEnough(Event a, Event b) {
        if (a.location().isEmpty() || b.location().isEmpty()) return true; // matched by the written name
        Place x = a.location().get();
        Place y = b.location().get();
        if (!x.gazetteerId().isBlank() && x.gazetteerId().equals(y.gazetteerId())) return true;
        return chain(x).size() >= 2 && chain(y).size() >= 2;
    }

    /**
     * An undated event may be a recall of a dated one only if its article appeared after that date:
     * within {@link #RECALL_DAYS} for a background mention, {@link #NEWS_DAYS} for reported news.
     */
    private static boolean withinWindow(Event a, Event b, FusionContext ctx) {
        Event undated = a.date().isEmpty() || a.datePrecision() == DatePrecision.UNKNOWN ? a : b;
        Event dated = undated == a ? b : a;
        if (dated.date().isEmpty() || dated.datePrecision() == DatePrecision.UNKNOWN) return true;
        Optional<LocalDate> pub = undated.documents().stream().map(ctx::published).flatMap(Optional::stream).findFirst();
        if (pub.isEmpty()) return true;
        LocalDate start = range(dated)[0];
        long gap = ChronoUnit.DAYS.between(start, pub.get());
        return gap >= -1 && gap <= (undated.background() ? RECALL_DAYS : NEWS_DAYS);
    }

    /**
     * Shared actors (excluding weak ones); -1 when the two reports contradict each other:
     * <ul>
     * <li>both name actors and none is the same (a report naming only the attacker and one naming only
     *     the target are not told apart from two different incidents, so they stay apart);</li>
     * <li>or, side by side, actor1 or actor2 is named on both sides (weak actors left out) with no
     *     compatible pair (the same, or two of one group of actor-groups.tsv: "the security forces" and
     *     "the police"), and reading one report's sides the other way round (a clash may be told from
     *     either side) does not remove the contradiction: the same attacker on two different targets is
     *     two incidents.</li>
     * </ul>
     */
    /** {@link #actorOverlap}: no contradiction, but no side named alike either. */
    static final int NOTHING_SHARED = -2;
    /** {@link #actorOverlap}: no name in common, but a side named in both with names of one group. */
    static final int GROUP_ONLY = -3;

    private static boolean inIraqDistrict(Event e) {
        return e.location().map(p -> p.inIraq() && !p.admin2Pcode().isEmpty()).orElse(false);
    }

    static int actorOverlap(Event a, Event b) {
        Set<String> sa = actors(a);
        Set<String> sb = actors(b);
        sa.removeAll(WILDCARD_ACTORS);
        sb.removeAll(WILDCARD_ACTORS);
        if (sa.isEmpty() || sb.isEmpty()) return 0;
        Set<String> common = new HashSet<>(sa);
        common.retainAll(sb);
        boolean straight = !roleConflict(a.actor1(), b.actor1()) && !roleConflict(a.actor2(), b.actor2());
        boolean swapped = !roleConflict(a.actor1(), b.actor2()) && !roleConflict(a.actor2(), b.actor1());
        if (!straight && !swapped) return -1;
        // no name in common: still one incident's two wordings when a side is named in both reports with
        // names of one group ("القوات الأمنية" / "الجيش") and nothing contradicts; compatibility, not evidence
        boolean groupStraight = straight && (compatiblePair(a.actor1(), b.actor1()) || compatiblePair(a.actor2(), b.actor2()));
        boolean groupSwapped = swapped && (compatiblePair(a.actor1(), b.actor2()) || compatiblePair(a.actor2(), b.actor1()));
        if (common.isEmpty()) return groupStraight || groupSwapped ? GROUP_ONLY : NOTHING_SHARED;
        common.removeAll(WEAK_ACTORS);
        return common.size();
    }

    /** a names only the attacker and b only the target (unidentified gunmen and civilians left out). */
    private static boolean complementary(Event a, Event b) {
        return named(a.actor1()) && !named(a.actor2()) && !named(b.actor1()) && named(b.actor2());
    }

    private static boolean named(List<String> actors) {
        return actors.stream().anyMatch(x -> !WEAK_ACTORS.contains(x));
    }

    /** Both name this side (leaving out weak actors) and no pair is compatible. */
    private static boolean roleConflict(List<String> x, List<String> y) {
        return named(x) && named(y) && !compatiblePair(x, y);
    }

    /** Some actor named on one side is compatible with one named on the other (weak actors left out). */
    private static boolean compatiblePair(List<String> x, List<String> y) {
        for (String p : x) for (String q : y) {
            if (!WEAK_ACTORS.contains(p) && !WEAK_ACTORS.contains(q) && compatibleActors(p, q)) return true;
        }
        return false;
    }

    static boolean compatibleActors(String p, String q) {
        return p.equals(q) || !java.util.Collections.disjoint(GROUPS.getOrDefault(p, Set.of()), GROUPS.getOrDefault(q, Set.of()));
    }

    private static boolean isSeatOf(Place p, String admin1) {
        return admin1.equals(SEATS.get(p.gazetteerId()));
    }

    /** Great-circle distance; infinite when a place has no coordinates. */
    static double kilometres(Place x, Place y) {
        if ((x.lat() == 0 && x.lon() == 0) || (y.lat() == 0 && y.lon() == 0)) return Double.POSITIVE_INFINITY;
        double dLat = Math.toRadians(y.lat() - x.lat());
        double dLon = Math.toRadians(y.lon() - x.lon());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(x.lat())) * Math.cos(Math.toRadians(y.lat())) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    private static Set<String> actors(Event e) {
        Set<String> s = new HashSet<>(e.actor1());
        s.addAll(e.actor2());
        return s;
    }
}
