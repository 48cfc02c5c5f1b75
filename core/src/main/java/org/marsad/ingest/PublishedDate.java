package org.marsad.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.marsad.common.DatePrecision;

/**
 * A publication date as written in an input field: ISO-8601 date ("2021-12-03"), date-time with or
 * without offset ("2021-12-03T10:15:00+03:00", "2015-08-11 13:44:43"), year-month ("2021-12",
 * month precision), RFC-1123 as in RSS ("Fri, 03 Dec 2021 10:15:00 GMT"). The day is the day as
 * written at the writer's own offset (no conversion to UTC, which would move late-evening items).
 * Arabic-Indic digits are read as digits.
 */
public final class PublishedDate {
    private PublishedDate() {}

    /** Zone used for feed dates that reach us as instants (ROME): Iraq, the region we cover. */
    public static final ZoneId NEWS_ZONE = ZoneId.of("Asia/Baghdad");

    public record Parsed(LocalDate date, DatePrecision precision) {}

    public static Optional<Parsed> parse(String raw) {
        if (raw == null) return Optional.empty();
        String s = asciiDigits(raw.trim());
        if (s.isEmpty()) return Optional.empty();
        try {
            if (s.matches("\\d{4}-\\d{1,2}-\\d{1,2}")) {
                String[] p = s.split("-");
                return Optional.of(new Parsed(LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]),
                        Integer.parseInt(p[2])), DatePrecision.DAY));
            }
            if (s.matches("\\d{4}-\\d{2}")) return Optional.of(new Parsed(YearMonth.parse(s).atDay(1), DatePrecision.MONTH));
            if (s.matches("\\d{4}/\\d{1,2}/\\d{1,2}.*")) return parse(s.replace('/', '-'));
            if (s.matches("\\d{4}-\\d{1,2}-\\d{1,2}[T ].*")) {
                String t = s.replace(' ', 'T');
                try {
                    return day(OffsetDateTime.parse(t).toLocalDate());
                } catch (DateTimeParseException e) {
                    try {
                        return day(ZonedDateTime.parse(t).toLocalDate());
                    } catch (DateTimeParseException e2) {
                        try {
                            return day(LocalDateTime.parse(t).toLocalDate());
                        } catch (DateTimeParseException e3) {
                            return parse(s.substring(0, s.indexOf(s.contains("T") ? 'T' : ' ')));
                        }
                    }
                }
            }
            if (Character.isLetter(s.charAt(0)) || s.matches("\\d{1,2} \\p{L}{3} \\d{4}.*")) {
                return day(ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
            }
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<Parsed> day(LocalDate d) {
        return Optional.of(new Parsed(d, DatePrecision.DAY));
    }

    /** Arabic-Indic (U+0660..) and Eastern Arabic-Indic (U+06F0..) digits as ASCII. */
    public static String asciiDigits(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char d = c >= '\u0660' && c <= '\u0669' ? (char) ('0' + c - '\u0660')
                    : c >= '\u06F0' && c <= '\u06F9' ? (char) ('0' + c - '\u06F0') : c;
            if (d != c && sb == null) sb = new StringBuilder(s.substring(0, i));
            if (sb != null) sb.append(d);
        }
        return sb == null ? s : sb.toString();
    }
}
