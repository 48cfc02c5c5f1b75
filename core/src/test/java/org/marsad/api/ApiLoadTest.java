package org.marsad.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.common.Json;
import org.marsad.pipeline.Config;
import org.marsad.pipeline.Pipeline;
import org.marsad.pipeline.SyntheticNews;
import org.marsad.store.Repository;

/**
 * The product server under concurrent ingest (POST /api/articles) and reads on 127.0.0.1, for a
 * bounded number of requests: no request fails, every article sent is stored exactly once, and the
 * heap after the load is within a bound of the heap before it. Throughput is measured by `marsad
 * bench`, not here.
 */
class ApiLoadTest {
    static final int WRITERS = 2;
    static final int BATCHES_PER_WRITER = 12;
    static final int ARTICLES_PER_BATCH = 5;
    static final int READERS = 2;
    static final int READS_PER_READER = 120;
    static final long HEAP_GROWTH_BOUND = 384L << 20;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void concurrentIngestAndReadsLoseNothingAndFailNothing(@TempDir Path dir) throws Exception {
        long heapBefore = usedHeapAfterGc();
        Set<String> sent = ConcurrentHashMap.newKeySet();
        AtomicInteger failures = new AtomicInteger();
        List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
        try (Repository repo = Repository.open(dir);
             ApiServer server = new ApiServer(new Pipeline(repo, Config.of(dir))).start("127.0.0.1", 0)) {
            String base = "http://127.0.0.1:" + server.port();
            ExecutorService pool = Executors.newFixedThreadPool(WRITERS + READERS);
            List<Future<?>> jobs = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                jobs.add(pool.submit(() -> {
                    for (int b = 0; b < BATCHES_PER_WRITER; b++) {
                        var batch = Json.MAPPER.createArrayNode();
                        for (int i = 0; i < ARTICLES_PER_BATCH; i++) {
                            long serial = (writer * 1000L + b) * 100 + i;
                            String id = "load-" + serial;
                            batch.addObject().put("id", id).put("outlet", "load test").put("published", "2024-05-0" + (1 + i % 9))
                                    .put("text", SyntheticNews.article(serial, 3));
                            sent.add(id);
                        }
                        HttpResponse<String> r = post(base + "/api/articles", batch.toString());
                        if (r.statusCode() != 200) {
                            failures.incrementAndGet();
                            problems.add("POST " + r.statusCode() + " " + r.body());
                        }
                    }
                    return null;
                }));
            }
            List<String> reads = List.of("/api/health", "/api/events?size=20", "/api/stats", "/api/stories",
                    "/api/search?q=" + URLEncoder.encode("هجوم", StandardCharsets.UTF_8), "/api/export.csv");
            for (int rd = 0; rd < READERS; rd++) {
                int reader = rd;
                jobs.add(pool.submit(() -> {
                    for (int i = 0; i < READS_PER_READER; i++) {
                        String path = reads.get((i + reader) % reads.size());
                        HttpResponse<String> r = get(base + path);
                        if (r.statusCode() >= 300) {
                            failures.incrementAndGet();
                            problems.add("GET " + path + " " + r.statusCode() + " " + r.body());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : jobs) f.get();
            pool.shutdown();

            JsonNode health = Json.MAPPER.readTree(get(base + "/api/health").body());
            assertThat(problems).isEmpty();
            assertThat(failures.get()).isZero();
            assertThat(sent).hasSize(WRITERS * BATCHES_PER_WRITER * ARTICLES_PER_BATCH);
            assertThat(health.path("counts").path("articles").asLong()).isEqualTo(sent.size());
            assertThat(repo.allArticleIds()).containsExactlyInAnyOrderElementsOf(sent);
            assertThat(repo.pendingAnalysis()).isEmpty();
        }
        long growth = usedHeapAfterGc() - heapBefore;
        assertThat(growth).as("heap growth after the load, bytes").isLessThan(HEAP_GROWTH_BOUND);
    }

    private HttpResponse<String> post(String url, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
