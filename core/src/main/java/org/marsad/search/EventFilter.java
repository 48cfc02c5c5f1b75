package org.marsad.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.marsad.events.Event;
import org.marsad.events.EventType;
import org.marsad.fusion.CanonicalEvent;

/**
 * The event filters shared by the API lists, the exports and the search index: date range (inclusive), types,
 * governorate / district pcode, actor, outlet, story, free text, review status, paging and sort. Parsed from
 * request parameters with a {@link BadParameter} naming the first bad one.
 *
 * @param reviewed include (all but rejected), exclude (only never-reviewed), only (only reviewed, not rejected)
 * @param includeRejected rejected (and merged-away) events are left out unless asked for
 */
public record EventFilter(Optional<LocalDate> from, Optional<LocalDate> to, Set<EventType> types, String admin1,
                         String admin2, String actor, String outlet, String story, String q, Reviewed reviewed,
                         boolean includeRejected, int page, int size, Sort sort) {
    public static final int MAX_SIZE = 1000;
    public static final List<String> PARAMETERS = List.of("from", "to", "type", "admin1", "admin2", "actor", "outlet",
            "story", "q", "reviewed", "include_rejected", "page", "size", "sort");

    public enum Reviewed { INCLUDE, EXCLUDE, ONLY }

    public enum Sort {
        DATE_DESC("-date"), DATE_ASC("date"), FATALITIES_DESC("-fatalities"), FATALITIES_ASC("fatalities"), ID("id");

        final String code;

        Sort(String code) { this.code = code; }

        public String code() { return code; }
    }

    public EventFilter {
        types = types.isEmpty() ? Set.of() : Set.copyOf(types);
    }

    public static EventFilter all() {
        return new EventFilter(Optional.empty(), Optional.empty(), Set.of(), "", "", "", "", "", "", Reviewed.INCLUDE,
                false, 1, MAX_SIZE, Sort.DATE_DESC);
    }

    public EventFilter withPaging(int page, int size) {
        return new EventFilter(from, to, types, admin1, admin2, actor, outlet, story, q, reviewed, includeRejected,
                page, size, sort);
    }

    /** Parses request parameters (first value of each); unknown names are ignored, bad values rejected. */
    public static EventFilter parse(Map<String, List<String>> params) {
        Function<String, String> p = name -> {
            List<String> v = params.get(name);
            return v == null || v.isEmpty() || v.get(0) == null ? "" : v.get(0).trim();
        };
        Optional<LocalDate> from = date("from", p.apply("from"));
        Optional<LocalDate> to = date("to", p.apply("to"));
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new BadParameter("to", "'to' (" + to.get() + ") is before 'from' (" + from.get() + ")");
        }
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        for (String value : params.getOrDefault("type", List.of())) {
            {
                for (String t : (value == null ? "" : value).split(",")) {
                    if (t.isBlank()) continue;
                    try {
                        types.add(EventType.parse(t));
                    } catch (IllegalArgumentException e) {
                        throw new BadParameter("type", "unknown event type '" + t.trim() + "'; use one of "
                                + String.join(", ", java.util.Arrays.stream(EventType.values()).map(EventType::code).toList()));
                    }
                }
            }
        }
        String admin1 = p.apply("admin1");
        if (!admin1.isEmpty() && !admin1.matches("IQG\\d\\d")) {
            throw new BadParameter("admin1", "admin1 must be a governorate pcode like IQG11, got '" + admin1 + "'");
        }
        String admin2 = p.apply("admin2");
        if (!admin2.isEmpty() && !admin2.matches("IQG\\d\\dQ\\d\\d")) {
            throw new BadParameter("admin2", "admin2 must be a district pcode like IQG11Q04, got '" + admin2 + "'");
        }
        Reviewed reviewed = switch (p.apply("reviewed").toLowerCase(Locale.ROOT)) {
            case "", "include" -> Reviewed.INCLUDE;
            case "exclude" -> Reviewed.EXCLUDE;
            case "only" -> Reviewed.ONLY;
            default -> throw new BadParameter("reviewed", "reviewed must be include, exclude or only");
        };
        boolean includeRejected = bool("include_rejected", p.apply("include_rejected"));
        int page = integer("page", p.apply("page"), 1, 1, 1_000_000);
        int size = integer("size", p.apply("size"), 50, 1, MAX_SIZE);
        Sort sort = Sort.DATE_DESC;
        String s = p.apply("sort");
        if (!s.isEmpty()) {
            sort = java.util.Arrays.stream(Sort.values()).filter(x -> x.code.equals(s)).findFirst()
                    .orElseThrow(() -> new BadParameter("sort", "sort must be one of -date, date, -fatalities, fatalities, id"));
        }
        String q = p.apply("q");
        if (q.length() > 500) throw new BadParameter("q", "q is longer than 500 characters");
        return new EventFilter(from, to, types, admin1, admin2, p.apply("actor"), p.apply("outlet"), p.apply("story"),
                q, reviewed, includeRejected, page, size, sort);
    }

    /**
     * Whether an event passes every filter except {@code q} (the caller resolves q with the search index).
     *
     * @param outletOf document id -> outlet
     * @param reviewOf event id -> review status, "" when never reviewed
     */
    public boolean matches(CanonicalEvent ce, Function<String, String> outletOf, Function<String, String> reviewOf) {
        Event e = ce.event();
        if (from.isPresent() && (e.date().isEmpty() || e.date().get().isBefore(from.get()))) return false;
        if (to.isPresent() && (e.date().isEmpty() || e.date().get().isAfter(to.get()))) return false;
        if (!types.isEmpty() && !types.contains(e.type())) return false;
        if (!admin1.isEmpty() && e.location().filter(pl -> admin1.equals(pl.admin1Pcode())
                || pl.altAdmin1Pcodes().contains(admin1)).isEmpty()) return false;
        if (!admin2.isEmpty() && e.location().filter(pl -> admin2.equals(pl.admin2Pcode())).isEmpty()) return false;
        if (!actor.isEmpty()) {
            String a = actor.toLowerCase(Locale.ROOT);
            boolean hit = e.actor1().stream().anyMatch(x -> x.toLowerCase(Locale.ROOT).contains(a))
                    || e.actor2().stream().anyMatch(x -> x.toLowerCase(Locale.ROOT).contains(a));
            if (!hit) return false;
        }
        if (!outlet.isEmpty() && e.documents().stream().noneMatch(d -> outlet.equalsIgnoreCase(outletOf.apply(d)))) return false;
        if (!story.isEmpty() && !story.equals(ce.storyId())) return false;
        String review = reviewOf.apply(e.id());
        // a merged event lives on inside the one it was merged into: listing both would count it twice
        if (("rejected".equals(review) || "merged".equals(review)) && !includeRejected) return false;
        return switch (reviewed) {
            case INCLUDE -> true;
            case EXCLUDE -> review.isEmpty();
            case ONLY -> !review.isEmpty();
        };
    }

    public Comparator<CanonicalEvent> comparator() {
        Comparator<CanonicalEvent> byDate = Comparator.comparing(ce -> ce.event().date().orElse(LocalDate.MIN));
        Comparator<CanonicalEvent> byFat = Comparator.comparingInt(ce -> ce.event().casualties().killed().orElse(0));
        Comparator<CanonicalEvent> byId = Comparator.comparing(CanonicalEvent::id);
        return switch (sort) {
            case DATE_DESC -> byDate.reversed().thenComparing(byId);
            case DATE_ASC -> byDate.thenComparing(byId);
            case FATALITIES_DESC -> byFat.reversed().thenComparing(byId);
            case FATALITIES_ASC -> byFat.thenComparing(byId);
            case ID -> byId;
        };
    }

    private static Optional<LocalDate> date(String name, String v) {
        if (v.isEmpty()) return Optional.empty();
        try {
            return Optional.of(LocalDate.parse(v));
        } catch (DateTimeParseException e) {
            throw new BadParameter(name, name + " must be a date like 2021-12-02, got '" + v + "'");
        }
    }

    private static int integer(String name, String v, int dflt, int min, int max) {
        if (v.isEmpty()) return dflt;
        try {
            int i = Integer.parseInt(v);
            if (i < min || i > max) throw new NumberFormatException();
            return i;
        } catch (NumberFormatException e) {
            throw new BadParameter(name, name + " must be a whole number from " + min + " to " + max + ", got '" + v + "'");
        }
    }

    private static boolean bool(String name, String v) {
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "", "false", "0", "no" -> false;
            case "true", "1", "yes" -> true;
            default -> throw new BadParameter(name, name + " must be true or false, got '" + v + "'");
        };
    }
}
