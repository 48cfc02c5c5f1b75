package org.marsad.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.common.Json;
import org.marsad.export.WorkspaceFixtures;
import org.marsad.fusion.CanonicalEvent;
import org.marsad.ingest.Article;

/**
 * The dashboard in a real browser: Debian's chromium driven by playwright-core (core/src/test/js/dashboard.browser.mjs)
 * against a server on 127.0.0.1 seeded with the fixtures (Makhmour attack told by two outlets with 5 and 6 dead)
 * plus an article carrying a script tag. Screenshots go to core/target/screenshots/. Skipped, with the reason
 * printed, when chromium, node or playwright-core is missing (.ci/install provides them).
 */
class DashboardBrowserTest {
    @Test
    void showsMapTimelineEvidenceAndConfirmsTheMakhmourEvent(@TempDir Path dir) throws Exception {
        Browser browser = Browser.orSkip("DashboardBrowserTest");

        Path shots = Browser.screenshots();
        List<Article> articles = new ArrayList<>(WorkspaceFixtures.articles());
        articles.add(XssTest.hostile());
        List<CanonicalEvent> events = new ArrayList<>(WorkspaceFixtures.events());
        events.add(XssTest.hostileEvent());
        try (TestServer s = new TestServer(dir.resolve("data"), articles, events, Map.of("story-makhmour", Map.of(
                "title", "هجوم مخمور", "summary", "هجوم لتنظيم داعش على البيشمركة في مخمور، وتفاوت في حصيلة القتلى بين المصدرين.",
                "articles", List.of("doc-a", "doc-b"))))) {
            JsonNode seen = browser.run("dashboard.browser.mjs", s.base(), TestServer.TOKEN, shots.toString(),
                    dir.resolve("profile").toString());
            String last = seen.toString();

            assertThat(seen.get("errors")).as(last).isEmpty();
            assertThat(seen.get("dir").asText()).isEqualTo("rtl");
            assertThat(seen.get("dirEn").asText()).isEqualTo("ltr");
            assertThat(seen.get("font").asBoolean()).as("shipped Arabic font loaded").isTrue();
            assertThat(seen.get("markers").asInt()).as("markers for the events with a point").isEqualTo(3);
            assertThat(seen.get("bars").asInt()).as("timeline bars").isGreaterThanOrEqualTo(3);
            assertThat(seen.get("districts").asInt()).as("district polygons").isGreaterThanOrEqualTo(100);
            assertThat(seen.get("rows").asInt()).isEqualTo(4);
            assertThat(seen.get("rowsAfterBrush").asInt()).as("the brush filters the list").isBetween(1, 3);
            assertThat(seen.get("popup").asText()).isNotBlank();
            assertThat(seen.get("evidence").findValuesAsText("")).isEmpty();
            assertThat(seen.get("evidence").toString()).contains("أسفر عن مقتل خمسة عناصر وإصابة ثلاثة آخرين")
                    .contains("أدى إلى مقتل ستة أشخاص بينهم مدني");
            assertThat(seen.get("sourceHeads").toString()).contains("Wire A").contains("Wire B");
            assertThat(seen.get("killedBySource").toString()).isEqualTo("[\"5\",\"6\"]");
            assertThat(seen.get("conflictCells").asInt()).isGreaterThanOrEqualTo(3);
            assertThat(seen.get("statusAfterConfirm").asText()).isEqualTo("مؤكَّد");
            assertThat(seen.get("auditRows").asInt()).isEqualTo(1);
            assertThat(seen.get("xss").asText()).isEqualTo("none");
            assertThat(seen.get("scriptTagsInArticles").asInt()).isZero();
            assertThat(seen.get("literalPayloadShown").asBoolean()).isTrue();
            assertThat(seen.get("storyArticles").asInt()).isEqualTo(2);
            JsonNode after = Json.read(s.get("/api/events/ev-makhmour").body(), JsonNode.class);
            assertThat(after.get("review").get("status").asText()).isEqualTo("confirmed");
            assertThat(after.get("review").get("audit").get(0).get("who").asText()).isEqualTo("browser-test");
            assertThat(shots.resolve("05-event-makhmour.png")).exists();
        }
    }
}
