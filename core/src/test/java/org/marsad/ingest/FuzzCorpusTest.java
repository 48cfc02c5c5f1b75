package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.marsad.common.DatePrecision;
import org.marsad.pipeline.Pipeline;
import org.marsad.store.ArticleAnalysis;

/**
 * Replays the fuzz regression corpus (src/test/resources/org/marsad/fuzz) on every build: every
 * record of every hostile file ends as an article or a rejection with a reason, and every article
 * and every hostile string goes through all per-article stages without an exception.
 */
class FuzzCorpusTest {
    private static final Duration HANG_GUARD = Duration.ofMinutes(2);

    private static Path corpus() throws URISyntaxException {
        return Path.of(FuzzCorpusTest.class.getResource("/org/marsad/fuzz/README.md").toURI()).getParent();
    }

    @TestFactory
    Stream<DynamicTest> everyFileReadsToArticlesOrReasons() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(corpus())) {
            files = s.filter(p -> !p.getFileName().toString().equals("README.md")
                    && !p.getFileName().toString().equals("text-strings.txt")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(15);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            List<ReadResult> out = assertTimeoutPreemptively(HANG_GUARD, () -> read(f));
            assertThat(out).as("records of " + f.getFileName()).isNotEmpty();
            for (ReadResult r : out) {
                switch (r) {
                    case Rejected rej -> assertThat(rej.reason()).isNotBlank();
                    case ReadResult.Read read -> {
                        ArticleAnalysis a = Pipeline.analyze(read.article());
                        assertThat(a.error()).as("stage error on " + read.article().origin()).isEmpty();
                    }
                }
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyHostileStringGoesThroughTheStages() throws Exception {
        List<String> lines = Files.readAllLines(corpus().resolve("text-strings.txt"), StandardCharsets.UTF_8);
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            for (Optional<LocalDate> published : List.of(Optional.of(LocalDate.of(2021, 12, 3)), Optional.<LocalDate>empty())) {
                tests.add(DynamicTest.dynamicTest("line " + (i + 1) + (published.isPresent() ? "" : ", undated"), () -> {
                    Article a = new Article("fuzz", "", "", published, published.isPresent() ? DatePrecision.DAY : DatePrecision.UNKNOWN,
                            "", text, "", "ar", "text-strings.txt");
                    ArticleAnalysis r = assertTimeoutPreemptively(HANG_GUARD, () -> Pipeline.analyze(a));
                    assertThat(r.error()).isEmpty();
                    r.events().forEach(e -> e.evidence().forEach(ev -> assertThat(ev.span().end()).isLessThanOrEqualTo(text.length())));
                }));
            }
        }
        return tests.stream();
    }

    private static List<ReadResult> read(Path f) throws IOException {
        InputReader reader = new InputReader(IngestLimits.DEFAULT);
        List<ReadResult> out = new ArrayList<>();
        for (InputReader.Source s : reader.expand(List.of(f.toString()))) reader.read(s, out::add);
        return out;
    }
}
