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
class WordContextBuilderTest {
    @Test
    void bandsSplitTheShareInFifthsAndNeverMeansNoArticleForm() {
        assertThat(WordContextBuilder.articleBand(10, 0)).isEqualTo("never");
        assertThat(WordContextBuilder.articleBand(99, 1)).isEqualTo("0");
        assertThat(WordContextBuilder.articleBand(7, 3)).isEqualTo("1");
        assertThat(WordContextBuilder.articleBand(5, 5)).isEqualTo("2");
        assertThat(WordContextBuilder.articleBand(0, 9)).isEqualTo("4");
    }

    @Test
    void contextSharesAreBandedFromRareToOften() {
        assertThat(WordContextBuilder.shareBand(0, 50)).isEqualTo("0");
        assertThat(WordContextBuilder.shareBand(1, 200)).isEqualTo("a");
        assertThat(WordContextBuilder.shareBand(2, 50)).isEqualTo("b");
        assertThat(WordContextBuilder.shareBand(5, 50)).isEqualTo("c");
        assertThat(WordContextBuilder.shareBand(30, 50)).isEqualTo("d");
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
        var bands = WordContextBuilder.build(dir, new PrintStream(new ByteArrayOutputStream()));
        assertThat(bands.get("سليمان").article()).isEqualTo("never");
        assertThat(bands.get("طالب").article()).isEqualTo("4");
        // "رحب سليمان", "قال سليمان" ...: no title before it in this text; "التقى الرئيس" never occurs
        assertThat(bands.get("سليمان").title()).isEqualTo("0");
        assertThat(bands.keySet()).noneMatch(w -> w.startsWith("ال"));
        var out = new StringWriter();
        WordContextBuilder.write(bands, out, "a test");
        assertThat(out.toString().lines().filter(l -> !l.startsWith("#")).toList()).anyMatch(l -> l.startsWith("سليمان\tnever\t"));
    }

    @Test
    void anEmptyFolderIsAClearError(@TempDir Path dir) {
        assertThatThrownBy(() -> WordContextBuilder.build(dir, System.err)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no .zip files");
    }

    @Test
    void shippedBandsKnowCommonWords() {
        var shipped = WordContextBuilder.shipped();
        assertThat(shipped).hasSizeGreaterThan(10_000);
        assertThat(List.of("never", "0", "1", "2", "3", "4")).containsAll(shipped.values().stream().map(WordContextBuilder.Bands::article).distinct().toList());
        // a common given name follows titles; a common noun hardly does
        assertThat(shipped.get("محمد").title()).isIn("c", "d");
    }
}
