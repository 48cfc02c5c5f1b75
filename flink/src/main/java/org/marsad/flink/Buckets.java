package org.marsad.flink;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.marsad.common.DatePrecision;
import org.marsad.events.Event;

/**
 * The key of the fusion state: a place cell (the governorate, or the country outside Iraq) and a
 * time bucket (the calendar month of the event; an undated event goes to its article's publication
 * month, else to "undated"). Two reports of one incident share a governorate and a month, so they
 * meet in one key; the state of a key is small and expires with the bucket (state TTL).
 */
public final class Buckets {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    private Buckets() {}

    public static String key(Event e, Optional<LocalDate> published) {
        String cell = e.location()
                .map(p -> !p.admin1Pcode().isBlank() ? p.admin1Pcode() : p.country().isBlank() ? "unplaced" : p.country())
                .orElse("unplaced");
        Optional<LocalDate> when = e.datePrecision() != DatePrecision.UNKNOWN && e.date().isPresent() ? e.date() : published;
        return cell + "|" + when.map(MONTH::format).orElse("undated");
    }
}
