package org.marsad.events;

import java.time.LocalDate;
import java.util.Optional;
import org.marsad.common.DatePrecision;

/**
 * An event date with how it was found. {@code rank}: 3 a time expression in the trigger's own scope,
 * 2 the nearest one earlier in its sentence, 1 one separated from the trigger by a speech verb
 * (usually the day of the statement), 0 none (filled later from the lede or the publication date).
 */
record DateChoice(Optional<LocalDate> date, DatePrecision precision, Optional<LocalDate> alternate,
                  String derivation, int rank) {
    static final DateChoice NONE = new DateChoice(Optional.empty(), DatePrecision.UNKNOWN, Optional.empty(), "unknown", 0);

    /** Derivation suffix of the day a statement was made, told right after its speech verb. */
    static final String STATEMENT_DAY = " (statement day)";

    boolean statementDay() { return derivation.endsWith(STATEMENT_DAY); }

    /**
     * Dates that may describe the same incident: a day apart at most, the same month, or either unknown; the day of a
     * statement never tells two incidents apart from an act dated up to three days before it (the act it announces).
     */
    boolean compatible(DateChoice o) {
        if (rank < 2 || o.rank < 2 || date.isEmpty() || o.date.isEmpty()) return true;
        if (statementDay() && o.rank > rank && announcedWithin(this, o) || o.statementDay() && rank > o.rank && announcedWithin(o, this)) return true;
        LocalDate a = date.get(), b = o.date.get();
        if (precision == DatePrecision.DAY && o.precision == DatePrecision.DAY) {
            return near(a, o.date.get()) || alternate.map(x -> near(x, b)).orElse(false)
                    || o.alternate.map(x -> near(a, x)).orElse(false);
        }
        if (precision == DatePrecision.YEAR || o.precision == DatePrecision.YEAR) return a.getYear() == b.getYear();
        if (precision == DatePrecision.WEEK || o.precision == DatePrecision.WEEK) {
            return Math.abs(a.toEpochDay() - b.toEpochDay()) <= 7;
        }
        return a.getYear() == b.getYear() && a.getMonth() == b.getMonth();
    }

    /** The act's own day up to a few days before the statement that announces it (news, not history). */
    private static boolean announcedWithin(DateChoice statement, DateChoice act) {
        long days = statement.date.get().toEpochDay() - act.date.get().toEpochDay();
        return days >= 0 && days <= 3;
    }

    private static boolean near(LocalDate a, LocalDate b) {
        return Math.abs(a.toEpochDay() - b.toEpochDay()) <= 1;
    }
}
