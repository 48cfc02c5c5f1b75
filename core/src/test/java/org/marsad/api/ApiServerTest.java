package org.marsad.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.common.Json;
import org.marsad.pipeline.Config;
import org.marsad.pipeline.Pipeline;
import org.marsad.store.Repository;

/** Real HTTP calls against a server on a random port bound to 127.0.0.1. */
class ApiServerTest {
    @TempDir
    Path data;
    Repository repo;
    ApiServer server;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        repo = Repository.open(data);
        server = new ApiServer(new Pipeline(repo, Config.of(data))).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.close();
        repo.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthAnswersWithCounts() throws Exception {
        HttpResponse<String> r = get("/api/health");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode j = Json.MAPPER.readTree(r.body());
        assertThat(j.get("status").asText()).isEqualTo("ok");
        assertThat(j.get("counts").get("articles").asLong()).isZero();
    }

    @Test
    void postsOneArticleObject() throws Exception {
        HttpResponse<String> r = post("/api/articles", "{\"id\":\"p1\",\"outlet\":\"Test\",\"published\":\"2024-02-01\","
                + "\"text\":\"قتل جندي بانفجار عبوة ناسفة قرب سيطرة عسكرية.\"}");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode j = Json.MAPPER.readTree(r.body());
        assertThat(j.get("read").asInt()).isEqualTo(1);
        assertThat(j.get("accepted").asInt()).isEqualTo(1);
        assertThat(j.get("accepted_ids").get(0).asText()).isEqualTo("p1");
        assertThat(repo.article("p1")).isPresent();
        assertThat(repo.pendingAnalysis()).isEmpty();
    }

    @Test
    void postsAnArrayWithABadRecordAndADuplicate() throws Exception {
        String body = "[{\"id\":\"a\",\"text\":\"تظاهر العشرات أمام مبنى المحافظة.\"},{\"id\":\"b\",\"text\":\"\"},"
                + "{\"id\":\"c\",\"text\":\"تظاهر العشرات أمام مبنى المحافظة.\"}]";
        JsonNode j = Json.MAPPER.readTree(post("/api/articles", body).body());
        assertThat(j.get("read").asInt()).isEqualTo(3);
        assertThat(j.get("accepted").asInt()).isEqualTo(1);
        assertThat(j.get("duplicate").asInt()).isEqualTo(1);
        assertThat(j.get("rejected").asInt()).isEqualTo(1);
        assertThat(j.get("rejects").get(0).get("origin").asText()).isEqualTo("api[1]");
        assertThat(j.get("rejects").get(0).get("reason").asText()).isEqualTo("empty text");
    }

    @Test
    void onlyRejectedRecordsAnswer422() throws Exception {
        assertThat(post("/api/articles", "{\"text\":\"\"}").statusCode()).isEqualTo(422);
    }

    @Test
    void brokenJsonIsABadRequest() throws Exception {
        HttpResponse<String> r = post("/api/articles", "{\"text\": ");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(Json.MAPPER.readTree(r.body()).get("error").asText()).contains("not valid JSON");
        assertThat(post("/api/articles", "42").statusCode()).isEqualTo(400);
    }

    @Test
    void eventsAnswerTheExportShape() throws Exception {
        HttpResponse<String> r = get("/api/events");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("application/json");
        assertThat(Json.MAPPER.readTree(r.body()).get("events").isArray()).isTrue();
    }
}
