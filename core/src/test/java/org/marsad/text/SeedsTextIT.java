package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.marsad.common.DatePrecision;
import org.marsad.common.SharedData;

/**
 * Every date and casualty expression of the five seed articles (../shared/corpus/seeds), compared
 * with seeds-text-expected.tsv, which lists only (docId, kind, start, end, value) — no article text.
 * A person read the articles and checked each line. Skips when ../shared is absent.
 */
class SeedsTextIT {

    /** One found expression as a line of the expected file. */
    static List<String> lines(String id, String text, Optional<LocalDate> pub, DatePrecision precision) {
        TextAnalysis a = TextCore.analyze(id, text, pub, precision);
        List<String> out = new ArrayList<>();
        for (TimeExpr t : a.times()) {
            String v = t.date().map(LocalDate::toString).orElse("-") + "/" + t.precision().code()
                    + t.alternate().map(d -> "/alt=" + d).orElse("");
            out.add(id + "\ttime\t" + t.span().start() + "\t" + t.span().end() + "\t" + v);
        }
        for (Quantity q : a.quantities()) {
            if (q.counted() == Counted.UNSPECIFIED) continue;
            String v = q.best() + "/" + q.low() + "-" + q.high() + "/" + q.kind() + "/" + q.counted();
            out.add(id + "\tcasualty\t" + q.span().start() + "\t" + q.span().end() + "\t" + v);
        }
        return out;
    }

    @Test
    void findsEveryDateAndCasualtyExpressionOfTheSeeds() throws IOException {
        Optional<Path> seeds = SharedData.resolve("corpus/seeds/seeds.jsonl");
        assumeTrue(seeds.isPresent(), "../shared/corpus/seeds not present");
        ObjectMapper json = new ObjectMapper();
        TreeSet<String> found = new TreeSet<>();
        for (String line : Files.readAllLines(seeds.get(), StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            JsonNode d = json.readTree(line);
            Optional<LocalDate> pub = d.path("published").isTextual() ? Optional.of(LocalDate.parse(d.get("published").asText())) : Optional.empty();
            DatePrecision p = DatePrecision.parse(d.path("published_precision").asText(""));
            found.addAll(lines(d.get("id").asText(), d.get("text").asText(), pub, p));
        }
        TreeSet<String> expected = new TreeSet<>();
        try (InputStream in = SeedsTextIT.class.getResourceAsStream("seeds-text-expected.tsv")) {
            for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!l.isBlank() && !l.startsWith("#")) expected.add(l.strip());
            }
        }
        TreeSet<String> missing = new TreeSet<>(expected);
        missing.removeAll(found);
        TreeSet<String> extra = new TreeSet<>(found);
        extra.removeAll(expected);
        assertThat(missing).as("expected but not found").isEmpty();
        assertThat(extra).as("found but not expected").isEmpty();
    }
}
