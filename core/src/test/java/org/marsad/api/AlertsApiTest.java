package org.marsad.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.common.Json;

/**
 * /api/alerts and /api/alerts.atom over real HTTP: a store holding a synthetic Makhmour series (one attack every
 * second week for twenty weeks, then a week of five) raises one surge; a store holding only the flat series raises
 * none; detector parameters and date filters are applied and bad values answered 400 naming the parameter.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlertsApiTest {
    static final LocalDate START = AlertFixtures.START;
    static final LocalDate SURGE_WEEK = AlertFixtures.SURGE_WEEK;

    TestServer surge;
    TestServer flat;

    @BeforeAll
    void start(@TempDir Path dir) {
        surge = new TestServer(dir.resolve("surge"), List.of(), AlertFixtures.surgeSeries(), Map.of());
        flat = new TestServer(dir.resolve("flat"), List.of(), AlertFixtures.flatSeries(), Map.of());
    }

    @AfterAll
    void stop() {
        surge.close();
        flat.close();
    }

    static JsonNode json(TestServer s, String path) {
        var r = s.get(path);
        assertThat(r.statusCode()).as(path + " -> " + r.body()).isEqualTo(200);
        return Json.read(r.body(), JsonNode.class);
    }

    @Test
    void weekOfFiveAttacksIsReportedAsASurgeWithItsEvidence() {
        JsonNode r = json(surge, "/api/alerts");
        assertThat(r.get("total").asInt()).isEqualTo(1);
        JsonNode a = r.get("alerts").get(0);
        assertThat(a.get("id").asText()).isEqualTo("IQG11Q04-" + SURGE_WEEK + "-surge");
        assertThat(a.get("kind").asText()).isEqualTo("surge");
        assertThat(a.get("admin1_pcode").asText()).isEqualTo("IQG11");
        assertThat(a.get("admin2_pcode").asText()).isEqualTo("IQG11Q04");
        assertThat(a.get("district").asText()).isNotBlank();
        assertThat(a.get("district_ar").asText()).contains("مخمور");
        assertThat(a.get("week_start").asText()).isEqualTo(SURGE_WEEK.toString());
        assertThat(a.get("week_end").asText()).isEqualTo(SURGE_WEEK.plusDays(6).toString());
        assertThat(a.get("events").asInt()).isEqualTo(5);
        assertThat(a.get("fatalities").asInt()).isEqualTo(10);
        assertThat(a.get("expected").asDouble()).isBetween(0.0, 1.0);
        assertThat(a.get("expected_fatalities").asDouble()).isBetween(0.0, 1.0);
        assertThat(a.get("p_value").asDouble()).isLessThan(0.01);
        assertThat(a.get("score").asDouble()).isGreaterThan(2.0);
        assertThat(a.get("event_ids").findValuesAsText("")).isEmpty();
        List<String> ids = new ArrayList<>();
        a.get("event_ids").forEach(n -> ids.add(n.asText()));
        assertThat(ids).containsExactly("ev-surge-0", "ev-surge-1", "ev-surge-2", "ev-surge-3", "ev-surge-4");
        assertThat(a.get("evidence")).hasSize(5);
        assertThat(a.get("evidence").get(0).get("type").asText()).isEqualTo("attack");
        assertThat(a.get("evidence").get(0).get("latitude").asDouble()).isEqualTo(35.80222);
        JsonNode cfg = r.get("config");
        assertThat(cfg.get("baseline_weeks").asInt()).isEqualTo(12);
        assertThat(cfg.get("min_events").asInt()).isEqualTo(3);
        assertThat(cfg.get("alpha").asDouble()).isEqualTo(0.01);
    }

    @Test
    void flatSeriesRaisesNoAlert() {
        JsonNode r = json(flat, "/api/alerts");
        assertThat(r.get("alerts")).isEmpty();
        assertThat(r.get("total").asInt()).isZero();
        assertThat(flat.get("/api/alerts.atom").body()).contains("<feed").doesNotContain("<entry");
    }

    @Test
    void detectorParametersAreApplied() {
        assertThat(json(surge, "/api/alerts?alpha=1e-12").get("alerts")).isEmpty();
        assertThat(json(surge, "/api/alerts?min_events=11").get("alerts")).as("5 events and 10 dead are both under 11").isEmpty();
        assertThat(json(surge, "/api/alerts?baseline_weeks=4&min_events=5&min_new_events=3&alpha=0.05").get("config").toString())
                .contains("\"baseline_weeks\":4", "\"min_events\":5", "\"min_new_events\":3", "\"alpha\":0.05");
        // a one-event week counts as new activity once nothing is recorded in the (short) baseline before it
        JsonNode loose = json(flat, "/api/alerts?baseline_weeks=2&min_new_events=1");
        assertThat(loose.get("alerts")).isNotEmpty().allSatisfy(a -> assertThat(a.get("kind").asText()).isEqualTo("new_activity"));
    }

    @Test
    void fromAndToChooseTheWeeksReportedNotTheBaseline() {
        String week = SURGE_WEEK.toString();
        assertThat(json(surge, "/api/alerts?from=" + week).get("total").asInt()).as("baseline still seen").isEqualTo(1);
        assertThat(json(surge, "/api/alerts?from=" + SURGE_WEEK.plusDays(3)).get("total").asInt()).as("week overlaps").isEqualTo(1);
        assertThat(json(surge, "/api/alerts?to=" + SURGE_WEEK.plusDays(6)).get("total").asInt()).isEqualTo(1);
        assertThat(json(surge, "/api/alerts?from=" + SURGE_WEEK.plusWeeks(1)).get("total").asInt()).isZero();
        assertThat(json(surge, "/api/alerts?to=" + SURGE_WEEK.minusDays(1)).get("total").asInt()).isZero();
        assertThat(json(surge, "/api/alerts?admin2=IQG10Q06").get("total").asInt()).isZero();
        assertThat(json(surge, "/api/alerts?admin1=IQG11").get("total").asInt()).isEqualTo(1);
    }

    @Test
    void atomFeedListsTheAlertWithLinksToTheDashboard() throws Exception {
        var r = surge.get("/api/alerts.atom");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        SyndFeed feed = new SyndFeedInput().build(new StringReader(r.body()));
        assertThat(feed.getEntries()).singleElement().satisfies(e -> {
            assertThat(e.getTitle()).startsWith("Surge in ").endsWith("(IQG11Q04), week of " + SURGE_WEEK);
            assertThat(e.getLink()).isEqualTo(surge.base() + "/#/alerts/IQG11Q04-" + SURGE_WEEK + "-surge");
            assertThat(e.getDescription().getValue()).contains("5 violent events", "10 fatalities", "ev-surge-4");
        });
        assertThat(new SyndFeedInput().build(new StringReader(surge.get("/api/alerts.atom?alpha=1e-12").body()))
                .getEntries()).isEmpty();
    }

    @Test
    void answersBadParametersWith400NamingTheParameter() {
        for (String[] c : List.of(new String[] {"baseline_weeks=1", "baseline_weeks"}, new String[] {"baseline_weeks=many", "baseline_weeks"},
                new String[] {"min_events=0", "min_events"}, new String[] {"min_events=2.5", "min_events"},
                new String[] {"min_new_events=-1", "min_new_events"}, new String[] {"alpha=1.5", "alpha"},
                new String[] {"alpha=0", "alpha"}, new String[] {"alpha=NaN", "alpha"}, new String[] {"alpha=1e-400", "alpha"},
                new String[] {"alpha=0x1p-3", "alpha"}, new String[] {"from=yesterday", "from"}, new String[] {"admin2=IQG11", "admin2"},
                new String[] {"type=bombing", "type"})) {
            for (String path : List.of("/api/alerts?", "/api/alerts.atom?")) {
                var r = surge.get(path + c[0]);
                assertThat(r.statusCode()).as(path + c[0]).isEqualTo(400);
                JsonNode body = Json.read(r.body(), JsonNode.class);
                assertThat(body.get("parameter").asText()).as(path + c[0]).isEqualTo(c[1]);
                assertThat(body.get("error").asText()).as(path + c[0]).contains(c[1]);
            }
        }
    }

    @Test
    void rejectedEventsDoNotCount(@TempDir Path dir) {
        try (TestServer s = new TestServer(dir, List.of(), AlertFixtures.surgeSeries(), Map.of())) {
            for (String id : List.of("ev-surge-0", "ev-surge-1", "ev-surge-2", "ev-surge-3")) {
                var r = s.post("/api/events/" + id + "/review", "{\"action\": \"reject\", \"reviewer\": \"test\"}", TestServer.TOKEN);
                assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            }
            assertThat(json(s, "/api/alerts").get("alerts")).as("one attack, two dead: under min_events").isEmpty();
            assertThat(json(s, "/api/alerts?include_rejected=true").get("alerts")).as("never counted, even when asked").isEmpty();
            JsonNode loose = json(s, "/api/alerts?min_events=1&alpha=0.5&from=" + SURGE_WEEK);
            assertThat(loose.get("alerts")).singleElement().satisfies(a -> {
                assertThat(a.get("events").asInt()).isEqualTo(1);
                assertThat(a.get("event_ids").toString()).isEqualTo("[\"ev-surge-4\"]");
            });
        }
    }

    @Test
    void openApiDescribesTheAlertParameters() {
        JsonNode doc = json(surge, "/api/openapi.json");
        for (String path : List.of("/api/alerts", "/api/alerts.atom")) {
            List<String> listed = doc.get("paths").get(path).get("get").findValuesAsText("name");
            assertThat(listed).as(path).containsAll(AlertParameters.PARAMETERS).contains("from", "to");
        }
    }
}
