package org.marsad.entities.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The definite-article share per word, from unlabelled news. */
class ArticleRatioBuilderTest {
    @Test
    void bandsSplitTheShareInFifthsAndNeverMeansNoArticleForm() {
        assertThat(ArticleRatioBuilder.band(10, 0)).isEqualTo("never");
        assertThat(ArticleRatioBuilder.band(99, 1)).isEqualTo("0");
        assertThat(ArticleRatioBuilder.band(7, 3)).isEqualTo("1");
        assertThat(ArticleRatioBuilder.band(5, 5)).isEqualTo("2");
        assertThat(ArticleRatioBuilder.band(0, 9)).isEqualTo("4");
    }

    @Test
    void countsArticleFormsAfterClitics(@TempDir Path dir) throws Exception {
        // written for this test: a name never takes the article, a noun does
        String text = "التقى سليمان بالطالب . قال سليمان إن الطالب نجح . وسليمان زار الطالب والطالب . "
                + "سليمان و طالب و سليمان . رحب سليمان بالطالب .";
        String json = "[{\"content\": \"" + text + "\"}]";
        try (var z = new ZipOutputStream(Files.newOutputStream(dir.resolve("a.zip")))) {
            z.putNextEntry(new ZipEntry("a.json"));
            z.write(json.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        var bands = ArticleRatioBuilder.build(dir, new PrintStream(new ByteArrayOutputStream()));
        assertThat(bands).containsEntry("سليمان", "never").containsEntry("طالب", "4");
        assertThat(bands.keySet()).noneMatch(w -> w.startsWith("ال"));
        var out = new StringWriter();
        ArticleRatioBuilder.write(bands, out, "a test");
        assertThat(out.toString().lines().filter(l -> !l.startsWith("#")).toList()).contains("سليمان\tnever");
    }

    @Test
    void anEmptyFolderIsAClearError(@TempDir Path dir) {
        assertThatThrownBy(() -> ArticleRatioBuilder.build(dir, System.err)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no .zip files");
    }

    @Test
    void shippedBandsKnowCommonWords() {
        var shipped = ArticleRatioBuilder.shipped();
        assertThat(shipped).hasSizeGreaterThan(10_000);
        assertThat(List.of("never", "0", "1", "2", "3", "4")).containsAll(shipped.values().stream().distinct().toList());
    }
}
