package org.marsad.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventsGeoJsonTest {
    static final ExportContext CTX = new ExportContext(WorkspaceFixtures.outlets(), java.util.Map.of(), Instant.EPOCH);

    @Test
    void writesAFeatureCollectionOfPointsInLonLatOrder() throws Exception {
        JsonNode fc = new ObjectMapper().readTree(EventsGeoJson.toString(WorkspaceFixtures.events(), CTX));
        assertThat(fc.get("type").asText()).isEqualTo("FeatureCollection");
        JsonNode f = fc.get("features").get(0);
        assertThat(f.get("type").asText()).isEqualTo("Feature");
        assertThat(f.get("geometry").get("type").asText()).isEqualTo("Point");
        assertThat(f.get("geometry").get("coordinates").get(0).asDouble()).isBetween(38.0, 49.0); // longitude first
        assertThat(f.get("geometry").get("coordinates").get(1).asDouble()).isBetween(29.0, 38.0);
    }

    @Test
    void omitsAndCountsEventsWithoutCoordinates() {
        var r = EventsGeoJson.build(WorkspaceFixtures.events(), CTX);
        assertThat(r.features()).isEqualTo(2);
        assertThat(r.omitted()).isEqualTo(1);
        assertThat(r.collection().get("omitted_without_coordinates")).isEqualTo(1);
    }

    @Test
    void carriesTheEventFieldsAsProperties() throws Exception {
        JsonNode p = new ObjectMapper().readTree(EventsGeoJson.toString(List.of(WorkspaceFixtures.makhmour()), CTX))
                .get("features").get(0).get("properties");
        assertThat(p.get("id").asText()).isEqualTo("ev-makhmour");
        assertThat(p.get("type").asText()).isEqualTo("attack");
        assertThat(p.get("killed").asInt()).isEqualTo(6);
        assertThat(p.get("admin2_pcode").asText()).isEqualTo("IQG11Q04");
        assertThat(p.get("outlets").toString()).isEqualTo("[\"Wire A\",\"Wire B\"]");
        assertThat(p.get("conflicts").toString()).isEqualTo("[\"killed\"]");
    }

    @Test
    void leavesOutCountsTheTextsDoNotGive() throws Exception {
        JsonNode p = new ObjectMapper().readTree(EventsGeoJson.toString(List.of(WorkspaceFixtures.basra()), CTX))
                .get("features").get(0).get("properties");
        assertThat(p.has("killed")).isFalse();
        assertThat(p.get("fatalities").asInt()).isZero();
    }

    @Test
    void shipsEnglishNamesForEveryGovernorateAndDistrict() {
        assertThat(AdminNames.shipped().english("IQG08")).isEqualTo("Baghdad");
        assertThat(AdminNames.shipped().arabic("IQG11Q04")).isEqualTo("مخمور");
        assertThat(AdminNames.shipped().size()).isGreaterThanOrEqualTo(18 + 101);
        assertThat(AdminNames.shipped().english("IQG99")).isEmpty();
    }
}
