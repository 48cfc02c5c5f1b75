package org.marsad.text;

import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.common.DatePrecision;
import org.marsad.common.Span;

/**
 * Finds time expressions in a token list and resolves them (rules in docs/text.md):
 * <ul>
 *   <li>absolute: "22 أيار 2021", "2 كانون الأول/ديسمبر", "الأول من أيار", "ديسمبر 2021" (MONTH),
 *       "عام 2014" (YEAR), 2021/12/2, 2-12-2021, 12/2/2021 (Arab order d/m/y), 12.2.2021; Hijri
 *       "5 رمضان 1442 هـ" through ICU4J's IslamicCalendar (Umm al-Qura, the calendar Gulf and Iraqi
 *       outlets print);</li>
 *   <li>a missing year is the one that puts the date on or before the publication day (news reports
 *       past events); "12 من أيار الجاري" takes the publication month's year, "أيار الماضي" the last May
 *       before the publication month;</li>
 *   <li>relative to the publication day: اليوم، أمس، أول أمس، الليلة الماضية، ليل أمس، فجر اليوم،
 *       صباح/مساء أمس، منذ يومين، قبل ثلاثة أيام، الأسبوع الماضي (WEEK, Monday), الشهر الماضي (MONTH),
 *       مطلع الشهر الجاري (WEEK: its first week), weekdays ("يوم الخميس" = the last Thursday on or before
 *       publication; "الخميس المقبل" the next one; "الخميس الماضي" the last one before), nights across two
 *       days ("ليلة السبت على الأحد": Saturday, alternate Sunday; "ليلة 5/6 كانون الأول": 5th, alternate 6th);</li>
 *   <li>without a publication day (or with one known only to the week/month) a day-level relative
 *       expression gets precision UNKNOWN and no date — never today's date; absolute dates with a year
 *       still resolve.</li>
 * </ul>
 */
final class TimeScanner {
    private TimeScanner() {}

    private static final class Data {
        static final Map<String, Integer> MONTHS = new HashMap<>();
        static final Map<String, Integer> HIJRI = new HashMap<>();
        static final Map<String, Integer> WEEKDAYS = new HashMap<>();
        static final Map<String, Integer> RELDAY = new HashMap<>();
        static final java.util.Set<String> PARTS = new java.util.HashSet<>();
        static final Map<String, int[]> UNITS = new HashMap<>();
        /** season word -> the month the season ends in */
        static final Map<String, Integer> SEASONS = new HashMap<>();
        /** first words of two-word month names (كانون، تشرين، ربيع، جمادي، ذي، ذو) */
        static final java.util.Set<String> MONTH_HEADS = new java.util.HashSet<>();

        static {
            for (String[] kv : Lexicon.table("time-words.tsv")) {
                String[] v = kv[1].split(":");
                switch (v[0]) {
                    case "MONTH" -> { MONTHS.put(kv[0], Integer.parseInt(v[1])); if (kv[0].contains(" ")) MONTH_HEADS.add(kv[0].split(" ")[0]); }
                    case "HIJRI" -> { HIJRI.put(kv[0], Integer.parseInt(v[1])); if (kv[0].contains(" ")) MONTH_HEADS.add(kv[0].split(" ")[0]); }
                    case "WEEKDAY" -> WEEKDAYS.put(kv[0], Integer.parseInt(v[1]));
                    case "RELDAY" -> RELDAY.put(kv[0], Integer.parseInt(v[1]));
                    case "PART" -> PARTS.add(kv[0]);
                    case "SEASON" -> SEASONS.put(kv[0], Integer.parseInt(v[1]));
                    case "UNIT" -> UNITS.put(kv[0], new int[] {Integer.parseInt(v[1]), v.length > 2 ? Integer.parseInt(v[2]) : 0});
                    default -> throw new IllegalStateException("time-words.tsv: unknown type " + v[0]);
                }
            }
        }
    }

    /** Publication context. */
    record Pub(Optional<LocalDate> date, DatePrecision precision) {
        boolean day() { return date.isPresent() && precision == DatePrecision.DAY; }
        boolean month() { return date.isPresent() && precision != DatePrecision.UNKNOWN && precision != DatePrecision.YEAR; }
    }

    private record Found(int end, Optional<LocalDate> date, DatePrecision precision, boolean relative, Optional<LocalDate> alternate) {}

    static List<TimeExpr> scan(String original, List<Token> toks, Optional<LocalDate> published, DatePrecision precision, boolean[] blocked) {
        Pub pub = new Pub(published, published.isPresent() ? precision : DatePrecision.UNKNOWN);
        List<TimeExpr> out = new ArrayList<>();
        int n = toks.size();
        int anchorYear = 0; // the year of the last full date, for an undated article's "13 آذار"
        for (int i = 0; i < n; ) {
            if (!trigger(toks.get(i))) { i++; continue; }
            Found f = null;
            try {
                f = at(toks, i, pub);
                if (f != null && f.date().isEmpty() && !pub.month() && anchorYear > 0) f = withAnchorYear(toks, i, anchorYear, f);
            } catch (java.time.DateTimeException | IllegalArgumentException e) {
                f = null; // an impossible date (31 شباط) is not a date
            }
            if (f == null || f.end() <= i) { i++; continue; }
            if (f.date().isPresent() && !f.relative() && f.precision() == DatePrecision.DAY) anchorYear = f.date().get().getYear();
            if (f.end() > n) f = new Found(n, f.date(), f.precision(), f.relative(), f.alternate());
            // "منتصف نيسان الماضي", "أوائل آذار", "أواخر أيار 2023": a part of a named month is a week of it
            int start = i;
            int partDay = i > 0 && !blocked[i - 1] && f.date().isPresent() && f.precision() == DatePrecision.MONTH
                    ? monthPartDay(w(toks, i - 1)) : 0;
            if (partDay > 0) {
                int d = partDay;
                f = new Found(f.end(), f.date().map(x -> x.withDayOfMonth(d)), DatePrecision.WEEK, f.relative(), f.alternate());
                start = i - 1;
            }
            for (int k = start; k < f.end(); k++) blocked[k] = true;
            Span sp = new Span(toks.get(start).span().start(), toks.get(f.end() - 1).span().end());
            DatePrecision p = f.date().isPresent() ? f.precision() : DatePrecision.UNKNOWN;
            out.add(new TimeExpr(f.date(), p, f.relative(), f.alternate(), sp, sp.of(original)));
            i = f.end();
        }
        return out;
    }

    /** The first day of the week a part of a month (or of a week) names: early (1), middle (11), late (22); 0 for any other word. */
    private static int monthPartDay(String word) {
        return switch (word) {
            case "مطلع", "بدايه", "اوائل" -> 1;
            case "منتصف", "اواسط" -> 11;
            case "اواخر", "نهايه" -> 22;
            default -> 0;
        };
    }

    /** English month names, as quoted tweets and agency datelines print them inside Arabic articles. */
    private static final Map<String, Integer> ENGLISH_MONTHS = new HashMap<>();

    static {
        String[] names = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"};
        for (int k = 0; k < 12; k++) { ENGLISH_MONTHS.put(names[k], k + 1); ENGLISH_MONTHS.put(names[k].substring(0, 3), k + 1); }
        ENGLISH_MONTHS.put("sept", 9);
    }

    /** Words that can start a time expression (besides digits, number words and ordinals): a cheap pre-filter. */
    private static final java.util.Set<String> STARTERS = new java.util.HashSet<>(java.util.List.of(
            "اول", "منذ", "قبل", "مطلع", "بدايه", "اوائل", "منتصف", "اواخر", "نهايه", "اواسط", "الاسبوع", "الشهر",
            "عام", "العام", "سنه", "السنه", "الليله", "ليله", "شهر", "هذا"));

    /** Every word that can start a time expression, in the forms {@link #word} and {@link ArabicNumbers#bare} give. */
    private static final class Triggers {
        static final java.util.Set<String> WORDS = new java.util.HashSet<>();

        static {
            WORDS.addAll(STARTERS);
            for (Map<String, Integer> m : List.of(Data.MONTHS, Data.HIJRI, Data.WEEKDAYS, Data.RELDAY, Data.SEASONS, ArabicNumbers.Data.ORDINALS)) {
                for (String k : m.keySet()) WORDS.add(k.split(" ")[0]);
            }
            WORDS.addAll(Data.MONTH_HEADS);
            WORDS.addAll(Data.PARTS);
            WORDS.addAll(ArabicNumbers.Data.WORDS.keySet());
        }
    }

    private static boolean trigger(Token t) {
        String s = t.norm();
        if (s.isEmpty()) return false;
        char c = s.charAt(0);
        if (Tokenizer.isDigit(c)) return true;
        if (!Tokenizer.isArabicLetter(c)) return Character.isLetter(c) && ENGLISH_MONTHS.containsKey(s.toLowerCase(java.util.Locale.ROOT));
        String b = ArabicNumbers.bare(t);
        if (Triggers.WORDS.contains(b)) return true;
        if (t.proclitics().endsWith("ال") && Triggers.WORDS.contains(word(t))) return true;
        return !t.suffix().isEmpty() && Triggers.WORDS.contains(t.base());
    }

    private static String word(Token t) {
        // the word without conjunction/preposition proclitics, keeping the article: "وفي" -> "في", "والخميس" -> "الخميس"
        String b = ArabicNumbers.bare(t);
        return t.proclitics().endsWith("ال") && !b.startsWith("ال") ? "ال" + b : b;
    }

    private static String w(List<Token> toks, int i) { return i < toks.size() ? word(toks.get(i)) : ""; }

    private static String norm(List<Token> toks, int i) { return i < toks.size() ? toks.get(i).norm() : ""; }

    private static Found at(List<Token> toks, int i, Pub pub) {
        Found f;
        if ((f = numericDate(toks, i)) != null) return f;
        if ((f = dayMonth(toks, i, pub)) != null) return f;
        if ((f = monthYear(toks, i, pub)) != null) return f;
        if ((f = year(toks, i, pub)) != null) return f;
        if ((f = season(toks, i, pub)) != null) return f;
        if ((f = relative(toks, i, pub)) != null) return f;
        return weekday(toks, i, pub);
    }

    /**
     * A day and month without a year in an article without publication date ("اعتقلت يوم السبت 13 آذار"
     * after "فجر الخميس 11 آذار 2021"): the year of the full date told before it. Only expressions that
     * name a month; "أمس" or a bare weekday stays unknown.
     */
    private static Found withAnchorYear(List<Token> toks, int i, int year, Found unknown) {
        Found g = at(toks, i, new Pub(Optional.of(LocalDate.of(year, 12, 31)), DatePrecision.DAY));
        if (g == null || g.date().isEmpty() || g.precision() != DatePrecision.DAY || g.date().get().getYear() != year) return unknown;
        // resolved from the article's own date, not against the publication day: not "relative"
        for (int k = i; k < g.end() && k < toks.size(); k++) if (month(toks, k) != null) return new Found(g.end(), g.date(), g.precision(), false, g.alternate());
        return unknown;
    }

    // ---------- absolute dates

    private static int intToken(List<Token> toks, int i) {
        if (i >= toks.size()) return -1;
        String s = toks.get(i).norm();
        if (s.isEmpty() || s.length() > 4) return -1;
        for (int k = 0; k < s.length(); k++) if (!Tokenizer.isDigit(s.charAt(k))) return -1;
        return Integer.parseInt(s);
    }

    private static Found numericDate(List<Token> toks, int i) {
        Token t = toks.get(i);
        String s = t.norm();
        if (s.isEmpty() || !Tokenizer.isDigit(s.charAt(0))) return null;
        int a, b, c, end;
        if (s.indexOf('.') > 0 && s.chars().filter(ch -> ch == '.').count() == 2) {
            String[] p = s.split("\\.");
            if (p.length != 3) return null;
            a = Integer.parseInt(p[0]); b = Integer.parseInt(p[1]); c = Integer.parseInt(p[2]);
            if (p[2].length() != 4 && p[0].length() != 4) return null;
            end = i + 1;
        } else {
            a = intToken(toks, i);
            String sep = norm(toks, i + 1);
            if (a < 0 || !(sep.equals("/") || sep.equals("-"))) return null;
            b = intToken(toks, i + 2);
            if (b < 0 || !norm(toks, i + 3).equals(sep)) return null;
            c = intToken(toks, i + 4);
            if (c < 0) return null;
            end = i + 5;
        }
        LocalDate d;
        if (a >= 1900 && a <= 2100) d = LocalDate.of(a, b, c);             // y/m/d
        else if (c >= 1900 && c <= 2100) d = LocalDate.of(c, b, a);        // d/m/y (Arab order)
        else return null;
        return new Found(end, Optional.of(d), DatePrecision.DAY, false, Optional.empty());
    }

    /** A day number (digits 1-31, a number word, or an ordinal like الأول / الحادي والعشرين): {value, next}. */
    private static int[] day(List<Token> toks, int i) {
        int v = intToken(toks, i);
        if (v >= 1 && v <= 31 && toks.get(i).norm().length() <= 2) return new int[] {v, i + 1};
        if (i >= toks.size() || !toks.get(i).isArabic()) return null;
        Integer ord = ArabicNumbers.Data.ORDINALS.get(ArabicNumbers.bare(toks.get(i)));
        if (ord != null && ord < 20) {
            int next = i + 1;
            if (next < toks.size() && ArabicNumbers.hasConj(toks.get(next))) {
                Integer tens = ArabicNumbers.Data.ORDINALS.get(ArabicNumbers.bare(toks.get(next)));
                if (tens != null && tens >= 20) return new int[] {ord + tens, next + 1};
            }
            if (norm(toks, next).equals("عشر") || norm(toks, next).equals("عشره")) return new int[] {ord + 10, next + 1};
            return new int[] {ord, next};
        }
        ArabicNumbers.Num num = ArabicNumbers.read(toks, i);
        if (num != null && !num.dual() && !num.single() && num.value() >= 1 && num.value() <= 31) return new int[] {(int) num.rounded(), num.end()};
        return null;
    }

    /** A month name at i (one or two words, proclitics allowed), optionally "/ديسمبر" or "(ديسمبر)": {month, next, hijri?1:0}. */
    private static int[] month(List<Token> toks, int i) {
        int[] m = monthName(toks, i);
        if (m == null) return null;
        int next = m[1];
        // "كانون الأول/ديسمبر", "ديسمبر (كانون الأول)", "كانون الأول - ديسمبر"
        String sep = norm(toks, next);
        if (sep.equals("/") || sep.equals("(") || sep.equals("-")) {
            int[] alt = monthName(toks, next + 1);
            if (alt != null && alt[2] == m[2]) {
                next = alt[1];
                if (sep.equals("(") && norm(toks, next).equals(")")) next++;
            }
        }
        return new int[] {m[0], next, m[2]};
    }

    private static int[] monthName(List<Token> toks, int i) {
        if (i >= toks.size()) return null;
        if (!toks.get(i).isArabic()) {
            Integer e = ENGLISH_MONTHS.get(toks.get(i).norm().toLowerCase(java.util.Locale.ROOT));
            return e == null ? null : new int[] {e, i + 1, 0};
        }
        String a = w(toks, i);
        if (Data.MONTH_HEADS.contains(a) && i + 1 < toks.size()) {
            String two = a + " " + w(toks, i + 1);
            Integer m = Data.MONTHS.get(two);
            if (m != null) return new int[] {m, i + 2, 0};
            m = Data.HIJRI.get(two);
            if (m != null) return new int[] {m, i + 2, 1};
        }
        Integer m = Data.MONTHS.get(a);
        if (m != null) return new int[] {m, i + 1, 0};
        m = Data.HIJRI.get(a);
        if (m != null) return new int[] {m, i + 1, 1};
        return null;
    }

    /** A 4-digit year (1900-2100 Gregorian, 1300-1500 Hijri), with an optional era mark م / هـ: {year, next}. */
    private static int[] year(List<Token> toks, int i, boolean hijri) {
        int y = intToken(toks, i);
        if (y < 0 || toks.get(i).norm().length() != 4) return null;
        if (hijri ? (y < 1300 || y > 1500) : (y < 1900 || y > 2100)) return null;
        int next = i + 1;
        String era = norm(toks, next);
        if (era.equals("م") || era.equals("ه")) {
            next++;
            if (norm(toks, next).equals(".")) next++;
        }
        return new int[] {y, next};
    }

    private static Found dayMonth(List<Token> toks, int i, Pub pub) {
        int start = i;
        boolean night = w(toks, i).equals("ليله");
        if (night) i++;
        int[] d = day(toks, i);
        if (d == null) return null;
        int next = d[1];
        Integer altDay = null;
        if (night && norm(toks, next).equals("/")) {          // ليلة 5/6 كانون الأول
            int[] d2 = day(toks, next + 1);
            if (d2 == null) return null;
            altDay = d2[0];
            next = d2[1];
        }
        if (w(toks, next).equals("من")) next++;               // 12 من أيار
        if (w(toks, next).equals("الشهر") && altDay == null) {  // 3 من الشهر الجاري / الماضي
            String q = w(toks, next + 1);
            // "الثاني من الشهر نفسه/ذاته": news tells the month just named, which is the publication month far more
            // often than not
            int delta = q.equals("الجاري") || q.equals("الحالي") || q.equals("نفسه") || q.equals("ذاته") ? 0 : q.equals("الماضي") ? -1 : 99;
            if (delta == 99 || next == d[1]) return null;
            if (!pub.month()) return unknown(next + 2);
            LocalDate first = pub.date().get().withDayOfMonth(1).plusMonths(delta);
            return new Found(next + 2, Optional.of(first.withDayOfMonth(d[0])), DatePrecision.DAY, true, Optional.empty());
        }
        int[] m = month(toks, next);
        if (m == null) return null;
        boolean hijri = m[2] == 1;
        next = m[1];
        int[] y = year(toks, next, hijri);
        LocalDate date;
        boolean relative = false;
        if (hijri) {
            if (y == null) return null;                        // رجب/صفر are also names: a Hijri date needs its year
            date = fromHijri(y[0], m[0], d[0]);
            next = y[1];
        } else if (y != null) {
            date = LocalDate.of(y[0], m[0], d[0]);
            next = y[1];
        } else {
            String q = w(toks, next);
            if (!pub.month()) {
                if (q.equals("الجاري") || q.equals("الماضي") || q.equals("الحالي")) next++;
                return unknown(next);
            }
            LocalDate p = pub.date().orElseThrow();
            relative = true;
            if (q.equals("الجاري") || q.equals("الحالي")) {
                date = LocalDate.of(p.getYear(), m[0], d[0]);
                next++;
            } else if (q.equals("الماضي")) {
                int yr = m[0] < p.getMonthValue() ? p.getYear() : p.getYear() - 1;
                date = LocalDate.of(yr, m[0], d[0]);
                next++;
            } else {
                date = LocalDate.of(p.getYear(), m[0], d[0]);
                if (date.isAfter(p)) date = date.minusYears(1);
            }
        }
        Optional<LocalDate> alt = altDay == null ? Optional.empty() : Optional.of(date.withDayOfMonth(Math.min(altDay, date.lengthOfMonth())));
        return new Found(next, Optional.of(date), DatePrecision.DAY, relative, alt);
    }

    static LocalDate fromHijri(int year, int month, int day) {
        IslamicCalendar cal = new IslamicCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
        cal.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
        cal.clear();
        cal.set(year, month - 1, day);
        long millis = cal.getTimeInMillis();
        return java.time.Instant.ofEpochMilli(millis).atZone(java.time.ZoneOffset.UTC).toLocalDate();
    }

    private static Found monthYear(List<Token> toks, int i, Pub pub) {
        int start = i;
        boolean shahr = w(toks, i).equals("شهر");
        if (shahr) i++;
        int[] m = month(toks, i);
        if (m == null) return null;
        boolean hijri = m[2] == 1;
        int engDay = intToken(toks, m[1]);
        if (!hijri && engDay >= 1 && engDay <= 31 && !toks.get(i).isArabic()) {   // December 3, 2021
            int k = m[1] + 1;
            if (norm(toks, k).equals(",")) k++;
            int[] yy = year(toks, k, false);
            if (yy != null) return new Found(yy[1], Optional.of(LocalDate.of(yy[0], m[0], engDay)), DatePrecision.DAY, false, Optional.empty());
        }
        int[] y = year(toks, m[1], hijri);
        if (y != null) {
            LocalDate d = hijri ? fromHijri(y[0], m[0], 1) : LocalDate.of(y[0], m[0], 1);
            return new Found(y[1], Optional.of(d), DatePrecision.MONTH, false, Optional.empty());
        }
        if (hijri) return null;
        String q = w(toks, m[1]);
        boolean qualified = q.equals("الماضي") || q.equals("الجاري") || q.equals("الحالي");
        if (!shahr && !qualified) return null;                  // a month name alone (آب is also "father")
        int end = qualified ? m[1] + 1 : m[1];
        if (!pub.month()) return unknown(end);
        LocalDate p = pub.date().orElseThrow();
        int yr;
        if (q.equals("الماضي")) yr = yearOfLast(m[0], p);
        else if (qualified) yr = p.getYear();
        else yr = m[0] <= p.getMonthValue() ? p.getYear() : p.getYear() - 1;
        return new Found(end, Optional.of(LocalDate.of(yr, m[0], 1)), DatePrecision.MONTH, true, Optional.empty());
    }

    private static Found year(List<Token> toks, int i, Pub pub) {
        String a = w(toks, i);
        boolean yearWord = a.equals("عام") || a.equals("العام") || a.equals("سنه") || a.equals("السنه");
        if (!yearWord) return null;
        int[] y = year(toks, i + 1, false);
        if (y != null) return new Found(y[1], Optional.of(LocalDate.of(y[0], 1, 1)), DatePrecision.YEAR, false, Optional.empty());
        String q = w(toks, i + 1);
        int delta = q.equals("الماضي") ? -1 : q.equals("الجاري") || q.equals("الحالي") ? 0 : q.equals("المقبل") ? 1 : 99;
        if (delta == 99 || !(a.startsWith("ال"))) return null;
        if (pub.date().isEmpty() || pub.precision() == DatePrecision.UNKNOWN) {
            return unknown(i + 2);
        }
        return new Found(i + 2, Optional.of(LocalDate.of(pub.date().get().getYear() + delta, 1, 1)), DatePrecision.YEAR, true, Optional.empty());
    }

    /**
     * A season of a known year: "صيف 2014", "شتاء عام 2017", "ربيع العام الماضي", "الصيف الماضي" (the last
     * summer over before the publication month: in August that is last year's). A season spans three months,
     * so the date has YEAR precision; a background event told this way must not take the publication week.
     * "ربيع الأول" (a Hijri month), "الربيع العربي" or "شتاء قارس" are no dates.
     */
    private static Found season(List<Token> toks, int i, Pub pub) {
        String a = w(toks, i);
        Integer endMonth = Data.SEASONS.get(a);
        if (endMonth == null) return null;
        int[] y = year(toks, i + 1, false);
        if (y != null) return new Found(y[1], Optional.of(LocalDate.of(y[0], 1, 1)), DatePrecision.YEAR, false, Optional.empty());
        Found ofYear = year(toks, i + 1, pub);                       // "صيف عام 2014", "ربيع العام الماضي"
        if (ofYear != null) return new Found(ofYear.end(), ofYear.date(), ofYear.precision(), ofYear.relative(), Optional.empty());
        if (!(a.startsWith("ال") && w(toks, i + 1).equals("الماضي"))) return null;
        if (pub.date().isEmpty() || pub.precision() == DatePrecision.UNKNOWN) {
            return unknown(i + 2);
        }
        int yr = yearOfLast(endMonth, pub.date().get());
        return new Found(i + 2, Optional.of(LocalDate.of(yr, 1, 1)), DatePrecision.YEAR, true, Optional.empty());
    }

    /** The year of the last month {@code month} over before the publication month ("أيار الماضي", "الصيف الماضي"). */
    private static int yearOfLast(int month, LocalDate published) {
        return month < published.getMonthValue() ? published.getYear() : published.getYear() - 1;
    }

    /** A relative expression read up to {@code end} whose date cannot be known (no publication day). */
    private static Found unknown(int end) {
        return new Found(end, Optional.empty(), DatePrecision.UNKNOWN, true, Optional.empty());
    }

    // ---------- relative expressions

    /** "أمس الأحد", "اليوم السبت": a weekday right after a relative day belongs to it. */
    private static int withWeekday(List<Token> toks, int end) {
        return end < toks.size() && Data.WEEKDAYS.containsKey(w(toks, end)) ? end + 1 : end;
    }

    private static Found relDay(int end, Pub pub, int days, Optional<Integer> altDays) {
        if (!pub.day()) return unknown(end);
        LocalDate p = pub.date().get();
        return new Found(end, Optional.of(p.plusDays(days)), DatePrecision.DAY, true, altDays.map(p::plusDays));
    }

    private static Found relative(List<Token> toks, int i, Pub pub) {
        String a = w(toks, i);
        // أول أمس / أول من أمس
        if (a.equals("اول")) {
            int k = i + 1;
            if (w(toks, k).equals("من")) k++;
            if (w(toks, k).equals("امس")) return relDay(k + 1, pub, -2, Optional.empty());
            return null;
        }
        // الليلة الماضية
        if (a.equals("الليله") && w(toks, i + 1).equals("الماضيه")) return relDay(i + 2, pub, -1, Optional.of(0));
        // صباح/مساء/ليل/فجر + أمس/اليوم (and أول أمس)
        int k = i;
        if (Data.PARTS.contains(a) && !a.equals("يوم")) k++;
        String b = w(toks, k);
        if (b.equals("اول") && (w(toks, k + 1).equals("امس") || (w(toks, k + 1).equals("من") && w(toks, k + 2).equals("امس")))) {
            int e = w(toks, k + 1).equals("من") ? k + 3 : k + 2;
            return relDay(e, pub, -2, Optional.empty());
        }
        Integer rel = Data.RELDAY.get(b);
        if (rel != null) {
            if (b.equals("اليوم") && k == i && followsDefiniteNoun(toks, i)) return null; // "العراق اليوم"
            return relDay(withWeekday(toks, k + 1), pub, rel, Optional.empty());
        }
        // منذ / قبل + N + unit, منذ يومين
        if (a.equals("منذ") || a.equals("قبل")) {
            int[] u = Data.UNITS.get(w(toks, i + 1));
            int count, end;
            if (u != null && u[1] < 0) {
                // a bare plural ("قبل أيام", "منذ أسابيع"): a few units back, known only to the week / month
                if (!pub.day()) return unknown(i + 2);
                LocalDate p = pub.date().get();
                return u[0] == 1
                        ? new Found(i + 2, Optional.of(p.minusDays(3)), DatePrecision.WEEK, true, Optional.empty())
                        : new Found(i + 2, Optional.of(p.minusDays(3L * u[0]).withDayOfMonth(1)), DatePrecision.MONTH, true, Optional.empty());
            }
            if (u != null) {
                count = u[1] == 0 ? 1 : u[1];
                end = i + 2;
            } else {
                ArabicNumbers.Num num = i + 1 < toks.size() ? ArabicNumbers.read(toks, i + 1) : null;
                if (num == null || num.dual() || num.single() || num.value() > 400) return null;
                u = Data.UNITS.get(w(toks, num.end()));
                if (u == null) return null;
                count = (int) num.rounded();
                end = num.end() + 1;
            }
            int days = count * u[0];
            if (u[0] == 1) return relDay(end, pub, -days, Optional.empty());
            if (!pub.day()) return unknown(end);
            LocalDate p = pub.date().get();
            if (u[0] == 7) {
                return new Found(end, Optional.of(p.minusDays(days).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))), DatePrecision.WEEK, true, Optional.empty());
            }
            return new Found(end, Optional.of(p.minusMonths(count).withDayOfMonth(1)), DatePrecision.MONTH, true, Optional.empty());
        }
        // (مطلع|منتصف|أواخر) الأسبوع/الشهر (الماضي|الجاري|المقبل)
        k = i;
        int part = monthPartDay(a);
        boolean early = part == 1;
        if (part > 0) k++;
        String unit = w(toks, k);
        String q = w(toks, k + 1);
        int delta = q.equals("الماضي") ? -1 : q.equals("الجاري") || q.equals("الحالي") ? 0 : q.equals("المقبل") || q.equals("القادم") ? 1 : 99;
        int end = k + 2;
        if (delta == 99) {
            if ((unit.equals("الاسبوع") || unit.equals("الشهر")) && k > 0 && w(toks, k - 1).equals("هذا")) { delta = 0; end = k + 1; }
            else return null;
        }
        if (unit.equals("الاسبوع")) {
            if (!pub.day()) return unknown(end);
            LocalDate monday = pub.date().get().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(delta);
            return new Found(end, Optional.of(monday), DatePrecision.WEEK, true, Optional.empty());
        }
        if (unit.equals("الشهر")) {
            if (!pub.month()) return unknown(end);
            LocalDate first = pub.date().get().withDayOfMonth(1).plusMonths(delta);
            return new Found(end, Optional.of(first), early ? DatePrecision.WEEK : DatePrecision.MONTH, true, Optional.empty());
        }
        return null;
    }

    /** "العراق اليوم" (a name, e.g. a newspaper) vs "قتل اليوم": اليوم right after a word with the article. */
    private static boolean followsDefiniteNoun(List<Token> toks, int i) {
        if (i == 0) return false;
        Token prev = toks.get(i - 1);
        return prev.proclitics().endsWith("ال") && !Data.WEEKDAYS.containsKey(word(prev)) && !prev.proclitics().startsWith("و");
    }

    private static Found weekday(List<Token> toks, int i, Pub pub) {
        int k = i;
        String a = w(toks, i);
        boolean cue = false, night = false;
        if (Data.PARTS.contains(a)) { k++; cue = true; night = a.equals("ليله") || a.equals("ليل"); }
        Integer wd = Data.WEEKDAYS.get(w(toks, k));
        if (wd == null) return null;
        String prev = i > 0 ? w(toks, i - 1) : "";
        if (!cue && (prev.equals("صلاه") || prev.equals("خطبه") || prev.equals("يوم"))) return null;
        int end = k + 1;
        String q = w(toks, end);
        int direction = 0;
        if (q.equals("المقبل") || q.equals("القادم")) { direction = 1; end++; }
        else if (q.equals("الماضي") || q.equals("المنصرم")) { direction = -1; end++; }
        // الاثنين / الأحد are also "the two" / "the one": only with a cue or a qualifier
        if ((wd == 1 || wd == 7) && !cue && direction == 0 && !night) return null;
        Integer second = null;
        if ((night || w(toks, end).equals("علي")) && w(toks, end).equals("علي")) {
            Integer wd2 = Data.WEEKDAYS.get(w(toks, end + 1));
            if (wd2 != null) { second = wd2; end += 2; }
        }
        // a date right after the weekday carries the day: "يوم الخميس 2 كانون الأول" — the date wins
        Found abs = null;
        int at = norm(toks, end).equals("(") ? end + 1 : end;
        try { abs = dayMonth(toks, at, pub); } catch (RuntimeException e) { abs = null; }
        if (abs == null) abs = numericDateSafe(toks, at);
        if (abs != null && at > end && norm(toks, abs.end()).equals(")")) abs = new Found(abs.end() + 1, abs.date(), abs.precision(), abs.relative(), abs.alternate());
        if (abs == null) abs = numericDateSafe(toks, end);
        if (abs != null && abs.date().isPresent()) return new Found(abs.end(), abs.date(), abs.precision(), abs.relative(), abs.alternate());
        if (!pub.day()) return unknown(end);
        LocalDate p = pub.date().get();
        DayOfWeek dow = DayOfWeek.of(wd);
        LocalDate d = direction > 0 ? p.with(TemporalAdjusters.next(dow))
                : direction < 0 ? p.with(TemporalAdjusters.previous(dow)) : p.with(TemporalAdjusters.previousOrSame(dow));
        Optional<LocalDate> alt = second == null ? Optional.empty() : Optional.of(d.with(TemporalAdjusters.next(DayOfWeek.of(second))));
        return new Found(end, Optional.of(d), DatePrecision.DAY, true, alt);
    }

    private static Found numericDateSafe(List<Token> toks, int i) {
        if (i >= toks.size()) return null;
        try { return numericDate(toks, i); } catch (RuntimeException e) { return null; }
    }
}
