package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntitiesCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void writesOneLinePerArticleWithOriginalSpans(@TempDir Path dir) throws Exception {
        String a = "كركوك – قتل جنديان بهجوم لعناصر داعش على قرية قرب ناحية الرشاد";
        String b = "انفجار في ميناء بيروت";
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, JSON.writeValueAsString(java.util.Map.of("id", "a1", "text", a)) + "\n"
                + JSON.writeValueAsString(java.util.Map.of("id", "b2", "text", b)) + "\n"
                + "not json\n", StandardCharsets.UTF_8);
        Path txt = dir.resolve("c3.txt");
        Files.writeString(txt, "قصفت الطائرات التركية جبال قنديل", StandardCharsets.UTF_8);
        Path out = dir.resolve("out.jsonl");

        int code = Main.commandLine().execute("entities", in.toString(), txt.toString(), "--out", out.toString());

        assertThat(code).isEqualTo(Main.SOME_REJECTED);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3);
        JsonNode first = JSON.readTree(lines.get(0));
        assertThat(first.get("id").asText()).isEqualTo("a1");
        for (JsonNode m : first.get("mentions")) {
            assertThat(a.substring(m.get("start").asInt(), m.get("end").asInt())).isEqualTo(m.get("text").asText());
        }
        assertThat(first.get("mentions").findValuesAsText("canonical")).contains("Islamic State");
        assertThat(first.get("mentions").findValuesAsText("admin3_pcode")).contains("IQG13Q02N01");
        assertThat(first.get("mentions").findValuesAsText("cue")).contains("DATELINE");
        JsonNode second = JSON.readTree(lines.get(1));
        assertThat(second.get("mentions").findValuesAsText("country")).contains("Lebanon");
        JsonNode third = JSON.readTree(lines.get(2));
        assertThat(third.get("id").asText()).isEqualTo("c3");
        assertThat(third.get("mentions").findValuesAsText("canonical")).contains("Turkish Armed Forces");
        assertThat(third.get("mentions").findValuesAsText("feature_type")).contains("mountain");
    }

    @Test
    void missingInputIsAUsageError(@TempDir Path dir) {
        int code = Main.commandLine().execute("entities", dir.resolve("nope.txt").toString());
        assertThat(code).isEqualTo(Main.USAGE);
    }
}
