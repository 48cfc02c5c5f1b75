package org.marsad.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.common.Json;
import org.marsad.pipeline.SyntheticNews;

/**
 * The bench on a small corpus of generated news: every stage the issue names is measured, every figure
 * has its ratio to the reference pass, the end-to-end runs store every article, and the table and JSON
 * carry them. Speed itself is never asserted (it belongs to `marsad bench` on a real corpus).
 */
class BenchTest {
    @TempDir
    Path dir;

    @Test
    void measuresEveryStageWithRatiosAndRunsEndToEndOnOneAndTwoThreads() throws Exception {
        Path corpus = dir.resolve("news.jsonl");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            ObjectNode o = Json.MAPPER.createObjectNode();
            o.put("id", "bench-" + i).put("outlet", "bench").put("published", "2024-03-" + String.format("%02d", 1 + i % 28))
                    .put("title", "خبر " + i).put("text", SyntheticNews.article(i, 6));
            lines.add(Json.MAPPER.writeValueAsString(o));
        }
        Files.write(corpus, lines);
        List<String> log = new ArrayList<>();
        BenchReport r = new Bench(new Bench.Options(corpus, 2, 0, 10, Duration.ofMillis(500), dir.resolve("work")), log::add).run();

        assertThat(r.articles()).isEqualTo(60);
        assertThat(r.reference().ratio()).isEqualTo(1.0);
        assertThat(r.stages()).extracting(BenchReport.Stage::name).anyMatch(n -> n.startsWith("ingest parse"))
                .anyMatch(n -> n.startsWith("normalise")).anyMatch(n -> n.startsWith("tokens"))
                .anyMatch(n -> n.startsWith("numbers + dates")).anyMatch(n -> n.startsWith("actors + places"))
                .anyMatch(n -> n.startsWith("events")).anyMatch(n -> n.startsWith("near-duplicates"))
                .anyMatch(n -> n.startsWith("story clustering")).anyMatch(n -> n.startsWith("fusion"))
                .anyMatch(n -> n.startsWith("store")).anyMatch(n -> n.startsWith("search index"));
        assertThat(r.stages()).allSatisfy(s -> {
            assertThat(s.articles()).isEqualTo(60);
            assertThat(s.seconds()).isGreaterThanOrEqualTo(0);
            assertThat(s.ratio()).isGreaterThanOrEqualTo(0);
        });
        assertThat(r.endToEnd()).extracting(BenchReport.Stage::threads).containsExactly(1, 2);
        assertThat(r.endToEnd()).allSatisfy(s -> assertThat(s.articles()).isEqualTo(60));
        assertThat(r.search().queries()).isPositive();
        assertThat(r.api().errors()).isZero();
        assertThat(r.api().requests()).isPositive();
        assertThat(r.storeBytes()).isPositive();
        assertThat(r.indexBytes()).isPositive();

        String table = BenchTable.render(r);
        assertThat(table).contains("reference").contains("end to end").contains("store (SQLite");
    }
}
