package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** Random bytes and strings through every reader: the only outcome is articles or Rejected, never an exception. */
class ReaderProperties {
    private final InputReader reader = new InputReader(IngestLimits.DEFAULT);

    @Provide
    Arbitrary<String> fileNames() {
        return Arbitraries.of("a.txt", "a.json", "a.jsonl", "a.html", "a.rss", "a.zip", "a.bin");
    }

    private List<ReadResult> readAll(String name, byte[] bytes) {
        List<ReadResult> out = new ArrayList<>();
        reader.readBytes(name, bytes, name, 0, out::add);
        return out;
    }

    @Property(tries = 400)
    void randomBytesNeverThrow(@ForAll("fileNames") String name, @ForAll @Size(max = 3000) byte[] bytes) {
        List<ReadResult> out = readAll(name, bytes);
        assertThat(out).isNotEmpty().allSatisfy(r -> assertThat(r).isInstanceOfAny(ReadResult.Read.class, Rejected.class));
    }

    @Property(tries = 400)
    void randomTextNeverThrows(@ForAll("fileNames") String name, @ForAll @StringLength(max = 2000) String text) {
        List<ReadResult> out = readAll(name, text.getBytes(StandardCharsets.UTF_8));
        assertThat(out).isNotEmpty();
        for (ReadResult r : out) {
            if (r instanceof ReadResult.Read a) assertThat(a.article().text()).isNotBlank();
            if (r instanceof Rejected x) assertThat(x.reason()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<String> jsonish() {
        return Arbitraries.strings().withChars("{}[]\":,0123456789abc \n\\ت").ofMaxLength(200)
                .map(s -> switch (s.length() % 3) {
                    case 0 -> "{\"text\":\"" + s + "\"}";
                    case 1 -> "[" + s + "]";
                    default -> s;
                });
    }

    @Property(tries = 600)
    void jsonFragmentsAreArticlesOrRejections(@ForAll("jsonish") String json) {
        List<ReadResult> out = new ArrayList<>();
        JsonArticles.read(json, "x.json", IngestLimits.DEFAULT, out::add);
        assertThat(out).isNotEmpty();
        List<ReadResult> lines = new ArrayList<>();
        JsonArticles.readLines(json, "x.jsonl", IngestLimits.DEFAULT, lines::add);
        assertThat(lines).isNotEmpty();
    }

    @Property(tries = 600)
    void anyDateStringParsesOrIsEmpty(@ForAll @StringLength(max = 40) String s) {
        assertThat(PublishedDate.parse(s)).isNotNull();
    }

    @Property(tries = 300)
    void decodedTextIsNfcWithoutCarriageReturns(@ForAll @Size(max = 2000) byte[] bytes) {
        if (TextDecoder.decode(bytes) instanceof TextDecoder.Text t) {
            assertThat(t.text()).doesNotContain("\r").doesNotContain("\uFEFF");
            assertThat(java.text.Normalizer.isNormalized(t.text(), java.text.Normalizer.Form.NFC)).isTrue();
        }
    }
}
