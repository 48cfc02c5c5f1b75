package org.marsad.api;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.marsad.common.Json;
import org.marsad.search.BadParameter;
import org.marsad.search.EventFilter;
import org.marsad.search.SearchIndex;

/**
 * The analysts' workspace over HTTP: every /api route but ingest and health, declared here in one place,
 * errors mapped to JSON once ({"error": …, "parameter": …}), the dashboard served as static files from
 * /org/marsad/web. Reads are open; review needs {@code Authorization: Bearer <token>}.
 */
public final class WorkspaceRoutes {
    public static final String WEB_ROOT = "/org/marsad/web";
    /** The dashboard loads only its own files; article text can never bring in a script. */
    static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    private final Workspace ws;
    private final byte[] token;

    private WorkspaceRoutes(Workspace ws, String token) {
        if (token == null || token.length() < 16) throw new IllegalArgumentException("the review token must have at least 16 characters");
        this.ws = ws;
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    /** A fresh random review token (printed by serve / demo). */
    public static String newToken() {
        byte[] b = new byte[24];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** Static dashboard files; call inside Javalin.create. */
    public static void configure(JavalinConfig cfg) {
        cfg.staticFiles.add(sf -> {
            sf.hostedPath = "/";
            sf.directory = WEB_ROOT;
            sf.location = Location.CLASSPATH;
            sf.headers = Map.of("Content-Security-Policy", CSP, "X-Content-Type-Options", "nosniff");
        });
    }

    public static void register(Javalin app, Workspace ws, String token) {
        WorkspaceRoutes r = new WorkspaceRoutes(ws, token);
        r.routes(app);
        errors(app);
    }

    private void routes(Javalin a) {
        a.get("/api/events", ctx -> ctx.json(ws.events(filter(ctx))));
        a.get("/api/events/{id}", ctx -> ctx.json(ws.event(ctx.pathParam("id"))));
        a.post("/api/events/{id}/review", ctx -> {
            authorize(ctx);
            ctx.json(ws.review(ctx.pathParam("id"), Review.parse(Json.MAPPER.readTree(body(ctx)))));
        });
        a.get("/api/articles/{id}", ctx -> ctx.json(ws.article(ctx.pathParam("id"))));
        a.get("/api/stories", ctx -> ctx.json(ws.stories()));
        a.get("/api/stories/{id}", ctx -> ctx.json(ws.story(ctx.pathParam("id"))));
        a.get("/api/search", ctx -> ctx.json(ws.search(ctx.queryParam("q") == null ? "" : ctx.queryParam("q"), kind(ctx), filter(ctx))));
        a.get("/api/stats", ctx -> ctx.json(ws.stats(filter(ctx))));
        a.get("/api/alerts", ctx -> ctx.json(ws.alerts(filter(ctx), AlertParameters.parse(ctx.queryParamMap()))));
        a.get("/api/alerts.atom", ctx -> ctx.contentType("application/atom+xml; charset=utf-8")
                .result(ws.alertsAtom(filter(ctx), AlertParameters.parse(ctx.queryParamMap()), baseUrl(ctx))));
        a.get("/api/export.csv", ctx -> download(ctx, "text/csv; charset=utf-8", "marsad-events.csv", ws.exportCsv(filter(ctx))));
        a.get("/api/export.geojson", ctx -> download(ctx, "application/geo+json", "marsad-events.geojson", ws.exportGeoJson(filter(ctx))));
        a.get("/api/export.json", ctx -> download(ctx, "application/json", "marsad-events.json",
                Json.MAPPER.writeValueAsBytes(ws.exportJson(filter(ctx), audit(ctx)))));
        a.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi()));
        a.before(ctx -> ctx.header("X-Content-Type-Options", "nosniff"));
    }

    private static void errors(Javalin a) {
        a.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.getMessage(), e.parameter()));
        a.exception(BadParameter.class, (e, ctx) -> error(ctx, 400, e.getMessage(), e.parameter()));
        a.exception(com.fasterxml.jackson.core.JsonProcessingException.class, (e, ctx) ->
                error(ctx, 400, "body is not valid JSON: " + e.getOriginalMessage(), "body"));
        a.error(404, ctx -> {
            String type = ctx.res().getContentType();
            boolean answered = type != null && type.startsWith("application/json");
            if (ctx.path().startsWith("/api/") && !answered) error(ctx, 404, "no such endpoint: " + ctx.path() + " (see /api/openapi.json)", "");
        });
    }

    static void error(Context ctx, int status, String message, String parameter) {
        var o = Json.MAPPER.createObjectNode().put("error", message == null ? "error" : message);
        if (parameter != null && !parameter.isEmpty()) o.put("parameter", parameter);
        ctx.status(status).json(o);
    }

    private void authorize(Context ctx) {
        String h = Optional.ofNullable(ctx.header("Authorization")).orElse("");
        if (!h.regionMatches(true, 0, "Bearer ", 0, 7)) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw ApiError.unauthorized("review needs the token printed by `marsad serve` / `marsad demo`: "
                    + "send Authorization: Bearer <token>");
        }
        byte[] given = h.substring(7).trim().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, token)) { // constant time
            ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            throw ApiError.unauthorized("the review token is not the one this server was started with");
        }
    }

    private static String body(Context ctx) {
        String b = ctx.body();
        if (b.isBlank()) throw ApiError.bad("body", "expected a JSON object {\"action\": \"confirm\", \"reviewer\": \"…\"}");
        return b;
    }

    static EventFilter filter(Context ctx) { return EventFilter.parse(ctx.queryParamMap()); }

    /** The server as the client reached it, so feed links work behind any host name or port. */
    private static String baseUrl(Context ctx) {
        return ctx.scheme() + "://" + ctx.host();
    }

    private static Optional<SearchIndex.Kind> kind(Context ctx) {
        String k = Optional.ofNullable(ctx.queryParam("kind")).orElse("").trim().toLowerCase(Locale.ROOT);
        return switch (k) {
            case "" -> Optional.empty();
            case "article" -> Optional.of(SearchIndex.Kind.ARTICLE);
            case "event" -> Optional.of(SearchIndex.Kind.EVENT);
            default -> throw new BadParameter("kind", "kind must be article or event, got '" + k + "'");
        };
    }

    private static boolean audit(Context ctx) {
        String v = Optional.ofNullable(ctx.queryParam("audit")).orElse("").trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "", "exclude" -> false;
            case "include" -> true;
            default -> throw new BadParameter("audit", "audit must be include or exclude, got '" + v + "'");
        };
    }

    private static void download(Context ctx, String type, String name, byte[] bytes) {
        ctx.contentType(type).header("Content-Disposition", "inline; filename=\"" + name + "\"").result(bytes);
    }

    private static volatile byte[] openApiCache;

    static byte[] openApi() {
        if (openApiCache == null) {
            try (InputStream in = WorkspaceRoutes.class.getResourceAsStream("openapi.json")) {
                if (in == null) throw new IllegalStateException("missing resource org/marsad/api/openapi.json");
                openApiCache = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return openApiCache;
    }

    /** Every route this class declares, for the OpenAPI completeness test. */
    static final List<String> ROUTES = List.of("GET /api/events", "GET /api/events/{id}", "POST /api/events/{id}/review",
            "GET /api/articles/{id}", "GET /api/stories", "GET /api/stories/{id}", "GET /api/search", "GET /api/stats",
            "GET /api/alerts", "GET /api/alerts.atom",
            "GET /api/export.csv", "GET /api/export.geojson", "GET /api/export.json", "GET /api/openapi.json");
}
