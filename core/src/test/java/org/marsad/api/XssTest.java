package org.marsad.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.common.Json;
import org.marsad.events.Casualties;
import org.marsad.events.EventType;
import org.marsad.export.WorkspaceFixtures;
import org.marsad.fusion.CanonicalEvent;
import org.marsad.ingest.Article;

/**
 * Article text is untrusted: a script tag in it travels as JSON text (never as markup), the dashboard builds
 * every text node with textContent-style DOM calls (no HTML-string sink in its code) and is served with a
 * Content-Security-Policy that forbids inline scripts. BrowserTest checks the rendered page in chromium.
 */
class XssTest {
    static final String PAYLOAD = "<script>window.__xss=1</script><img src=x onerror=\"window.__xss=2\">";

    static Article hostile() {
        return WorkspaceFixtures.article("doc-x", "Wire <b>X</b>", "2022-08-01", "عنوان " + PAYLOAD,
                "قالت الشرطة إن مسلحين هاجموا حاجزا. " + PAYLOAD + " وأضافت أن التحقيق جار.");
    }

    static CanonicalEvent hostileEvent() {
        Article a = hostile();
        var e = WorkspaceFixtures.event("ev-x", EventType.ATTACK, "2022-08-01", java.util.Optional.of(WorkspaceFixtures.BASRA_CITY),
                "<i>البصرة</i>", List.of("Unidentified Armed Group"), List.of(), Casualties.NONE, List.of("doc-x"),
                List.of(WorkspaceFixtures.evidence("doc-x", a.text(), PAYLOAD)));
        return new CanonicalEvent(e, List.of(e), List.of(), "");
    }

    @Test
    void servesHostileTextOnlyAsJsonStrings(@TempDir Path dir) {
        try (TestServer s = new TestServer(dir, List.of(hostile()), List.of(hostileEvent()), Map.of())) {
            for (String p : List.of("/api/events/ev-x", "/api/articles/doc-x", "/api/events", "/api/search?q=%D8%A7%D9%84%D8%B4%D8%B1%D8%B7%D8%A9")) {
                var r = s.get(p);
                assertThat(r.headers().firstValue("Content-Type").orElse("")).as(p).startsWith("application/json");
                assertThat(r.headers().firstValue("X-Content-Type-Options").orElse("")).as(p).isEqualTo("nosniff");
            }
            JsonNode a = Json.read(s.get("/api/articles/doc-x").body(), JsonNode.class);
            assertThat(a.get("text").asText()).contains(PAYLOAD); // unchanged data, escaped only by the JSON encoding
            var index = s.get("/");
            assertThat(index.headers().firstValue("Content-Security-Policy").orElse(""))
                    .contains("script-src 'self'").doesNotContain("unsafe-inline' ;script").doesNotContain("script-src 'self' 'unsafe-inline'");
        }
    }

    @Test
    void dashboardCodeHasNoHtmlStringSink() throws IOException {
        Path web = Path.of("src/main/resources/org/marsad/web/js");
        List<Path> files;
        try (Stream<Path> s = Files.list(web)) {
            files = s.filter(p -> p.toString().endsWith(".js")).toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(5);
        for (Path f : files) {
            String code = Files.readString(f);
            assertThat(code).as(f.toString()).doesNotContain("innerHTML").doesNotContain("outerHTML")
                    .doesNotContain("insertAdjacentHTML").doesNotContain("document.write").doesNotContain("eval(")
                    .doesNotContain("new Function");
        }
    }
}
