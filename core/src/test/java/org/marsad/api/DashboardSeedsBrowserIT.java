package org.marsad.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.common.Json;
import org.marsad.common.SharedData;
import org.marsad.pipeline.Config;
import org.marsad.pipeline.Pipeline;
import org.marsad.search.SearchIndex;
import org.marsad.store.Repository;

/**
 * The seed articles (../shared, read at test time) through the whole pipeline, then the dashboard in chromium: the
 * Makhmour event (district IQG11Q04) reported by two articles shows both sources' figures and the evidence
 * highlighted in each article, and is confirmed through the review action. Skipped when ../shared, chromium,
 * node or playwright-core is absent, or when the pipeline finds no two-source Makhmour event (printed).
 */
class DashboardSeedsBrowserIT {
    @Test
    void opensTheMakhmourEventOfTheSeedsAndConfirmsIt(@TempDir Path dir) throws Exception {
        Optional<Path> seeds = SharedData.resolve("corpus/seeds/seeds.jsonl");
        if (seeds.isEmpty()) System.out.println("DashboardSeedsBrowserIT skipped: ../shared seeds not available");
        Assumptions.assumeTrue(seeds.isPresent(), "../shared seeds not available");
        Browser browser = Browser.orSkip("DashboardSeedsBrowserIT");

        Path data = dir.resolve("data");
        try (Repository repo = Repository.open(data); SearchIndex index = SearchIndex.open(data)) {
            Pipeline pipeline = new Pipeline(repo, Config.of(data));
            pipeline.run(List.of(seeds.get().toString()), org.marsad.common.Progress.NONE);
            SearchIndex.rebuilt(index, repo);
            try (ApiServer server = new ApiServer(pipeline, index, TestServer.TOKEN).start("127.0.0.1", 0)) {
                String base = "http://127.0.0.1:" + server.port();
                JsonNode events = Json.read(new String(java.net.URI.create(base + "/api/events?admin2=IQG11Q04&size=10")
                        .toURL().openStream().readAllBytes(), StandardCharsets.UTF_8), JsonNode.class);
                Optional<String> makhmour = Optional.empty();
                for (JsonNode e : events.get("events")) if (e.get("documents").size() >= 2) { makhmour = Optional.of(e.get("id").asText()); break; }
                if (makhmour.isEmpty()) System.out.println("DashboardSeedsBrowserIT skipped: the pipeline found no two-source Makhmour event");
                Assumptions.assumeTrue(makhmour.isPresent(), "no two-source Makhmour event in the pipeline output");

                JsonNode seen = browser.run("dashboard.seeds.mjs", base, TestServer.TOKEN, Browser.screenshots().toString(),
                        dir.resolve("profile").toString(), makhmour.get());
                String last = seen.toString();
                assertThat(seen.get("errors")).as(last).isEmpty();
                assertThat(seen.get("markers").asInt()).isGreaterThanOrEqualTo(1);
                assertThat(seen.get("bars").asInt()).isGreaterThanOrEqualTo(1);
                assertThat(seen.get("sourceHeads")).hasSize(2);
                seen.get("evidenceByArticle").forEach(n -> assertThat(n.asInt()).as("evidence highlighted in every article").isPositive());
                seen.get("killedBySource").forEach(n -> assertThat(n.asText()).as("each source's figure").isNotEqualTo("—"));
                assertThat(seen.get("confirmed").asBoolean()).isTrue();
            }
        }
    }
}
