package org.marsad.api;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.marsad.export.WorkspaceFixtures;
import org.marsad.fusion.CanonicalEvent;
import org.marsad.ingest.Article;
import org.marsad.search.SearchIndex;
import org.marsad.store.Repository;

/** A workspace server on a random port of 127.0.0.1 over a store seeded with the fixtures, for real-HTTP tests. */
public final class TestServer implements AutoCloseable {
    public static final String TOKEN = "test-token-0123456789abcdef";
    public final Repository repo;
    public final SearchIndex index;
    public final Javalin app;
    public final HttpClient http = HttpClient.newHttpClient();

    public TestServer(Path dir, List<Article> articles, List<CanonicalEvent> events, Map<String, ?> stories) {
        repo = Repository.open(dir);
        repo.saveArticles(articles);
        repo.replaceCanonicalEvents(events);
        repo.replaceStories(stories);
        index = SearchIndex.open(dir);
        index.rebuild(articles, events);
        Workspace ws = new Workspace(repo, index, Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC));
        app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            WorkspaceRoutes.configure(cfg);
        });
        WorkspaceRoutes.register(app, ws, TOKEN);
        app.start("127.0.0.1", 0);
    }

    public static TestServer seeded(Path dir) {
        return new TestServer(dir, WorkspaceFixtures.articles(), WorkspaceFixtures.events(), Map.of(
                "story-makhmour", Map.of("id", "story-makhmour", "title", "هجوم مخمور", "summary",
                        "هجوم لتنظيم داعش على البيشمركة في مخمور، وتفاوت في حصيلة القتلى بين المصدرين.",
                        "articles", List.of("doc-a", "doc-b"))));
    }

    public String base() { return "http://127.0.0.1:" + app.port(); }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build());
    }

    public HttpResponse<String> post(String path, String json, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (token != null) b.header("Authorization", "Bearer " + token);
        return send(b.build());
    }

    private HttpResponse<String> send(HttpRequest r) {
        try {
            return http.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        app.stop();
        index.close();
        repo.close();
    }
}
