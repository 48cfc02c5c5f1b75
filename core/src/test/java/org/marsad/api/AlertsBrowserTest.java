package org.marsad.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.common.Json;
import org.marsad.common.TestEnv;

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
        Path chromium = Path.of(TestEnv.get("MARSAD_CHROMIUM").orElse("/usr/bin/chromium"));
        Optional<Path> playwright = TestEnv.get("MARSAD_PLAYWRIGHT").map(Path::of)
                .or(() -> TestEnv.checkoutRoot().map(r -> r.resolve(".ci/node/node_modules/playwright-core")));
        Optional<Path> node = Optional.of(Path.of("/usr/bin/node")).filter(Files::isExecutable)
                .or(() -> Optional.of(Path.of("/usr/local/bin/node")).filter(Files::isExecutable));
        String missing = !Files.isExecutable(chromium) ? "chromium (" + chromium + ")"
                : node.isEmpty() ? "node" : playwright.filter(p -> Files.isRegularFile(p.resolve("package.json"))).isEmpty()
                ? "playwright-core (npm, in .ci/node)" : "";
        if (!missing.isEmpty()) System.out.println("AlertsBrowserTest skipped: " + missing + " not installed (.ci/install installs it)");
        Assumptions.assumeTrue(missing.isEmpty(), missing + " not installed");

        Path shots = Path.of("target/screenshots").toAbsolutePath();
        Files.createDirectories(shots);
        try (TestServer s = new TestServer(dir.resolve("data"), List.of(), AlertFixtures.surgeAndNewActivity(), Map.of())) {
            Process p = new ProcessBuilder(node.get().toString(), Path.of("src/test/js/alerts.browser.mjs").toAbsolutePath().toString(),
                    playwright.get().toString(), chromium.toString(), s.base(), shots.toString(), dir.resolve("profile").toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            String last = out.lines().reduce((a, b) -> b).orElse("{}");
            System.out.println("browser saw: " + last);
            JsonNode seen = Json.read(last, JsonNode.class);

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
