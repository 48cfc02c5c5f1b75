package org.marsad.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.common.Json;
import org.marsad.pipeline.Config;
import org.marsad.pipeline.Pipeline;
import org.marsad.search.SearchIndex;
import org.marsad.store.Repository;

/** The whole server as serve starts it: ingest over HTTP keeps the search index in step; health; the dashboard. */
class ApiServerSearchTest {
    static final String TOKEN = "server-test-token-0123456789";
    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> send(HttpRequest r) throws Exception {
        return http.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void ingestsAnArticleOverHttpAndFindsItInSearch(@TempDir Path dir) throws Exception {
        try (Repository repo = Repository.open(dir); SearchIndex index = SearchIndex.open(dir);
             ApiServer server = new ApiServer(new Pipeline(repo, Config.of(dir)), index, TOKEN).start("127.0.0.1", 0)) {
            String base = "http://127.0.0.1:" + server.port();
            String article = "{\"id\":\"api-1\",\"outlet\":\"Wire D\",\"date\":\"2023-03-04\",\"title\":\"اشتباك قرب سنجار\","
                    + "\"text\":\"اندلعت اشتباكات بين قوة أمنية ومسلحين قرب قضاء سنجار غربي الموصل، بحسب مصادر محلية.\"}";
            var post = send(HttpRequest.newBuilder(URI.create(base + "/api/articles")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(article, StandardCharsets.UTF_8)).build());
            assertThat(post.statusCode()).as(post.body()).isEqualTo(200);
            assertThat(Json.read(post.body(), JsonNode.class).get("accepted").asInt()).isEqualTo(1);

            var search = send(HttpRequest.newBuilder(URI.create(base + "/api/search?kind=article&q="
                    + URLEncoder.encode("الاشتباك", StandardCharsets.UTF_8))).build());
            assertThat(Json.read(search.body(), JsonNode.class).get("hits").get(0).get("id").asText()).isEqualTo("api-1");

            var health = send(HttpRequest.newBuilder(URI.create(base + "/api/health")).build());
            assertThat(Json.read(health.body(), JsonNode.class).get("status").asText()).isEqualTo("ok");

            var articleBack = send(HttpRequest.newBuilder(URI.create(base + "/api/articles/api-1")).build());
            assertThat(Json.read(articleBack.body(), JsonNode.class).get("outlet").asText()).isEqualTo("Wire D");

            var bad = send(HttpRequest.newBuilder(URI.create(base + "/api/articles")).POST(HttpRequest.BodyPublishers.ofString("{oops")).build());
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(Json.read(bad.body(), JsonNode.class).get("error").asText()).contains("JSON");

            assertThat(send(HttpRequest.newBuilder(URI.create(base + "/")).build()).body()).contains("مرصد");
            var review = send(HttpRequest.newBuilder(URI.create(base + "/api/events/x/review"))
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
            assertThat(review.statusCode()).isEqualTo(401);
        }
    }
}
