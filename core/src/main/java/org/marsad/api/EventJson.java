package org.marsad.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.OptionalInt;
import org.marsad.common.Json;
import org.marsad.events.Event;
import org.marsad.events.Evidence;
import org.marsad.export.AdminNames;
import org.marsad.fusion.CanonicalEvent;
import org.marsad.fusion.Conflict;

/** An event's full record for the event page: GOLD-FORMAT fields plus evidence spans (offsets into the original text). */
final class EventJson {
    private EventJson() {}

    static ObjectNode fields(Event e) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("id", e.id());
        o.put("type", e.type().code());
        o.put("acled_event_type", e.type().acledEventType());
        o.put("acled_sub_event_type", e.type().acledSubEventType());
        e.date().ifPresent(d -> o.put("date", d.toString()));
        o.put("date_precision", e.datePrecision().code());
        e.dateAlt().ifPresent(d -> o.put("date_alt", d.toString()));
        o.put("date_derivation", e.dateDerivation());
        ObjectNode loc = o.putObject("location");
        loc.put("name_ar", e.locationName());
        e.location().ifPresent(p -> {
            AdminNames n = AdminNames.shipped();
            loc.put("name_en", p.nameEn());
            loc.put("place_name_ar", p.nameAr());
            loc.put("feature_type", p.featureType());
            loc.put("country", p.country());
            loc.put("admin1_pcode", p.admin1Pcode());
            loc.put("admin1_en", n.english(p.admin1Pcode()));
            loc.put("admin1_ar", n.arabic(p.admin1Pcode()));
            loc.put("admin2_pcode", p.admin2Pcode());
            loc.put("admin2_en", n.english(p.admin2Pcode()));
            loc.put("admin2_ar", n.arabic(p.admin2Pcode()));
            loc.put("admin3_pcode", p.admin3Pcode());
            ArrayNode alt = loc.putArray("alt_admin1_pcodes");
            p.altAdmin1Pcodes().forEach(alt::add);
            if (org.marsad.export.EventProperties.hasCoordinates(p)) {
                loc.put("lat", p.lat());
                loc.put("lon", p.lon());
            }
            loc.put("geo_precision", p.geoPrecision());
        });
        ArrayNode a1 = o.putArray("actor1");
        e.actor1().forEach(a1::add);
        ArrayNode a2 = o.putArray("actor2");
        e.actor2().forEach(a2::add);
        var c = e.casualties();
        put(o, "killed", c.killed());
        put(o, "killed_low", c.killedLow());
        put(o, "killed_high", c.killedHigh());
        put(o, "wounded", c.wounded());
        put(o, "civilians_killed", c.civiliansKilled());
        put(o, "killed_or_wounded", c.killedOrWounded());
        ArrayNode docs = o.putArray("documents");
        e.documents().forEach(docs::add);
        ArrayNode mdocs = o.putArray("mention_documents");
        e.mentionDocuments().forEach(mdocs::add);
        ArrayNode ev = o.putArray("evidence");
        for (Evidence x : e.evidence()) {
            ev.addObject().put("document", x.docId()).put("start", x.span().start()).put("end", x.span().end())
                    .put("text", x.text());
        }
        o.put("confidence", e.confidence());
        o.put("background", e.background());
        return o;
    }

    static ObjectNode canonical(CanonicalEvent ce) {
        ObjectNode o = fields(ce.event());
        o.put("story_id", ce.storyId());
        ArrayNode s = o.putArray("sources");
        for (Event e : ce.sources()) s.add(fields(e));
        ArrayNode c = o.putArray("conflicts");
        for (Conflict k : ce.conflicts()) {
            ObjectNode kn = c.addObject().put("field", k.field());
            ArrayNode vals = kn.putArray("values");
            for (Conflict.Value v : k.values()) {
                ObjectNode vn = vals.addObject().put("value", v.value());
                ArrayNode d = vn.putArray("documents");
                v.documents().forEach(d::add);
            }
        }
        return o;
    }

    private static void put(ObjectNode o, String k, OptionalInt v) {
        if (v.isPresent()) o.put(k, v.getAsInt());
    }
}
