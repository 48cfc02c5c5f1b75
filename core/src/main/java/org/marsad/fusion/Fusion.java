package org.marsad.fusion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.marsad.common.DatePrecision;
import org.marsad.events.Casualties;
import org.marsad.events.Event;
import org.marsad.events.EventType;
import org.marsad.events.Evidence;
import org.marsad.geo.Place;

/**
 * The fusion stage: all per-article events (plus the canonical events already stored, for stable
 * ids) -> one canonical event per incident. Deterministic and idempotent.
 *
 * <p>Pool: the sources of {@code previous} plus {@code articleEvents} (an article event replaces a
 * stored source with the same id). The result covers the whole pool, so the caller replaces its stored
 * canonical set with it. Events are taken in a fixed order (date, document, id; undated last) and each
 * joins the best-scoring existing group whose every member {@link EventMatch matches} it and which holds
 * no event of the same article (one article's events are distinct incidents by the extractor's reading);
 * otherwise it opens a group. Field rules are in {@link #fuse} and docs/fusion.md.
 */
public final class Fusion {
    private Fusion() {}

    public static List<CanonicalEvent> apply(List<Event> articleEvents, List<CanonicalEvent> previous) {
        return apply(articleEvents, previous, FusionContext.EMPTY);
    }

    public static List<CanonicalEvent> apply(List<Event> articleEvents, List<CanonicalEvent> previous, FusionContext ctx) {
        Map<String, Event> pool = new LinkedHashMap<>();
        Map<String, CanonicalEvent> previousBySource = new HashMap<>();
        for (CanonicalEvent c : previous) {
            for (Event s : c.sources()) {
                pool.put(s.id(), s);
                previousBySource.putIfAbsent(s.id(), c);
            }
        }
        for (Event e : articleEvents) pool.put(e.id(), e);
        List<Event> ordered = new ArrayList<>(pool.values());
        ordered.sort(ORDER);

        // day-precise reports are grouped first, so that a recall by its month ("في نيسان الماضي") joins the group
        // they form rather than founding one that a later day report cannot join; members then keep ORDER
        List<Event> byPrecision = new ArrayList<>(ordered);
        byPrecision.sort(Comparator.comparingInt((Event e) -> coarseness(e)).thenComparing(ORDER));
        List<List<Event>> groups = cluster(byPrecision, ctx);
        groups.forEach(g -> g.sort(ORDER));
        groups.sort(Comparator.comparing((List<Event> g) -> g.get(0), ORDER));

        Set<String> usedIds = new HashSet<>();
        List<CanonicalEvent> out = new ArrayList<>();
        for (List<Event> g : groups) {
            String id = stableId(g, previousBySource, usedIds);
            usedIds.add(id);
            Optional<CanonicalEvent> prior = g.stream().map(e -> previousBySource.get(e.id()))
                    .filter(java.util.Objects::nonNull).findFirst();
            out.add(fuse(id, g, ctx, prior.map(CanonicalEvent::storyId).orElse("")));
        }
        return out;
    }

    /** Sort by date (undated last), then document, then event id. */
    static final Comparator<Event> ORDER = Comparator
            .comparing((Event e) -> known(e) ? e.date().get() : LocalDate.MAX)
            .thenComparing(Fusion::doc)
            .thenComparing(Event::id);

    /** 0 for a day, then week, month, year; undated last. */
    private static int coarseness(Event e) {
        if (!known(e)) return 4;
        return switch (e.datePrecision()) {
            case DAY -> 0;
            case WEEK -> 1;
            case MONTH -> 2;
            default -> 3;
        };
    }

    private static boolean known(Event e) {
        return e.date().isPresent() && e.datePrecision() != DatePrecision.UNKNOWN;
    }

    static String doc(Event e) { return e.documents().isEmpty() ? e.id() : e.documents().get(0); }

    private static List<List<Event>> cluster(List<Event> ordered, FusionContext ctx) {
        List<List<Event>> groups = new ArrayList<>();
        List<Set<String>> groupDocs = new ArrayList<>();
        // blocking so a stream of many thousand events is not all-pairs: a group is filed under
        // block family | month | governorate for each member (its alternative governorates too, "*" when a
        // member has none), and under family | month; undated events look at every group of their family
        Map<String, Set<Integer>> byBlock = new HashMap<>();
        Map<String, Set<Integer>> byFamily = new HashMap<>();
        for (Event e : ordered) {
            String fam = blockFamily(e.type());
            Set<Integer> candidates = new java.util.TreeSet<>();
            if (known(e)) {
                long m = monthIndex(e.date().get());
                List<String> keys = adminKeys(e);
                for (long k = m - 1; k <= m + 1; k++) {
                    if (keys.isEmpty()) {
                        candidates.addAll(byBlock.getOrDefault(fam + "|" + k, Set.of()));
                    } else {
                        for (String a : keys) candidates.addAll(byBlock.getOrDefault(fam + "|" + k + "|" + a, Set.of()));
                        candidates.addAll(byBlock.getOrDefault(fam + "|" + k + "|*", Set.of()));
                    }
                }
                candidates.addAll(byBlock.getOrDefault(fam + "|?", Set.of()));
            } else {
                candidates.addAll(byFamily.getOrDefault(fam, Set.of()));
            }
            int best = -1;
            double bestScore = 0;
            List<String> eDocs = e.documents().isEmpty() ? List.of(doc(e)) : e.documents();
            for (int gi : candidates) {
                if (!java.util.Collections.disjoint(groupDocs.get(gi), eDocs)) continue;
                double total = 0;
                boolean ok = true;
                for (Event m : groups.get(gi)) {
                    double s = EventMatch.score(e, m, ctx);
                    if (s <= 0) { ok = false; break; }
                    total += s;
                }
                double avg = total / groups.get(gi).size();
                if (ok && avg > bestScore) {
                    bestScore = avg;
                    best = gi;
                }
            }
            if (best < 0) {
                best = groups.size();
                groups.add(new ArrayList<>());
                groupDocs.add(new HashSet<>());
                byFamily.computeIfAbsent(fam, k -> new HashSet<>()).add(best);
            }
            groups.get(best).add(e);
            groupDocs.get(best).addAll(eDocs);
            if (known(e)) {
                String month = fam + "|" + monthIndex(e.date().get());
                byBlock.computeIfAbsent(month, k -> new HashSet<>()).add(best);
                List<String> keys = adminKeys(e);
                for (String a : keys.isEmpty() ? List.of("*") : keys) byBlock.computeIfAbsent(month + "|" + a, k -> new HashSet<>()).add(best);
            } else {
                // an undated member makes the group reachable from every month, whatever its place
                byBlock.computeIfAbsent(fam + "|?", k -> new HashSet<>()).add(best);
            }
        }
        return groups;
    }

    /** Fighting and remote violence share a block: one drone attack may be typed either way (see EventMatch). */
    private static String blockFamily(EventType t) {
        return t.family().equals("remote") ? "combat" : t.family();
    }

    /** The event's governorate and its alternatives; empty when it has none. */
    private static List<String> adminKeys(Event e) {
        if (e.location().isEmpty() || e.location().get().admin1Pcode().isBlank()) return List.of();
        Place p = e.location().get();
        List<String> keys = new ArrayList<>();
        keys.add(p.admin1Pcode());
        keys.addAll(p.altAdmin1Pcodes());
        return keys;
    }

    private static long monthIndex(LocalDate d) { return d.getYear() * 12L + d.getMonthValue(); }

    /**
     * The id an analyst already holds wins: the stored canonical id of the earliest member that had one
     * (unless an earlier group took it, when two stored events were split); else the id of the group's
     * first source in {@link #ORDER}.
     */
    private static String stableId(List<Event> g, Map<String, CanonicalEvent> previousBySource, Set<String> used) {
        for (Event e : g) {
            CanonicalEvent c = previousBySource.get(e.id());
            if (c != null && !used.contains(c.id())) return c.id();
        }
        String base = g.get(0).id();
        String id = base;
        for (int i = 2; used.contains(id); i++) id = base + "~" + i;
        return id;
    }

    /**
     * One canonical event from a group of sources.
     * <ul>
     * <li>type: the type most sources give (news counts twice a background recall), ties to the first source;</li>
     * <li>date: the day-precision date most documents give, news before recall, then the first source;
     *     coarser dates only when no source has a day;</li>
     * <li>place: the most precise place (geo precision, then pcode depth), ties by agreement then order;</li>
     * <li>counts: see {@link #bestCount}; killed_low/high span every source's specific killed figures;
     *     a combined killed-or-wounded figure never becomes killed;</li>
     * <li>actors, documents, evidence: unions in source order ("Unidentified Armed Group" gives way to a perpetrator
     *     another source names); confidence 1 − Π(1 − c) over documents.</li>
     * </ul>
     */
    private static final String UNIDENTIFIED = "Unidentified Armed Group";

    static CanonicalEvent fuse(String id, List<Event> g, FusionContext ctx, String priorStory) {
        Event first = g.get(0);
        if (g.size() == 1) {
            Event e = first;
            Event single = new Event(id, e.type(), e.date(), e.datePrecision(), e.dateAlt(), e.dateDerivation(), e.location(),
                    e.locationName(), e.actor1(), e.actor2(), e.casualties(), e.documents(), e.mentionDocuments(),
                    e.evidence(), e.confidence(), e.background());
            return new CanonicalEvent(single, g, List.of(), story(g, ctx, priorStory));
        }
        EventType type = vote(g, Event::type, e -> true).orElse(first.type());

        Optional<Event> dateSource = dateSource(g);
        Optional<LocalDate> date = dateSource.flatMap(Event::date);
        DatePrecision precision = dateSource.map(Event::datePrecision).orElse(DatePrecision.UNKNOWN);
        // only the chosen source's own second day ("ليلة 5/6"); another source's different day is a conflict, not an alternate
        Optional<LocalDate> dateAlt = dateSource.flatMap(Event::dateAlt);
        String derivation = dateSource.map(s -> "fused:" + doc(s) + ":" + s.dateDerivation()).orElse("unknown");

        Optional<Event> placeSource = g.stream().filter(e -> e.location().isPresent())
                .min(Comparator.comparingInt((Event e) -> e.location().get().geoPrecision())
                        .thenComparing(e -> -EventMatch.chain(e.location().get()).size())
                        .thenComparing(e -> -agreeing(g, x -> x.location().map(Place::gazetteerId), e))
                        .thenComparing(e -> e.background() ? 1 : 0));
        Optional<Place> location = placeSource.flatMap(Event::location);
        String locationName = placeSource.map(Event::locationName)
                .or(() -> g.stream().map(Event::locationName).filter(s -> !s.isBlank()).findFirst()).orElse("");

        LinkedHashSet<String> actor1 = new LinkedHashSet<>();
        LinkedHashSet<String> actor2 = new LinkedHashSet<>();
        g.forEach(e -> actor1.addAll(e.actor1()));
        g.forEach(e -> actor2.addAll(e.actor2()));
        actor2.removeAll(actor1);
        // "unknown gunmen" in one report and the group that claimed the attack in another: the claim names them
        // (a clash lists both its sides as actor1: there the gunmen are one side)
        if (actor1.size() > 1 && type != EventType.ARMED_CLASH) actor1.remove(UNIDENTIFIED);

        OptionalInt killed = bestCount(g, c -> c.killed(), ctx);
        OptionalInt wounded = bestCount(g, c -> c.wounded(), ctx);
        OptionalInt civilians = bestCount(g, c -> c.civiliansKilled(), ctx);
        OptionalInt combined = bestCount(g, c -> c.killedOrWounded(), ctx);
        List<Integer> specific = new ArrayList<>();
        for (Event e : g) {
            Casualties c = e.casualties();
            c.killed().ifPresent(specific::add);
            c.killedLow().ifPresent(specific::add);
            c.killedHigh().ifPresent(specific::add);
        }
        OptionalInt low = specific.stream().mapToInt(Integer::intValue).min();
        OptionalInt high = specific.stream().mapToInt(Integer::intValue).max();
        boolean reported = g.stream().anyMatch(e -> e.casualties().reported());
        Casualties casualties = new Casualties(killed, low, high, wounded, civilians, combined, reported);

        LinkedHashSet<String> documents = new LinkedHashSet<>();
        g.forEach(e -> documents.addAll(e.documents().isEmpty() ? List.of(doc(e)) : e.documents()));
        List<String> mentionDocuments = documents.stream().filter(d -> g.stream()
                .filter(e -> e.documents().contains(d) || doc(e).equals(d))
                .allMatch(e -> e.background() || e.mentionDocuments().contains(d))).toList();

        LinkedHashMap<String, Evidence> evidence = new LinkedHashMap<>();
        for (Event e : g) for (Evidence ev : e.evidence()) evidence.putIfAbsent(ev.docId() + "@" + ev.span(), ev);

        Map<String, Double> perDoc = new LinkedHashMap<>();
        for (Event e : g) for (String d : e.documents().isEmpty() ? List.of(doc(e)) : e.documents()) perDoc.merge(d, e.confidence(), Math::max);
        double miss = 1;
        for (double c : perDoc.values()) miss *= 1 - Math.max(0, Math.min(1, c));
        double confidence = Math.min(0.999, 1 - miss);

        boolean background = g.stream().allMatch(Event::background);
        Event fused = new Event(id, type, date, precision, dateAlt, derivation, location, locationName,
                List.copyOf(actor1), List.copyOf(actor2), casualties, List.copyOf(documents), mentionDocuments,
                List.copyOf(evidence.values()), confidence, background);
        return new CanonicalEvent(fused, g, Conflicts.of(g, fused), story(g, ctx, priorStory));
    }

    private static String story(List<Event> g, FusionContext ctx, String prior) {
        for (Event e : g) {
            if (e.background()) continue;
            Optional<String> s = ctx.story(doc(e));
            if (s.isPresent()) return s.get();
        }
        return g.stream().map(e -> ctx.story(doc(e))).flatMap(Optional::stream).findFirst().orElse(prior);
    }

    /**
     * The day most documents give (news before recall, then source order), follow-up reports only when no
     * other source has a day; else the best coarser date.
     */
    private static Optional<Event> dateSource(List<Event> g) {
        for (DatePrecision p : List.of(DatePrecision.DAY, DatePrecision.WEEK, DatePrecision.MONTH, DatePrecision.YEAR)) {
            List<Event> withP = g.stream().filter(e -> e.datePrecision() == p && e.date().isPresent()).toList();
            if (withP.isEmpty()) continue;
            // a revised-toll report's day is often the later death's or the report's, not the incident's
            List<Event> first = withP.stream().filter(e -> !EventMatch.followUp(e)).toList();
            List<Event> pick = first.isEmpty() ? withP : first;
            return pick.stream().min(Comparator
                    .comparing((Event e) -> -agreeing(pick, Event::date, e))
                    .thenComparing(e -> e.background() ? 1 : 0)
                    .thenComparing(e -> e.dateDerivation().startsWith("explicit") ? 0 : 1));
        }
        return Optional.empty();
    }

    private static <T> long agreeing(List<Event> g, Function<Event, T> field, Event e) {
        T v = field.apply(e);
        return g.stream().filter(x -> field.apply(x).equals(v)).map(Fusion::doc).distinct().count();
    }

    private static <T> Optional<T> vote(List<Event> g, Function<Event, T> field, java.util.function.Predicate<Event> use) {
        Map<T, Integer> votes = new LinkedHashMap<>();
        for (Event e : g) if (use.test(e)) votes.merge(field.apply(e), e.background() ? 1 : 2, Integer::sum);
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    /**
     * The count to code from several sources' figures: the latest-published source's figure (tolls get
     * revised upward as bodies are found), then the figure most documents agree on, then the higher
     * extractor confidence, then the lower figure (ACLED's conservative rule). Sources without a
     * publication day rank as oldest.
     */
    static OptionalInt bestCount(List<Event> g, Function<Casualties, OptionalInt> field, FusionContext ctx) {
        List<Event> giving = g.stream().filter(e -> field.apply(e.casualties()).isPresent()).toList();
        if (giving.isEmpty()) return OptionalInt.empty();
        Comparator<Event> rank = Comparator
                .comparing((Event e) -> ctx.published(doc(e)).orElse(LocalDate.MIN), Comparator.reverseOrder())
                .thenComparing(e -> -giving.stream().filter(x -> field.apply(x.casualties()).getAsInt()
                        == field.apply(e.casualties()).getAsInt()).map(Fusion::doc).distinct().count())
                .thenComparing(Event::confidence, Comparator.reverseOrder())
                .thenComparingInt(e -> field.apply(e.casualties()).getAsInt());
        return field.apply(giving.stream().min(rank).orElseThrow().casualties());
    }
}
