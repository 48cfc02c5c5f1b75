package org.marsad.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.marsad.events.Event;
import org.marsad.events.EventType;
import org.marsad.fusion.CanonicalEvent;
import org.marsad.geo.Place;

/**
 * ACLED-compatible CSV: ACLED's 31 columns in ACLED's order and conventions (time_precision 1/2/3, numeric
 * inter codes, interaction smaller code first, fatalities = best killed figure or 0, iso 368), then Marsad's
 * own columns. RFC 4180: CRLF line ends, fields with comma, quote or line break quoted, quotes doubled.
 */
public final class AcledCsv {
    public static final List<String> ACLED_COLUMNS = List.of(
            "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
            "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
            "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
            "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp");
    public static final List<String> MARSAD_COLUMNS = List.of(
            "marsad_id", "killed_low", "killed_high", "wounded", "civilians_killed", "admin1_pcode", "admin2_pcode",
            "admin3_pcode", "documents", "review_status");
    public static final List<String> COLUMNS;

    static {
        List<String> all = new ArrayList<>(ACLED_COLUMNS);
        all.addAll(MARSAD_COLUMNS);
        COLUMNS = List.copyOf(all);
    }

    private AcledCsv() {}

    public static void write(List<CanonicalEvent> events, ExportContext ctx, Writer out) {
        try {
            writeRow(out, COLUMNS);
            for (CanonicalEvent ce : events) writeRow(out, row(ce, ctx));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String toString(List<CanonicalEvent> events, ExportContext ctx) {
        var sw = new java.io.StringWriter();
        write(events, ctx, sw);
        return sw.toString();
    }

    /** One event's values, in {@link #COLUMNS} order. */
    public static List<String> row(CanonicalEvent ce, ExportContext ctx) {
        Event e = ce.event();
        AdminNames names = AdminNames.shipped();
        Optional<Place> place = e.location();
        int inter1 = InterCodes.of(e.actor1());
        int inter2 = InterCodes.of(e.actor2());
        boolean iraq = place.map(Place::inIraq).orElse(true);
        List<String> outlets = new ArrayList<>();
        for (String d : e.documents()) {
            String o = ctx.outlet(d);
            if (!o.isEmpty() && !outlets.contains(o)) outlets.add(o);
        }
        String a1 = place.map(Place::admin1Pcode).orElse("");
        String a2 = place.map(Place::admin2Pcode).orElse("");
        String a3 = place.map(Place::admin3Pcode).orElse("");
        boolean coords = place.filter(EventProperties::hasCoordinates).isPresent();
        List<String> r = new ArrayList<>(COLUMNS.size());
        r.add("IRQ" + e.id().replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT));
        r.add(e.date().map(Object::toString).orElse(""));
        r.add(e.date().map(d -> Integer.toString(d.getYear())).orElse(""));
        r.add(Integer.toString(e.datePrecision().acledCode()));
        r.add(e.type().disorderType());
        r.add(e.type().acledEventType());
        r.add(e.type().acledSubEventType());
        r.add(first(e.actor1()));
        r.add(rest(e.actor1()));
        r.add(Integer.toString(inter1));
        r.add(first(e.actor2()));
        r.add(rest(e.actor2()));
        r.add(Integer.toString(inter2));
        r.add(Integer.toString(InterCodes.interaction(inter1, inter2)));
        r.add(civilianTargeting(e) ? "Civilian targeting" : "");
        r.add(iraq ? "368" : "");
        r.add("Middle East");
        r.add(place.map(p -> p.country().isEmpty() ? "Iraq" : p.country()).orElse("Iraq"));
        r.add(names.english(a1));
        r.add(names.english(a2));
        r.add(names.english(a3));
        r.add(location(e, names));
        r.add(coords ? coordinate(place.get().lat()) : "");
        r.add(coords ? coordinate(place.get().lon()) : "");
        r.add(place.map(p -> Integer.toString(p.geoPrecision())).orElse(""));
        r.add(String.join("; ", outlets));
        r.add(outlets.isEmpty() ? "" : "National");
        r.add(notes(e, names));
        r.add(Integer.toString(e.casualties().killed().orElse(0)));
        r.add("");
        r.add(Long.toString(ctx.timestamp().getEpochSecond()));
        r.add(e.id());
        r.add(num(e.casualties().killedLow()));
        r.add(num(e.casualties().killedHigh()));
        r.add(num(e.casualties().wounded()));
        r.add(num(e.casualties().civiliansKilled()));
        r.add(a1);
        r.add(a2);
        r.add(a3);
        r.add(String.join(";", e.documents()));
        r.add(ctx.review(e.id()));
        return r;
    }

    /** ACLED flags events whose target is civilians, whatever the event type. */
    static boolean civilianTargeting(Event e) {
        return e.type() == EventType.VIOLENCE_AGAINST_CIVILIANS
                || (e.type().violent() && e.actor2().contains("Civilians"));
    }

    private static String location(Event e, AdminNames names) {
        Optional<Place> p = e.location();
        if (p.isPresent() && !p.get().nameEn().isBlank()) return p.get().nameEn();
        for (String pcode : p.map(pl -> List.of(pl.admin3Pcode(), pl.admin2Pcode(), pl.admin1Pcode())).orElse(List.of())) {
            if (!names.english(pcode).isEmpty()) return names.english(pcode);
        }
        return e.locationName();
    }

    /** A one-line English note in ACLED's style, built only from the coded fields. */
    static String notes(Event e, AdminNames names) {
        StringBuilder sb = new StringBuilder();
        sb.append("On ").append(e.date().map(Object::toString).orElse("an unknown date"));
        if (e.datePrecision().acledCode() > 1) sb.append(" (approximate)");
        sb.append(", ").append(e.type().acledSubEventType().toLowerCase(Locale.ROOT));
        String loc = location(e, names);
        if (!loc.isBlank()) sb.append(" in ").append(loc);
        if (!e.actor1().isEmpty()) sb.append(" by ").append(String.join(" and ", e.actor1()));
        if (!e.actor2().isEmpty()) sb.append(" against ").append(String.join(" and ", e.actor2()));
        sb.append('.');
        var c = e.casualties();
        if (c.killed().isPresent()) {
            sb.append(' ').append(c.killed().getAsInt()).append(" killed");
            if (c.killedLow().isPresent() && c.killedHigh().isPresent()
                    && c.killedLow().getAsInt() != c.killedHigh().getAsInt()) {
                sb.append(" (reports range ").append(c.killedLow().getAsInt()).append('-')
                        .append(c.killedHigh().getAsInt()).append(')');
            }
            if (c.civiliansKilled().isPresent()) sb.append(", including ").append(c.civiliansKilled().getAsInt()).append(" civilians");
            sb.append('.');
        }
        if (c.wounded().isPresent()) sb.append(' ').append(c.wounded().getAsInt()).append(" wounded.");
        return sb.toString();
    }

    private static String first(List<String> l) { return l.isEmpty() ? "" : l.get(0); }

    private static String rest(List<String> l) { return l.size() <= 1 ? "" : String.join("; ", l.subList(1, l.size())); }

    private static String num(OptionalInt v) { return v.isPresent() ? Integer.toString(v.getAsInt()) : ""; }

    private static String coordinate(double v) { return String.format(Locale.ROOT, "%.4f", v); }

    static void writeRow(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) out.write(',');
            out.write(quote(fields.get(i)));
        }
        out.write("\r\n");
    }

    /** RFC 4180 section 2.6/2.7: quote a field holding a comma, quote or line break; double embedded quotes. */
    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
