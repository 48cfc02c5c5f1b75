package org.marsad.store;

import java.time.LocalDate;
import java.util.Optional;
import org.marsad.events.EventType;

/**
 * Filters over canonical events; every filter is optional. {@code from}/{@code to} are inclusive
 * and exclude undated events; {@code actor} matches actor1 or actor2 (canonical name);
 * {@code outlet} matches an outlet of any reporting document.
 */
public record EventQuery(Optional<LocalDate> from, Optional<LocalDate> to, Optional<EventType> type,
                         Optional<String> admin1, Optional<String> admin2, Optional<String> actor,
                         Optional<String> outlet, Optional<String> storyId, int offset, int limit, Sort sort) {

    public static final int MAX_LIMIT = 1_000_000;

    public enum Sort { DATE_DESC, DATE_ASC, FATALITIES_DESC }

    public EventQuery {
        if (offset < 0) throw new IllegalArgumentException("offset must be >= 0, was " + offset);
        if (limit < 1 || limit > MAX_LIMIT) throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", was " + limit);
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new IllegalArgumentException("date range is empty: " + from.get() + " is after " + to.get());
        }
        sort = sort == null ? Sort.DATE_DESC : sort;
    }

    /** Every event, newest first. */
    public static EventQuery all() {
        return new EventQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), 0, MAX_LIMIT, Sort.DATE_DESC);
    }

    public EventQuery between(LocalDate f, LocalDate t) {
        return new EventQuery(Optional.ofNullable(f), Optional.ofNullable(t), type, admin1, admin2, actor, outlet, storyId, offset, limit, sort);
    }

    public EventQuery withType(EventType t) {
        return new EventQuery(from, to, Optional.ofNullable(t), admin1, admin2, actor, outlet, storyId, offset, limit, sort);
    }

    public EventQuery withAdmin1(String pcode) {
        return new EventQuery(from, to, type, blankless(pcode), admin2, actor, outlet, storyId, offset, limit, sort);
    }

    public EventQuery withAdmin2(String pcode) {
        return new EventQuery(from, to, type, admin1, blankless(pcode), actor, outlet, storyId, offset, limit, sort);
    }

    public EventQuery withActor(String a) {
        return new EventQuery(from, to, type, admin1, admin2, blankless(a), outlet, storyId, offset, limit, sort);
    }

    public EventQuery withOutlet(String o) {
        return new EventQuery(from, to, type, admin1, admin2, actor, blankless(o), storyId, offset, limit, sort);
    }

    public EventQuery withStory(String s) {
        return new EventQuery(from, to, type, admin1, admin2, actor, outlet, blankless(s), offset, limit, sort);
    }

    public EventQuery page(int newOffset, int newLimit) {
        return new EventQuery(from, to, type, admin1, admin2, actor, outlet, storyId, newOffset, newLimit, sort);
    }

    public EventQuery sorted(Sort s) {
        return new EventQuery(from, to, type, admin1, admin2, actor, outlet, storyId, offset, limit, s);
    }

    private static Optional<String> blankless(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.trim());
    }
}
