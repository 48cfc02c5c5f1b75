package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void writesSentencesTokensQuantitiesAndTimesWithOriginalOffsets() throws Exception {
        String text = "قتل جنديان وأصيب خمسة آخرون مساء أمس في بعقوبة. وقال مصدر إن نحو ٢٠ مسلحا هاجموا القرية";
        JsonNode j = JSON.readTree(AnalyzeCommand.toJson("a", text, Optional.of(LocalDate.of(2021, 12, 3)), false));
        assertThat(j.get("sentences")).hasSize(2);
        assertThat(j.get("tokens").size()).isGreaterThan(10);
        JsonNode q0 = j.get("quantities").get(0);
        assertThat(q0.get("value").asLong()).isEqualTo(2);
        assertThat(q0.get("counted").asText()).isEqualTo("KILLED");
        JsonNode approx = j.get("quantities").get(2);
        assertThat(approx.has("value")).isFalse();
        assertThat(approx.get("best").asLong()).isEqualTo(20);
        assertThat(approx.get("low").asLong()).isEqualTo(16);
        assertThat(approx.get("kind").asText()).isEqualTo("APPROXIMATE");
        JsonNode t = j.get("times").get(0);
        assertThat(t.get("date").asText()).isEqualTo("2021-12-02");
        assertThat(t.get("precision").asText()).isEqualTo("day");
        assertThat(text.substring(t.get("start").asInt(), t.get("end").asInt())).isEqualTo(t.get("text").asText());
        for (JsonNode tok : j.get("tokens")) {
            assertThat(text.substring(tok.get("start").asInt(), tok.get("end").asInt())).isEqualTo(tok.get("text").asText());
        }
    }

    @Test
    void monthPrecisionIsWrittenAsYearMonth() throws Exception {
        JsonNode j = JSON.readTree(AnalyzeCommand.toJson("a", "في ديسمبر 2021", Optional.empty(), true));
        assertThat(j.get("times").get(0).get("month").asText()).isEqualTo("2021-12");
        assertThat(j.has("tokens")).isFalse();
    }

    @Test
    void readsEachLineOfAFileAsOneText(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("in.txt");
        Files.writeString(f, "قتل جندي أمس\n\nأصيب ثلاثة مدنيين\n", StandardCharsets.UTF_8);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream old = System.out;
        int rc;
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            rc = Main.commandLine().execute("analyze", "--file", f.toString(), "--published", "2021-12-03");
        } finally {
            System.setOut(old);
        }
        assertThat(rc).isEqualTo(Main.OK);
        String[] lines = buf.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(JSON.readTree(lines[1]).get("quantities").get(0).get("counted").asText()).isEqualTo("WOUNDED");
    }

    @Test
    void badPublicationDateIsAUsageError() {
        assertThat(Main.commandLine().execute("analyze", "نص", "--published", "2021-13-01")).isEqualTo(Main.USAGE);
    }
}
