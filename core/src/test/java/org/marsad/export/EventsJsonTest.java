package org.marsad.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.marsad.common.DatePrecision;
import org.marsad.common.Json;
import org.marsad.common.Span;
import org.marsad.events.Casualties;
import org.marsad.events.Event;
import org.marsad.events.EventType;
import org.marsad.events.Evidence;
import org.marsad.fusion.CanonicalEvent;
import org.marsad.fusion.Conflict;
import org.marsad.geo.Place;

class EventsJsonTest {
    static final Place MAKHMOUR = new Place("g1", "مخمور", "Makhmour", "district", "Iraq", "IQG11", "IQG11Q04", "",
            List.of("IQG15"), 35.77, 43.58, 2);

    static Event event(String id, String doc, OptionalInt killed, OptionalInt civilians, Optional<Place> place) {
        Casualties c = new Casualties(killed, killed, killed, OptionalInt.of(5), civilians, OptionalInt.empty(), true);
        return new Event(id, EventType.ATTACK, Optional.of(LocalDate.of(2021, 12, 2)), DatePrecision.DAY, Optional.empty(),
                "relative:أمس", place, "مخمور", List.of("Islamic State"), List.of("Peshmerga", "Civilians"), c,
                List.of(doc), List.of(), List.of(new Evidence(doc, new Span(10, 30), "هجوم داعش على البيشمركة")), 0.8567, false);
    }

    @Test
    void writesTheGoldShape() {
        Event e = event("e1", "d1", OptionalInt.of(13), OptionalInt.of(3), Optional.of(MAKHMOUR));
        JsonNode o = Json.MAPPER.valueToTree(EventsJson.document(List.of(new CanonicalEvent(e, List.of(e), List.of(), ""))))
                .get("events").get(0);
        assertThat(o.get("type").asText()).isEqualTo("attack");
        assertThat(o.get("acled_event_type").asText()).isEqualTo("Battles");
        assertThat(o.get("acled_sub_event_type").asText()).isEqualTo("Armed clash");
        assertThat(o.get("date").asText()).isEqualTo("2021-12-02");
        assertThat(o.get("date_precision").asText()).isEqualTo("day");
        JsonNode loc = o.get("location");
        assertThat(loc.get("name_ar").asText()).isEqualTo("مخمور");
        assertThat(loc.get("admin1_pcode").asText()).isEqualTo("IQG11");
        assertThat(loc.get("admin2_pcode").asText()).isEqualTo("IQG11Q04");
        assertThat(loc.has("admin3_pcode")).isFalse();
        assertThat(loc.get("alt_admin1_pcodes").get(0).asText()).isEqualTo("IQG15");
        assertThat(loc.get("country").asText()).isEqualTo("Iraq");
        assertThat(loc.get("geo_precision").asInt()).isEqualTo(2);
        assertThat(o.get("actor1").get(0).asText()).isEqualTo("Islamic State");
        assertThat(o.get("actor2")).hasSize(2);
        assertThat(o.get("killed").asInt()).isEqualTo(13);
        assertThat(o.get("killed_low").asInt()).isEqualTo(13);
        assertThat(o.get("killed_high").asInt()).isEqualTo(13);
        assertThat(o.get("wounded").asInt()).isEqualTo(5);
        assertThat(o.get("civilians_killed").asInt()).isEqualTo(3);
        assertThat(o.get("documents").get(0).asText()).isEqualTo("d1");
        assertThat(o.get("evidence").get(0).asText()).isEqualTo("هجوم داعش على البيشمركة");
        JsonNode span = o.get("evidence_spans").get(0);
        assertThat(span.get("doc").asText()).isEqualTo("d1");
        assertThat(span.get("start").asInt()).isEqualTo(10);
        assertThat(span.get("end").asInt()).isEqualTo(30);
        assertThat(o.get("confidence").asDouble()).isEqualTo(0.857);
        assertThat(o.has("sources")).isFalse();
        assertThat(o.has("conflicts")).isFalse();
        assertThat(o.has("mention_documents")).isFalse();
    }

    @Test
    void countsTheTextsDoNotGiveAreAbsentNotZero() {
        Event e = event("e1", "d1", OptionalInt.empty(), OptionalInt.empty(), Optional.of(MAKHMOUR));
        JsonNode o = Json.MAPPER.valueToTree(EventsJson.event(new CanonicalEvent(e, List.of(e), List.of(), "")));
        assertThat(o.has("killed")).isFalse();
        assertThat(o.has("killed_low")).isFalse();
        assertThat(o.has("civilians_killed")).isFalse();
        assertThat(o.get("wounded").asInt()).isEqualTo(5);
    }

    @Test
    void unresolvedPlaceKeepsItsArabicName() {
        Event e = event("e1", "d1", OptionalInt.of(1), OptionalInt.empty(), Optional.empty());
        JsonNode loc = Json.MAPPER.valueToTree(EventsJson.fields(e)).get("location");
        assertThat(loc.get("name_ar").asText()).isEqualTo("مخمور");
        assertThat(loc.has("admin1_pcode")).isFalse();
    }

    @Test
    void sourcesAndConflictsWhenOutletsDisagree() {
        Event a = event("a", "d1", OptionalInt.of(4), OptionalInt.empty(), Optional.of(MAKHMOUR));
        Event b = event("b", "d2", OptionalInt.of(3), OptionalInt.empty(), Optional.of(MAKHMOUR));
        Conflict c = new Conflict("killed", List.of(new Conflict.Value("4", List.of("d1")), new Conflict.Value("3", List.of("d2"))));
        JsonNode o = Json.MAPPER.valueToTree(EventsJson.event(new CanonicalEvent(a, List.of(a, b), List.of(c), "story-1")));
        assertThat(o.get("sources")).hasSize(2);
        assertThat(o.get("sources").get(1).get("killed").asInt()).isEqualTo(3);
        assertThat(o.get("conflicts").get(0).get("field").asText()).isEqualTo("killed");
        assertThat(o.get("conflicts").get(0).get("values").get(1).get("documents").get(0).asText()).isEqualTo("d2");
        assertThat(o.get("story_id").asText()).isEqualTo("story-1");
    }

    @Test
    void emptyStoreGivesEmptyEventsArray() {
        assertThat(EventsJson.toJson(List.of()).replaceAll("\\s", "")).isEqualTo("{\"events\":[]}");
    }
}
