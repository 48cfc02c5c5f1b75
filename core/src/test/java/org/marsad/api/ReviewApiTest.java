package org.marsad.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.common.Json;

/** Review over real HTTP: the token, each action, the audit log (who, when, before, after) and exports by review status. */
class ReviewApiTest {
    @TempDir
    Path dir;
    TestServer s;

    @BeforeEach
    void start() { s = TestServer.seeded(dir); }

    @AfterEach
    void stop() { s.close(); }

    JsonNode review(String id, String body) {
        var r = s.post("/api/events/" + id + "/review", body, TestServer.TOKEN);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Json.read(r.body(), JsonNode.class);
    }

    static java.util.List<String> ids(JsonNode r) {
        java.util.List<String> out = new java.util.ArrayList<>();
        r.get("events").forEach(e -> out.add(e.get("id").asText()));
        return out;
    }

    JsonNode get(String path) { return Json.read(s.get(path).body(), JsonNode.class); }

    @Test
    void refusesReviewWithoutTheToken() {
        var none = s.post("/api/events/ev-makhmour/review", "{\"action\":\"confirm\",\"reviewer\":\"x\"}", null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).contains("Bearer");
        var wrong = s.post("/api/events/ev-makhmour/review", "{\"action\":\"confirm\",\"reviewer\":\"x\"}", "not-the-token-at-all");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(Json.read(wrong.body(), JsonNode.class).get("error").asText()).contains("token");
        assertThat(get("/api/events/ev-makhmour").get("review").get("audit")).isEmpty();
    }

    @Test
    void confirmsAndLogsWhoWhenBeforeAndAfter() {
        JsonNode r = review("ev-makhmour", "{\"action\":\"confirm\",\"reviewer\":\"analyst1\",\"note\":\"two outlets agree\"}");
        assertThat(r.get("review").get("status").asText()).isEqualTo("confirmed");
        JsonNode audit = r.get("review").get("audit").get(0);
        assertThat(audit.get("who").asText()).isEqualTo("analyst1");
        assertThat(audit.get("at").asText()).isEqualTo("2024-01-01T00:00:00Z");
        assertThat(audit.get("action").asText()).isEqualTo("confirm");
        assertThat(audit.get("before").get("review_status").asText()).isEmpty();
        assertThat(audit.get("after").get("review_status").asText()).isEqualTo("confirmed");
        assertThat(audit.get("after").get("note").asText()).isEqualTo("two outlets agree");
        assertThat(get("/api/events").get("events").findValuesAsText("review")).contains("confirmed");
    }

    @Test
    void editsFieldsAndKeepsTheOldValuesInTheAudit() {
        JsonNode r = review("ev-makhmour", "{\"action\":\"edit\",\"reviewer\":\"a\",\"fields\":{\"killed\":7,\"wounded\":4,"
                + "\"type\":\"armed_clash\",\"admin2_pcode\":\"IQG11Q04\"}}");
        assertThat(r.get("killed").asInt()).isEqualTo(7);
        assertThat(r.get("type").asText()).isEqualTo("armed_clash");
        JsonNode a = r.get("review").get("audit").get(0);
        assertThat(a.get("before").get("killed").asInt()).isEqualTo(6);
        assertThat(a.get("after").get("killed").asInt()).isEqualTo(7);
        assertThat(get("/api/events?type=armed_clash").get("total").asInt()).isEqualTo(1);
        assertThat(s.get("/api/export.csv?type=armed_clash").body()).contains(",7,");
    }

    @Test
    void rejectsBadReviewBodiesNamingTheField() {
        String[][] cases = {
                {"{\"action\":\"approve\",\"reviewer\":\"a\"}", "action"},
                {"{\"action\":\"confirm\"}", "reviewer"},
                {"{\"action\":\"edit\",\"reviewer\":\"a\"}", "fields"},
                {"{\"action\":\"edit\",\"reviewer\":\"a\",\"fields\":{\"killed\":-1}}", "fields.killed"},
                {"{\"action\":\"edit\",\"reviewer\":\"a\",\"fields\":{\"date\":\"last week\"}}", "fields.date"},
                {"{\"action\":\"edit\",\"reviewer\":\"a\",\"fields\":{\"id\":\"x\"}}", "fields.id"},
                {"{\"action\":\"edit\",\"reviewer\":\"a\",\"fields\":{\"admin2_pcode\":\"IQG99Q99\"}}", "fields.admin2_pcode"},
                {"{\"action\":\"merge\",\"reviewer\":\"a\"}", "into"},
                {"{\"action\":\"merge\",\"reviewer\":\"a\",\"into\":\"nope\"}", "into"},
                {"{\"action\":\"split\",\"reviewer\":\"a\",\"documents\":[\"doc-a\",\"doc-b\"]}", "documents"},
                {"not json", "body"},
                {"[1,2]", "body"}};
        for (String[] c : cases) {
            var r = s.post("/api/events/ev-makhmour/review", c[0], TestServer.TOKEN);
            assertThat(r.statusCode()).as(c[0] + " -> " + r.body()).isEqualTo(400);
            assertThat(Json.read(r.body(), JsonNode.class).get("parameter").asText()).as(c[0]).isEqualTo(c[1]);
        }
        assertThat(s.post("/api/events/nope/review", "{\"action\":\"confirm\",\"reviewer\":\"a\"}", TestServer.TOKEN).statusCode())
                .isEqualTo(404);
    }

    @Test
    void leavesRejectedEventsOutOfListsAndExportsUnlessAsked() {
        review("ev-basra", "{\"action\":\"reject\",\"reviewer\":\"a\",\"note\":\"not an event\"}");
        assertThat(get("/api/events").get("total").asInt()).isEqualTo(2);
        assertThat(get("/api/events?include_rejected=true").get("total").asInt()).isEqualTo(3);
        assertThat(s.get("/api/export.csv").body()).doesNotContain("ev-basra");
        assertThat(s.get("/api/export.csv?include_rejected=true").body()).contains("ev-basra,").contains("rejected");
    }

    @Test
    void selectsReviewedOrUnreviewedEventsForExport() {
        review("ev-makhmour", "{\"action\":\"confirm\",\"reviewer\":\"a\"}");
        assertThat(ids(get("/api/export.json?reviewed=only"))).containsExactly("ev-makhmour");
        assertThat(ids(get("/api/export.json?reviewed=exclude"))).containsExactly("ev-baghdad", "ev-basra");
        JsonNode withAudit = get("/api/export.json?reviewed=only&audit=include").get("events").get(0);
        assertThat(withAudit.get("review_status").asText()).isEqualTo("confirmed");
        assertThat(withAudit.get("audit").get(0).get("who").asText()).isEqualTo("a");
    }

    @Test
    void mergesOneEventIntoAnother() {
        JsonNode r = review("ev-baghdad", "{\"action\":\"merge\",\"reviewer\":\"a\",\"into\":\"ev-makhmour\"}");
        assertThat(r.get("review").get("status").asText()).isEqualTo("merged");
        JsonNode target = get("/api/events/ev-makhmour");
        assertThat(target.get("documents").findValuesAsText("")).isEmpty();
        assertThat(target.get("documents").toString()).contains("doc-d");
        assertThat(target.get("review").get("audit").get(0).get("after").get("merged_from").asText()).isEqualTo("ev-baghdad");
        assertThat(ids(get("/api/events?include_rejected=true"))).contains("ev-baghdad"); // merged, not deleted
    }

    @Test
    void splitsDocumentsIntoANewEvent() {
        JsonNode r = review("ev-makhmour", "{\"action\":\"split\",\"reviewer\":\"a\",\"documents\":[\"doc-b\"]}");
        assertThat(r.get("changed").toString()).contains("ev-makhmour-s1");
        assertThat(r.get("documents").toString()).isEqualTo("[\"doc-a\"]");
        JsonNode split = get("/api/events/ev-makhmour-s1");
        assertThat(split.get("documents").toString()).isEqualTo("[\"doc-b\"]");
        assertThat(split.get("killed").asInt()).isEqualTo(6);
        assertThat(split.get("review").get("audit").get(0).get("before").get("split_from").asText()).isEqualTo("ev-makhmour");
    }
}
