package org.marsad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.common.DatePrecision;
import org.marsad.ingest.Article;
import org.marsad.ingest.IngestLimits;
import org.marsad.ingest.InputReader;
import org.marsad.ingest.ReadResult;
import org.marsad.ingest.Rejected;
import org.marsad.store.ArticleAnalysis;

/**
 * Hostile sizes through the whole per-article chain: each record finishes (accepted and analysed,
 * or rejected with a reason) — never a hang, a stack overflow or an out-of-memory that would stop
 * the batch. The timeouts are hang guards far above the real cost, not speed claims (speed is in
 * `marsad bench`).
 */
class ResourceLimitsTest {
    private static final Duration HANG_GUARD = Duration.ofMinutes(3);

    private static Article article(String id, String text) {
        return new Article(id, "test", "", Optional.of(LocalDate.of(2024, 5, 2)), DatePrecision.DAY, "", text, "", "ar", id);
    }

    private static List<ReadResult> read(Path file) {
        InputReader reader = new InputReader(IngestLimits.DEFAULT);
        List<ReadResult> out = new ArrayList<>();
        for (InputReader.Source s : reader.expand(List.of(file.toString()))) reader.read(s, out::add);
        return out;
    }

    @Test
    void veryLongRunOnSentenceIsAnalysedToTheEnd() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() < 200_000; i++) sb.append(SyntheticNews.article(i, 1).replace(".\n", " و"));
        ArticleAnalysis a = assertTimeoutPreemptively(HANG_GUARD, () -> Pipeline.analyze(article("long-sentence", sb.toString())));
        assertThat(a.error()).isEmpty();
        assertThat(a.events()).isNotEmpty();
    }

    @Test
    void hundredThousandTokenLineFinishes() {
        String line = "هجوم ".repeat(100_000);
        ArticleAnalysis a = assertTimeoutPreemptively(HANG_GUARD, () -> Pipeline.analyze(article("tokens", line)));
        assertThat(a.error()).isEmpty();
    }

    @Test
    void runOnSentenceOfTriggersCommasAndTollsFinishes() {
        // every clause a trigger with a toll, no full stop: grouping must not compare every pair
        String line = "قتل جنديان بهجوم، ".repeat(25_000);
        ArticleAnalysis a = assertTimeoutPreemptively(HANG_GUARD, () -> Pipeline.analyze(article("run-on", line)));
        assertThat(a.error()).isEmpty();
    }

    @Test
    void digitsAndPunctuationRunsFinish() {
        String noise = "١٢٣٬٤٥٦،".repeat(20_000) + "؟!".repeat(20_000) + "\"".repeat(20_000);
        ArticleAnalysis a = assertTimeoutPreemptively(HANG_GUARD, () -> Pipeline.analyze(article("noise", noise)));
        assertThat(a.error()).isEmpty();
    }

    @Test
    void articleAtTheCharacterLimitIsAnalysedAndOneOverIsRejected(@TempDir Path dir) throws Exception {
        int limit = IngestLimits.DEFAULT.maxArticleChars();
        StringBuilder sb = new StringBuilder(limit + 100);
        for (int i = 0; sb.length() < limit + 10; i++) sb.append(SyntheticNews.article(i, 3));
        Path over = dir.resolve("over.txt");
        Files.writeString(over, sb.toString(), StandardCharsets.UTF_8);
        assertThat(read(over)).singleElement().isInstanceOfSatisfying(Rejected.class,
                r -> assertThat(r.reason()).containsIgnoringCase("limit"));

        String atLimit = sb.substring(0, limit - 1);
        ArticleAnalysis a = assertTimeoutPreemptively(HANG_GUARD, () -> Pipeline.analyze(article("at-limit", atLimit)));
        assertThat(a.error()).isEmpty();
    }

    @Test
    void deeplyNestedHtmlIsReadOrRejectedNeverOverflows(@TempDir Path dir) throws Exception {
        String body = "<div>".repeat(20_000) + "<p>" + SyntheticNews.article(1, 4) + "</p>" + "</div>".repeat(20_000);
        Path html = dir.resolve("nested.html");
        Files.writeString(html, "<html><head><title>اختبار</title></head><body>" + body + "</body></html>", StandardCharsets.UTF_8);
        List<ReadResult> out = assertTimeoutPreemptively(HANG_GUARD, () -> read(html));
        assertThat(out).singleElement().satisfies(r -> {
            if (r instanceof ReadResult.Read read) assertThat(read.article().text()).contains("وكالة الاختبار");
            else assertThat(((Rejected) r).reason()).isNotBlank();
        });
    }
}
