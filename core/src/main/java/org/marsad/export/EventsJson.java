package org.marsad.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.marsad.common.Json;
import org.marsad.events.Casualties;
import org.marsad.events.Event;
import org.marsad.events.Evidence;
import org.marsad.fusion.CanonicalEvent;
import org.marsad.fusion.Conflict;
import org.marsad.geo.Place;

/**
 * Canonical events as {@code {"events": [...]}} in the shape of the gold files
 * (shared/eval/GOLD-FORMAT.md): a count the texts do not give is absent, not zero;
 * {@code evidence_spans} locate each quote in its document; {@code sources} (each reporting
 * article's own version) and {@code conflicts} appear when there is more than one source or a
 * disagreement.
 */
public final class EventsJson {
    private EventsJson() {}

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    public static ObjectNode document(List<CanonicalEvent> events) {
        ObjectNode root = F.objectNode();
        ArrayNode arr = root.putArray("events");
        for (CanonicalEvent ce : events) arr.add(event(ce));
        return root;
    }

    /** Writes the document; {@code out} is flushed, not closed (it may be standard output). */
    public static void write(List<CanonicalEvent> events, Writer out) throws IOException {
        Json.MAPPER.writerWithDefaultPrettyPrinter().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValue(out, document(events));
        out.flush();
    }

    public static String toJson(List<CanonicalEvent> events) {
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(document(events));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static ObjectNode event(CanonicalEvent ce) {
        ObjectNode o = fields(ce.event());
        if (!ce.storyId().isEmpty()) o.put("story_id", ce.storyId());
        if (ce.sources().size() > 1) {
            ArrayNode s = o.putArray("sources");
            for (Event e : ce.sources()) s.add(fields(e));
        }
        if (!ce.conflicts().isEmpty()) {
            ArrayNode c = o.putArray("conflicts");
            for (Conflict k : ce.conflicts()) {
                ObjectNode kn = c.addObject().put("field", k.field());
                ArrayNode vals = kn.putArray("values");
                for (Conflict.Value v : k.values()) {
                    ObjectNode vn = vals.addObject().put("value", v.value());
                    strings(vn.putArray("documents"), v.documents());
                }
            }
        }
        return o;
    }

    /** The gold-format fields of one event. */
    public static ObjectNode fields(Event e) {
        ObjectNode o = F.objectNode();
        o.put("id", e.id());
        o.put("type", e.type().code());
        o.put("acled_event_type", e.type().acledEventType());
        o.put("acled_sub_event_type", e.type().acledSubEventType());
        e.date().map(LocalDate::toString).ifPresent(d -> o.put("date", d));
        o.put("date_precision", e.datePrecision().code());
        e.dateAlt().map(LocalDate::toString).ifPresent(d -> o.put("date_alt", d));
        if (e.location().isPresent() || !e.locationName().isEmpty()) o.set("location", location(e));
        strings(o.putArray("actor1"), e.actor1());
        strings(o.putArray("actor2"), e.actor2());
        Casualties c = e.casualties();
        count(o, "killed", c.killed());
        count(o, "killed_low", c.killedLow());
        count(o, "killed_high", c.killedHigh());
        count(o, "wounded", c.wounded());
        count(o, "civilians_killed", c.civiliansKilled());
        count(o, "killed_or_wounded", c.killedOrWounded());
        strings(o.putArray("documents"), e.documents());
        if (!e.mentionDocuments().isEmpty()) strings(o.putArray("mention_documents"), e.mentionDocuments());
        ArrayNode ev = o.putArray("evidence");
        ArrayNode spans = o.putArray("evidence_spans");
        for (Evidence x : e.evidence()) {
            ev.add(x.text());
            spans.addObject().put("doc", x.docId()).put("start", x.span().start()).put("end", x.span().end());
        }
        o.put("confidence", Math.round(e.confidence() * 1000) / 1000.0);
        if (e.background()) o.put("background", true);
        if (!e.dateDerivation().isEmpty()) o.put("date_derivation", e.dateDerivation());
        return o;
    }

    private static ObjectNode location(Event e) {
        ObjectNode l = F.objectNode();
        String name = !e.locationName().isEmpty() ? e.locationName() : e.location().map(Place::nameAr).orElse("");
        l.put("name_ar", name);
        e.location().ifPresent(p -> {
            if (!p.admin1Pcode().isEmpty()) l.put("admin1_pcode", p.admin1Pcode());
            if (!p.admin2Pcode().isEmpty()) l.put("admin2_pcode", p.admin2Pcode());
            if (!p.admin3Pcode().isEmpty()) l.put("admin3_pcode", p.admin3Pcode());
            if (!p.altAdmin1Pcodes().isEmpty()) strings(l.putArray("alt_admin1_pcodes"), p.altAdmin1Pcodes());
            if (!p.country().isEmpty()) l.put("country", p.country());
            if (!p.nameEn().isEmpty()) l.put("name_en", p.nameEn());
            l.put("lat", p.lat());
            l.put("lon", p.lon());
            l.put("geo_precision", p.geoPrecision());
        });
        return l;
    }

    private static void count(ObjectNode o, String name, OptionalInt v) {
        if (v.isPresent()) o.put(name, v.getAsInt());
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }
}
