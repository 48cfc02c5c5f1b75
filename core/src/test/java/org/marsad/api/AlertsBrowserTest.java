package org.marsad.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The alerts panel in a real browser (Debian's chromium driven by playwright-core, core/src/test/js/alerts.browser.mjs)
 * over a store with a synthetic Makhmour surge and new activity in Kifri: both alerts listed newest first, both
 * districts outlined on the map, a click shows the surge's evidence events only, the feed is linked. Screenshots go
 * to core/target/screenshots/alerts-*.png. Skipped, with the reason printed, when chromium, node or playwright-core
 * is missing (.ci/install provides them).
 */
class AlertsBrowserTest {
    @Test
    void listsAlertsOutlinesTheirDistrictsAndOpensTheEvidence(@TempDir Path dir) throws Exception {
        Browser browser = Browser.orSkip("AlertsBrowserTest");

        Path shots = Browser.screenshots();
        try (TestServer s = new TestServer(dir.resolve("data"), List.of(), AlertFixtures.surgeAndNewActivity(), Map.of())) {
            JsonNode seen = browser.run("alerts.browser.mjs", s.base(), shots.toString(), dir.resolve("profile").toString());
            String last = seen.toString();

            String surge = "IQG11Q04-" + AlertFixtures.SURGE_WEEK + "-surge";
            String kifri = "IQG10Q06-" + AlertFixtures.SURGE_WEEK + "-new_activity";
            assertThat(seen.get("errors")).as(last).isEmpty();
            assertThat(seen.get("console")).as(last).isEmpty();
            assertThat(seen.get("feedLinkInHead").asText()).isEqualTo("api/alerts.atom");
            assertThat(seen.get("feedLink").asText()).startsWith("api/alerts.atom");
            assertThat(seen.get("alertRows").asInt()).isEqualTo(2);
            assertThat(seen.get("alertIds").toString()).contains(surge, kifri);
            assertThat(seen.get("kinds").toString()).contains("تصاعد", "نشاط جديد");
            assertThat(seen.get("alertText").asText()).contains(AlertFixtures.SURGE_WEEK.toString());
            assertThat(seen.get("highlighted").asInt()).as("Makhmour and Kifri outlined").isEqualTo(2);
            assertThat(seen.get("highlightStroke").asText()).isEqualTo("#b42318");
            assertThat(seen.get("rows").asInt()).isEqualTo(17);
            assertThat(seen.get("hashAfterClick").asText()).isEqualTo("#/alerts/" + surge);
            assertThat(seen.get("selected").asInt()).isEqualTo(1);
            assertThat(seen.get("evidenceRows").asInt()).isEqualTo(5);
            assertThat(seen.get("evidenceIds").toString()).contains("ev-surge-0", "ev-surge-4").doesNotContain("ev-flat");
            assertThat(seen.get("markersAfterClick").asInt()).isEqualTo(5);
            assertThat(seen.get("alertWeekMarks").asInt()).as("the alert's week marked on the timeline").isEqualTo(1);
            // Leaflet's proxy scale is 2^(zoom-1): Iraq fits at zoom ~6, the district at >= 8
            String scale = seen.get("zoomAfterClick").asText().replaceAll(".*scale\\(([0-9.]+)\\).*", "$1");
            assertThat(Double.parseDouble(scale)).as("the map zoomed to the district").isGreaterThanOrEqualTo(128);
            assertThat(seen.get("kindsEn").toString()).contains("Surge", "New activity");
            assertThat(seen.get("headingEn").asText()).contains("Security-gap alerts");
            assertThat(seen.get("directRows").asInt()).as("a feed link opens its alert").isEqualTo(
                    seen.get("alertIds").get(seen.get("alertIds").size() - 1).asText().equals(kifri) ? 2 : 5);
            assertThat(seen.get("rowsAfterShowAll").asInt()).isEqualTo(17);
            assertThat(seen.get("feedStatus").asText()).startsWith("200 application/atom+xml");
            assertThat(shots.resolve("alerts-02-surge-selected.png")).exists();
        }
    }
}
