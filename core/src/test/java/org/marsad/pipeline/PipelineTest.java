package org.marsad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.common.DatePrecision;
import org.marsad.common.Progress;
import org.marsad.ingest.Article;
import org.marsad.ingest.IngestLimits;
import org.marsad.store.Repository;

class PipelineTest {
    @TempDir
    Path tmp;

    static Article article(String id, String text) {
        return new Article(id, "o", "", Optional.empty(), DatePrecision.UNKNOWN, "", text, "", "ar", "t");
    }

    @Test
    void analysesNewArticlesAndArticlesLeftByAnInterruptedRun() throws Exception {
        Path in = Files.writeString(tmp.resolve("a.jsonl"), "{\"id\":\"n1\",\"text\":\"قتل مدني بانفجار في السوق.\"}\n");
        try (Repository repo = Repository.open(tmp.resolve("d"))) {
            repo.saveArticles(List.of(article("left-over", "خبر خزنه تشغيل سابق قطع قبل التحليل.")));
            RunSummary s = new Pipeline(repo, Config.of(tmp.resolve("d"))).run(List.of(in.toString()), Progress.NONE);
            assertThat(s.ingest().accepted()).isEqualTo(1);
            assertThat(s.analyzed()).isEqualTo(2);
            assertThat(repo.pendingAnalysis()).isEmpty();
            RunSummary again = new Pipeline(repo, Config.of(tmp.resolve("d"))).run(List.of(in.toString()), Progress.NONE);
            assertThat(again.analyzed()).isZero();
        }
    }

    @Test
    void analysisOfOneArticleNeverThrows() {
        assertThat(Pipeline.analyze(article("x", "نص قصير")).docId()).isEqualTo("x");
    }

    @Test
    void configSaysWhatToFix() {
        assertThatThrownBy(() -> new Config(tmp, 0, 10, IngestLimits.DEFAULT)).hasMessageContaining("threads");
        assertThatThrownBy(() -> new Config(tmp, 1, 0, IngestLimits.DEFAULT)).hasMessageContaining("batch size");
        assertThatThrownBy(() -> new Config(null, 1, 1, IngestLimits.DEFAULT)).hasMessageContaining("--data");
        assertThat(Config.of(Path.of("rel")).dataDir().isAbsolute()).isTrue();
    }
}
