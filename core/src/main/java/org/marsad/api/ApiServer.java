package org.marsad.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.marsad.common.Json;
import org.marsad.ingest.JsonArticles;
import org.marsad.ingest.ReadResult;
import org.marsad.ingest.Rejected;
import org.marsad.pipeline.Pipeline;
import org.marsad.pipeline.RunSummary;
import org.marsad.search.SearchIndex;
import org.marsad.store.StoreException;
import org.marsad.store.StoreCounts;

/**
 * The HTTP API and the dashboard. Ingest and health are declared in {@link #routes}, the analysts'
 * workspace routes (events, articles, stories, search, stats, exports, review, OpenAPI) in
 * {@link WorkspaceRoutes}; errors become JSON answers once, in {@link #errors} and WorkspaceRoutes.
 * Binds 127.0.0.1 unless told otherwise. Review needs the bearer token given at start.
 */
public final class ApiServer implements AutoCloseable {
    private final Pipeline pipeline;
    private final SearchIndex index;
    private final Javalin app;
    private final Workspace workspace;

    /** A server with an in-memory search index built from the store and a random review token (tests, tools). */
    public ApiServer(Pipeline pipeline) {
        this(pipeline, SearchIndex.rebuilt(SearchIndex.inMemory(), pipeline.repository()), WorkspaceRoutes.newToken());
    }

    public ApiServer(Pipeline pipeline, SearchIndex index, String reviewToken) {
        this.pipeline = pipeline;
        this.index = index;
        this.app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.http.maxRequestSize = 64L << 20;
            cfg.jsonMapper(new io.javalin.json.JavalinJackson(Json.MAPPER, false));
            WorkspaceRoutes.configure(cfg);
        });
        this.workspace = new Workspace(pipeline.repository(), index, Clock.systemUTC());
        routes(app, workspace, reviewToken);
        errors(app);
    }

    private void routes(Javalin a, Workspace ws, String token) {
        a.get("/api/health", this::health);
        a.post("/api/articles", this::postArticles);
        WorkspaceRoutes.register(a, ws, token);
    }

    private static void errors(Javalin a) {
        a.exception(JsonProcessingException.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST,
                "body is not valid JSON: " + e.getOriginalMessage()));
        a.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
        a.exception(StoreException.class, (e, ctx) -> error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, e.getMessage()));
    }

    private static void error(Context ctx, HttpStatus status, String message) {
        ctx.status(status).json(Json.MAPPER.createObjectNode().put("error", message));
    }

    /** Adds routes from other parts of the product (search, dashboard) before {@link #start}. */
    public Javalin app() { return app; }

    public Pipeline pipeline() { return pipeline; }

    public ApiServer start(String host, int port) {
        app.start(host, port);
        return this;
    }

    public int port() { return app.port(); }

    private void health(Context ctx) {
        StoreCounts c = pipeline.repository().counts();
        ctx.json(Json.MAPPER.createObjectNode().put("status", "ok").set("counts", Json.MAPPER.valueToTree(c)));
    }

    private void postArticles(Context ctx) throws JsonProcessingException {
        JsonNode body = Json.MAPPER.readTree(ctx.body());
        if (body == null || !(body.isObject() || body.isArray())) {
            throw new IllegalArgumentException("expected a JSON article object or an array of them");
        }
        List<ReadResult> records = new ArrayList<>();
        List<JsonNode> nodes = new ArrayList<>();
        if (body.isArray()) body.forEach(nodes::add);
        else nodes.add(body);
        for (int i = 0; i < nodes.size(); i++) {
            records.add(JsonArticles.fromNode(nodes.get(i), "api[" + i + "]", pipeline.config().limits()));
        }
        RunSummary s = pipeline.runRecords(records, "POST /api/articles");
        index.sync(pipeline.repository(), s.ingest().acceptedIds());
        workspace.invalidate();
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.put("read", s.ingest().read()).put("accepted", s.ingest().accepted())
                .put("duplicate", s.ingest().duplicate()).put("rejected", s.ingest().rejected());
        var ids = out.putArray("accepted_ids");
        s.ingest().acceptedIds().forEach(ids::add);
        var rej = out.putArray("rejects");
        for (Rejected r : s.ingest().rejects()) rej.addObject().put("origin", r.origin()).put("reason", r.reason());
        out.put("article_events", s.articleEvents()).put("canonical_events", s.canonicalEvents());
        ctx.status(s.ingest().rejected() > 0 && s.ingest().accepted() + s.ingest().duplicate() == 0
                ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK).json(out);
    }

    @Override
    public void close() {
        app.stop();
    }
}
