package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipInputTest {
    @TempDir
    Path tmp;

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(b)) {
            for (var e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return b.toByteArray();
    }

    static byte[] utf8(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    private List<ReadResult> read(Path p) {
        List<ReadResult> out = new ArrayList<>();
        InputReader r = new InputReader(IngestLimits.DEFAULT);
        r.expand(List.of(p.toString())).forEach(s -> r.read(s, out::add));
        return out;
    }

    @Test
    void dailyZipWithAJsonArrayAsSaudiNewsNetShipsIt() throws IOException {
        String arr = "[{\"source\":\"okaz\",\"url\":\"http://e.org/1\",\"date_extracted\":\"2015-07-21 10:00:00\",\"title\":\"t\","
                + "\"author\":\"a\",\"content\":\"أعلنت وزارة الداخلية ضبط شحنة مخدرات على الحدود.\"},"
                + "{\"source\":\"okaz\",\"url\":\"http://e.org/2\",\"date_extracted\":\"2015-07-21 11:00:00\",\"title\":\"t2\","
                + "\"author\":\"a\",\"content\":\"\"}]";
        Path z = Files.write(tmp.resolve("2015-07-21.zip"), zip(Map.of("2015-07-21.json", utf8(arr))));
        List<ReadResult> out = read(z);
        assertThat(out).hasSize(2);
        Article a = ((ReadResult.Read) out.get(0)).article();
        assertThat(a.outlet()).isEqualTo("okaz");
        assertThat(a.origin()).endsWith("2015-07-21.zip!2015-07-21.json[0]");
        assertThat(((Rejected) out.get(1)).origin()).endsWith("2015-07-21.zip!2015-07-21.json[1]");
    }

    @Test
    void nestedZipAndTextEntries() throws IOException {
        byte[] inner = zip(Map.of("inner.txt", utf8("قتل جندي بهجوم على سيطرة في الطارمية.")));
        Path z = Files.write(tmp.resolve("outer.zip"), zip(Map.of("a/inner.zip", inner, "__MACOSX/._x.txt", utf8("junk"),
                "b/one.txt", utf8("أصيب شرطيان بانفجار عبوة ناسفة."))));
        List<ReadResult> out = read(z);
        assertThat(out).hasSize(2).allMatch(r -> r instanceof ReadResult.Read);
        assertThat(out).extracting(r -> ((ReadResult.Read) r).article().id()).containsExactlyInAnyOrder("inner", "one");
        assertThat(out).extracting(r -> ((ReadResult.Read) r).article().origin())
                .anyMatch(o -> o.endsWith("outer.zip!a/inner.zip!inner.txt"));
    }

    @Test
    void notAZipIsRejected() throws IOException {
        Path z = Files.writeString(tmp.resolve("fake.zip"), "this is not a zip");
        assertThat(read(z)).singleElement().satisfies(r -> assertThat(((Rejected) r).reason()).contains("zip"));
    }

    @Test
    void emptyZipIsRejected() throws IOException {
        Path z = Files.write(tmp.resolve("empty.zip"), zip(Map.of()));
        assertThat(read(z)).singleElement().satisfies(r -> assertThat(((Rejected) r).reason()).contains("empty zip"));
    }

    @Test
    void unsupportedEntryIsNamed() throws IOException {
        Path z = Files.write(tmp.resolve("x.zip"), zip(Map.of("pic.png", new byte[] {1, 2, 3})));
        assertThat(read(z)).singleElement().satisfies(r -> assertThat(((Rejected) r).origin()).endsWith("x.zip!pic.png"));
    }

    @Test
    void directoryIsWalkedInNameOrderSkippingHiddenFiles() throws IOException {
        Path d = Files.createDirectories(tmp.resolve("d/sub"));
        Files.writeString(tmp.resolve("d/b.txt"), "نص الخبر الثاني عن اشتباك مسلح.");
        Files.writeString(d.resolve("a.txt"), "نص الخبر الأول عن غارة جوية.");
        Files.writeString(tmp.resolve("d/.hidden.txt"), "مخفي");
        List<ReadResult> out = read(tmp.resolve("d"));
        assertThat(out).extracting(r -> ((ReadResult.Read) r).article().id()).containsExactly("b", "a");
    }
}
