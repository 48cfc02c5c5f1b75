package org.marsad.common;

/** How exactly a date is known; mirrors ACLED's time_precision 1/2/3 plus "unknown". */
public enum DatePrecision {
    DAY, WEEK, MONTH, YEAR, UNKNOWN;

    public String code() { return name().toLowerCase(java.util.Locale.ROOT); }

    public static DatePrecision parse(String s) {
        return switch (s == null ? "" : s.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "day" -> DAY;
            case "week" -> WEEK;
            case "month" -> MONTH;
            case "year" -> YEAR;
            case "unknown", "" -> UNKNOWN;
            default -> throw new IllegalArgumentException("unknown date precision '" + s + "' (day|week|month|year|unknown)");
        };
    }

    /** ACLED time_precision code: 1 day, 2 week (or a few days), 3 month or vaguer. */
    public int acledCode() {
        return switch (this) { case DAY -> 1; case WEEK -> 2; default -> 3; };
    }
}
