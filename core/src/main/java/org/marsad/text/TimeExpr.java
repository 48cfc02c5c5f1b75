package org.marsad.text;

import java.time.LocalDate;
import java.util.Optional;
import org.marsad.common.DatePrecision;
import org.marsad.common.Span;

/**
 * A time expression. {@code date} is the day (DAY), the first day of the week (WEEK) or month
 * (MONTH) or year (YEAR); empty when precision is UNKNOWN (e.g. a weekday name with no known
 * publication date). {@code relative} is true when it was resolved against the publication date.
 * {@code alternate} is the second day of a night spanning two days ("ليلة 5/6").
 */
public record TimeExpr(Optional<LocalDate> date, DatePrecision precision, boolean relative,
                       Optional<LocalDate> alternate, Span span, String text) {}
