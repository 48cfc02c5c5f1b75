package org.marsad.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.fusion.CanonicalEvent;
import org.marsad.geo.Place;

/**
 * GeoJSON FeatureCollection (RFC 7946, lon/lat WGS84) of events with a point: one Point feature per event,
 * properties = {@link EventProperties}. Events without coordinates cannot be drawn; they are left out and
 * counted in the collection's "omitted_without_coordinates" member so nothing disappears silently.
 */
public final class EventsGeoJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EventsGeoJson() {}

    public record Result(Map<String, Object> collection, int features, int omitted) {}

    public static Result build(List<CanonicalEvent> events, ExportContext ctx) {
        List<Object> features = new ArrayList<>();
        int omitted = 0;
        for (CanonicalEvent ce : events) {
            var place = ce.event().location().filter(EventProperties::hasCoordinates);
            if (place.isEmpty()) {
                omitted++;
                continue;
            }
            Place p = place.get();
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("type", "Feature");
            f.put("id", ce.id());
            f.put("geometry", Map.of("type", "Point", "coordinates", List.of(round(p.lon()), round(p.lat()))));
            f.put("properties", EventProperties.of(ce, ctx));
            features.add(f);
        }
        Map<String, Object> fc = new LinkedHashMap<>();
        fc.put("type", "FeatureCollection");
        fc.put("features", features);
        fc.put("omitted_without_coordinates", omitted);
        return new Result(fc, features.size(), omitted);
    }

    public static void write(List<CanonicalEvent> events, ExportContext ctx, OutputStream out) {
        try {
            MAPPER.writeValue(out, build(events, ctx).collection());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String toString(List<CanonicalEvent> events, ExportContext ctx) {
        try {
            return MAPPER.writeValueAsString(build(events, ctx).collection());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double round(double v) { return Math.round(v * 1e5) / 1e5; }
}
