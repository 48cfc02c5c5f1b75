package org.marsad.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.common.Json;

/** Every read endpoint over real HTTP on 127.0.0.1, incl. bad parameters answered 400 naming the parameter. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkspaceApiTest {
    TestServer s;

    @BeforeAll
    void start(@TempDir Path dir) { s = TestServer.seeded(dir); }

    @AfterAll
    void stop() { s.close(); }

    JsonNode json(String path) {
        var r = s.get(path);
        assertThat(r.statusCode()).as(path + " -> " + r.body()).isEqualTo(200);
        return Json.read(r.body(), JsonNode.class);
    }

    static String enc(String v) { return URLEncoder.encode(v, StandardCharsets.UTF_8); }

    @Test
    void listsEventsNewestFirstWithPaging() {
        JsonNode r = json("/api/events");
        assertThat(r.get("total").asInt()).isEqualTo(3);
        assertThat(r.get("events").get(0).get("id").asText()).isEqualTo("ev-baghdad");
        JsonNode p2 = json("/api/events?size=1&page=2&sort=date");
        assertThat(p2.get("events")).hasSize(1);
        assertThat(p2.get("events").get(0).get("id").asText()).isEqualTo("ev-basra");
    }

    @Test
    void filtersEventsByEveryFilter() {
        assertThat(json("/api/events?type=protest").get("total").asInt()).isEqualTo(1);
        assertThat(json("/api/events?admin2=IQG11Q04").get("events").get(0).get("id").asText()).isEqualTo("ev-makhmour");
        assertThat(json("/api/events?admin1=IQG02").get("total").asInt()).isEqualTo(1);
        assertThat(json("/api/events?from=2022-01-01&to=2022-07-17").get("total").asInt()).isEqualTo(1);
        assertThat(json("/api/events?actor=" + enc("Islamic State")).get("total").asInt()).isEqualTo(1);
        assertThat(json("/api/events?outlet=" + enc("Wire C")).get("events").get(0).get("id").asText()).isEqualTo("ev-baghdad");
        assertThat(json("/api/events?story=story-makhmour").get("total").asInt()).isEqualTo(1);
        assertThat(json("/api/events?q=" + enc("عبوة")).get("events").get(0).get("id").asText()).isEqualTo("ev-baghdad");
    }

    @Test
    void answersBadParametersWith400NamingTheParameter() {
        for (String[] c : List.of(new String[] {"/api/events?from=yesterday", "from"}, new String[] {"/api/events?to=2021-02-30", "to"},
                new String[] {"/api/events?type=bombing", "type"}, new String[] {"/api/events?admin1=Erbil", "admin1"},
                new String[] {"/api/events?admin2=IQG11", "admin2"}, new String[] {"/api/events?page=0", "page"},
                new String[] {"/api/events?size=5000", "size"}, new String[] {"/api/events?sort=best", "sort"},
                new String[] {"/api/events?reviewed=perhaps", "reviewed"}, new String[] {"/api/stats?from=2021", "from"},
                new String[] {"/api/search?q=x&kind=video", "kind"}, new String[] {"/api/export.csv?type=x", "type"},
                new String[] {"/api/export.geojson?admin2=1", "admin2"}, new String[] {"/api/export.json?audit=maybe", "audit"})) {
            var r = s.get(c[0]);
            assertThat(r.statusCode()).as(c[0]).isEqualTo(400);
            JsonNode body = Json.read(r.body(), JsonNode.class);
            assertThat(body.get("parameter").asText()).as(c[0]).isEqualTo(c[1]);
            assertThat(body.get("error").asText()).as(c[0]).isNotBlank();
        }
    }

    @Test
    void showsAnEventWithSourcesConflictsEvidenceSpansAndArticles() {
        JsonNode e = json("/api/events/ev-makhmour");
        assertThat(e.get("killed").asInt()).isEqualTo(6);
        assertThat(e.get("sources")).hasSize(2);
        assertThat(e.get("sources").get(0).get("killed").asInt()).isEqualTo(5);
        assertThat(e.get("conflicts").get(0).get("field").asText()).isEqualTo("killed");
        assertThat(e.get("articles")).hasSize(2);
        JsonNode a = e.get("articles").get(0);
        String text = a.get("text").asText();
        JsonNode span = a.get("evidence").get(0);
        assertThat(text.substring(span.get("start").asInt(), span.get("end").asInt())).isEqualTo(span.get("text").asText());
        assertThat(e.get("review").get("status").asText()).isEmpty();
    }

    @Test
    void answers404ForUnknownIdsAsJson() {
        for (String p : List.of("/api/events/nope", "/api/articles/nope", "/api/stories/nope", "/api/nothing-here")) {
            var r = s.get(p);
            assertThat(r.statusCode()).as(p).isEqualTo(404);
            assertThat(Json.read(r.body(), JsonNode.class).get("error").asText()).as(p).isNotBlank();
        }
    }

    @Test
    void showsAnArticleWithItsTextMentionsAndEvents() {
        JsonNode a = json("/api/articles/doc-b");
        assertThat(a.get("outlet").asText()).isEqualTo("Wire B");
        assertThat(a.get("text").asText()).contains("مخمور");
        assertThat(a.get("mentions").isArray()).isTrue();
        assertThat(a.get("events").get(0).get("id").asText()).isEqualTo("ev-makhmour");
    }

    @Test
    void listsStoriesAndShowsOneWithArticlesSummaryAndEvents() {
        JsonNode list = json("/api/stories");
        assertThat(list.get("stories").findValuesAsText("id")).contains("story-makhmour", "story-basra");
        JsonNode st = json("/api/stories/story-makhmour");
        assertThat(st.get("summary").asText()).contains("البيشمركة");
        assertThat(st.get("articles")).hasSize(2);
        assertThat(st.get("events").get(0).get("id").asText()).isEqualTo("ev-makhmour");
    }

    @Test
    void searchesWithPlainTextSnippets() {
        JsonNode r = json("/api/search?q=" + enc("مخمور") + "&kind=article");
        assertThat(r.get("total").asInt()).isEqualTo(2);
        JsonNode parts = r.get("hits").get(0).get("snippet");
        assertThat(parts.findValues("hit").stream().anyMatch(JsonNode::asBoolean)).isTrue();
    }

    @Test
    void countsByDayTypeGovernorateAndDistrict() {
        JsonNode st = json("/api/stats");
        assertThat(st.get("total").asInt()).isEqualTo(3);
        assertThat(st.get("fatalities").asInt()).isEqualTo(6);
        assertThat(st.get("by_day")).hasSize(3);
        assertThat(st.get("by_type").get("attack").asInt()).isEqualTo(1);
        assertThat(st.get("by_admin1").findValuesAsText("pcode")).containsExactly("IQG02", "IQG11");
        assertThat(st.get("by_admin2").get(1).get("name_en").asText()).isEqualTo("Makhmour");
        assertThat(json("/api/stats?type=protest").get("total").asInt()).isEqualTo(1);
    }

    @Test
    void exportsCsvGeoJsonAndJsonWithTheSameFilters() {
        var csv = s.get("/api/export.csv?type=attack");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("event_id_cnty,event_date,year,time_precision");
        JsonNode gj = json("/api/export.geojson");
        assertThat(gj.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(gj.get("features")).hasSize(2);
        assertThat(gj.get("omitted_without_coordinates").asInt()).isEqualTo(1);
        JsonNode js = json("/api/export.json?admin1=IQG11");
        assertThat(js.get("events")).hasSize(1);
        assertThat(js.get("events").get(0).has("audit")).isFalse();
        assertThat(json("/api/export.json?audit=include").get("events").get(0).has("audit")).isTrue();
    }

    @Test
    void describesEveryRouteInTheOpenApiDocument() {
        JsonNode doc = json("/api/openapi.json");
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        for (String route : WorkspaceRoutes.ROUTES) {
            String[] mp = route.split(" ");
            assertThat(doc.get("paths").has(mp[1])).as(route).isTrue();
            assertThat(doc.get("paths").get(mp[1]).has(mp[0].toLowerCase())).as(route).isTrue();
        }
        List<String> listed = doc.get("paths").get("/api/events").get("get").findValuesAsText("name");
        assertThat(listed).containsAll(org.marsad.search.EventFilter.PARAMETERS);
    }

    @Test
    void servesTheDashboardAndItsAssetsWithoutACdn() {
        var index = s.get("/");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.body()).contains("dir=\"rtl\"").doesNotContain("http://").doesNotContain("https://");
        assertThat(index.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
        for (String asset : List.of("/js/app.js", "/js/views.js", "/css/app.css", "/vendor/leaflet/leaflet.js",
                "/vendor/fonts/noto-naskh-arabic-arabic-400-normal.woff2", "/data/iraq-adm2.geojson")) {
            assertThat(s.get(asset).statusCode()).as(asset).isEqualTo(200);
        }
    }
}
