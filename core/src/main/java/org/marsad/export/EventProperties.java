package org.marsad.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.marsad.events.Event;
import org.marsad.events.Evidence;
import org.marsad.fusion.CanonicalEvent;
import org.marsad.geo.Place;

/**
 * An event's fields as a flat, JSON-ready map in the GOLD-FORMAT vocabulary (GeoJSON properties, API list
 * rows). Absent counts are left out, never written as zero.
 */
public final class EventProperties {
    private EventProperties() {}

    public static Map<String, Object> of(CanonicalEvent ce, ExportContext ctx) {
        Event e = ce.event();
        AdminNames names = AdminNames.shipped();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", e.id());
        p.put("type", e.type().code());
        p.put("acled_event_type", e.type().acledEventType());
        p.put("acled_sub_event_type", e.type().acledSubEventType());
        e.date().ifPresent(d -> p.put("date", d.toString()));
        p.put("date_precision", e.datePrecision().code());
        p.put("location_name_ar", e.locationName());
        e.location().ifPresent(pl -> {
            p.put("location_name_en", pl.nameEn());
            p.put("admin1_pcode", pl.admin1Pcode());
            p.put("admin2_pcode", pl.admin2Pcode());
            p.put("admin3_pcode", pl.admin3Pcode());
            p.put("admin1", names.english(pl.admin1Pcode()));
            p.put("admin2", names.english(pl.admin2Pcode()));
            p.put("country", pl.country());
            p.put("geo_precision", pl.geoPrecision());
            if (hasCoordinates(pl)) {
                p.put("latitude", pl.lat());
                p.put("longitude", pl.lon());
            }
        });
        p.put("actor1", e.actor1());
        p.put("actor2", e.actor2());
        put(p, "killed", e.casualties().killed());
        put(p, "killed_low", e.casualties().killedLow());
        put(p, "killed_high", e.casualties().killedHigh());
        put(p, "wounded", e.casualties().wounded());
        put(p, "civilians_killed", e.casualties().civiliansKilled());
        p.put("fatalities", e.casualties().killed().orElse(0));
        p.put("documents", e.documents());
        List<String> outlets = new ArrayList<>();
        for (String d : e.documents()) {
            String o = ctx.outlet(d);
            if (!o.isEmpty() && !outlets.contains(o)) outlets.add(o);
        }
        p.put("outlets", outlets);
        p.put("sources", ce.sources().size());
        p.put("conflicts", ce.conflicts().stream().map(c -> c.field()).toList());
        p.put("story", ce.storyId());
        p.put("review", ctx.review(e.id()));
        p.put("confidence", e.confidence());
        p.put("evidence", e.evidence().stream().map(Evidence::text).toList());
        return p;
    }

    /** (0,0) is how a place without a point is stored by some stages; it is never a real Iraqi location. */
    public static boolean hasCoordinates(Place pl) {
        return Double.isFinite(pl.lat()) && Double.isFinite(pl.lon()) && !(pl.lat() == 0.0 && pl.lon() == 0.0);
    }

    private static void put(Map<String, Object> p, String key, OptionalInt v) {
        if (v.isPresent()) p.put(key, v.getAsInt());
    }
}
