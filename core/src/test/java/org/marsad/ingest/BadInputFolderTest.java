package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.common.DatePrecision;
import org.marsad.common.Progress;
import org.marsad.store.Repository;

/** A folder of bad and awkward inputs that the test writes: every record ends accepted, duplicate or rejected. */
class BadInputFolderTest {
    @TempDir
    Path tmp;
    Path in;

    static final String CP1256_TEXT = "قتل ثلاثة مدنيين بانفجار عبوة ناسفة في سوق شعبي شرقي المدينة.";
    static final String UTF16_TEXT = "أصيب شرطيان بهجوم مسلح على نقطة تفتيش قرب الطريق الدولي.";
    static final String BOM_TEXT = "تظاهر المئات أمام مبنى المحافظة للمطالبة بتحسين الخدمات.";

    @BeforeEach
    void writeInputs() throws IOException {
        in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("truncated.json"),
                "[{\"id\":\"t1\",\"outlet\":\"A\",\"text\":\"اعتقلت القوات الأمنية مطلوباً في حي الصناعة.\"},\n {\"id\":\"t2\",\"te");
        Files.writeString(in.resolve("lines.jsonl"), String.join("\n",
                "{\"docno\":\"l1\",\"src\":\"B\",\"date\":\"2021-12-03\",\"content\":\"سقطت قذيفتا هاون على أطراف القرية دون إصابات.\"}",
                "{\"docno\":\"l2\",\"content\": \"broken",
                "",
                "{\"docno\":\"l3\",\"source\":\"B\",\"time\":\"Fri, 03 Dec 2021 22:15:00 GMT\",\"body\":\"شنت طائرة مسيرة غارة على عجلة قرب الحدود.\"}"));
        byte[] binary = new byte[4096];
        new Random(7).nextBytes(binary);
        binary[10] = 0;
        Files.write(in.resolve("binary.txt"), binary);
        Files.write(in.resolve("cp1256.txt"), CP1256_TEXT.getBytes(Charset.forName("windows-1256")));
        ByteArrayOutputStream u16 = new ByteArrayOutputStream();
        u16.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
        u16.write(UTF16_TEXT.getBytes(StandardCharsets.UTF_16LE));
        Files.write(in.resolve("utf16.txt"), u16.toByteArray());
        ByteArrayOutputStream bom = new ByteArrayOutputStream();
        bom.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bom.write(BOM_TEXT.getBytes(StandardCharsets.UTF_8));
        Files.write(in.resolve("utf8bom.txt"), bom.toByteArray());
        Files.write(in.resolve("empty.txt"), new byte[0]);
        byte[] big = ("نص طويل جداً ".repeat(20 * 1024 * 1024 / 24 + 1)).getBytes(StandardCharsets.UTF_8);
        Files.write(in.resolve("big.txt"), big);
        Files.writeString(in.resolve("nav.html"), "<html><head><title>الرئيسية</title></head><body><nav><a href='/a'>أخبار</a>"
                + " <a href='/b'>رياضة</a></nav><footer>حقوق النشر</footer></body></html>");
        Files.writeString(in.resolve("zz-copy.txt"), CP1256_TEXT + "\n");
        Files.writeString(in.resolve("notes.md"), "# notes");
        writeZipWithBrokenEntry(in.resolve("archive.zip"));
    }

    static void writeZipWithBrokenEntry(Path zip) throws IOException {
        byte[] good = "{\"id\":\"z1\",\"text\":\"أعلنت قيادة العمليات مقتل مسلحين اثنين في كمين ليلي.\"}".getBytes(StandardCharsets.UTF_8);
        byte[] bad = "BROKEN-ENTRY قتل جندي بانفجار لغم أرضي في منطقة زراعية.".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            z.putNextEntry(new ZipEntry("good.jsonl"));
            z.write(good);
            z.closeEntry();
            ZipEntry e = new ZipEntry("bad.txt");
            e.setMethod(ZipEntry.STORED);
            CRC32 crc = new CRC32();
            crc.update(bad);
            e.setCrc(crc.getValue());
            e.setSize(bad.length);
            e.setCompressedSize(bad.length);
            z.putNextEntry(e);
            z.write(bad);
            z.closeEntry();
        }
        byte[] all = bytes.toByteArray();
        byte[] marker = "BROKEN-ENTRY".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + marker.length <= all.length; i++) {
            if (Arrays.equals(all, i, i + marker.length, marker, 0, marker.length)) {
                all[i] = 'X'; // damaged data: the stored CRC no longer matches
                break;
            }
        }
        Files.write(zip, all);
    }

    private IngestReport ingest(Path data) {
        try (Repository repo = Repository.open(data)) {
            return new Ingester(repo, IngestLimits.DEFAULT, 3).ingest(List.of(in.toString()), Progress.NONE);
        }
    }

    private Map<String, String> reasons(IngestReport r) {
        return r.rejects().stream().collect(Collectors.toMap(x -> in.relativize(Path.of(x.origin().replaceAll("[:!\\[].*$", "")))
                .toString() + x.origin().replaceAll("^[^:!\\[]*", ""), Rejected::reason, (a, b) -> a + " | " + b));
    }

    @Test
    void everyRecordIsAccountedFor() {
        IngestReport r = ingest(tmp.resolve("data"));
        assertThat(r.read()).isEqualTo(r.accepted() + r.duplicate() + r.rejected());
        // t1, l1, l3, cp1256, utf16, utf8bom, z1 accepted; copy.txt duplicate of cp1256
        assertThat(r.accepted()).isEqualTo(7);
        assertThat(r.duplicate()).isEqualTo(1);
        assertThat(r.rejected()).isEqualTo(8);
        assertThat(r.read()).isEqualTo(16);
    }

    @Test
    void eachBadRecordIsRejectedWithItsOwnReason() {
        Map<String, String> why = reasons(ingest(tmp.resolve("data")));
        assertThat(why).containsOnlyKeys("truncated.json[1]", "lines.jsonl:2", "binary.txt", "empty.txt", "big.txt",
                "nav.html", "notes.md", "archive.zip!bad.txt");
        assertThat(why.get("truncated.json[1]")).contains("JSON");
        assertThat(why.get("lines.jsonl:2")).contains("broken JSON on line 2");
        assertThat(why.get("binary.txt")).contains("binary");
        assertThat(why.get("empty.txt")).contains("empty");
        assertThat(why.get("big.txt")).contains("over the 8.0 MiB limit");
        assertThat(why.get("nav.html")).contains("no article text");
        assertThat(why.get("notes.md")).contains("unsupported file type");
        assertThat(why.get("archive.zip!bad.txt")).contains("unreadable zip entry").contains("CRC");
    }

    @Test
    void legacyAndUnicodeEncodingsAreReadAsTheSameLetters() {
        Path data = tmp.resolve("data");
        ingest(data);
        try (Repository repo = Repository.open(data)) {
            assertThat(repo.article("cp1256").orElseThrow().text()).isEqualTo(CP1256_TEXT);
            assertThat(repo.article("utf16").orElseThrow().text()).isEqualTo(UTF16_TEXT);
            assertThat(repo.article("utf8bom").orElseThrow().text()).isEqualTo(BOM_TEXT);
            assertThat(repo.article("cp1256").orElseThrow().language()).isEqualTo("ar");
        }
    }

    @Test
    void fieldAliasesAndDatesAreHonoured() {
        Path data = tmp.resolve("data");
        ingest(data);
        try (Repository repo = Repository.open(data)) {
            Article l1 = repo.article("l1").orElseThrow();
            assertThat(l1.outlet()).isEqualTo("B");
            assertThat(l1.published()).hasValue(java.time.LocalDate.of(2021, 12, 3));
            assertThat(l1.publishedPrecision()).isEqualTo(DatePrecision.DAY);
            assertThat(repo.article("l3").orElseThrow().published()).hasValue(java.time.LocalDate.of(2021, 12, 3));
            Article txt = repo.article("cp1256").orElseThrow();
            assertThat(txt.published()).isEmpty();
            assertThat(txt.publishedPrecision()).isEqualTo(DatePrecision.UNKNOWN);
            assertThat(repo.duplicates()).singleElement().satisfies(d -> assertThat(d.duplicateOf()).isEqualTo("cp1256"));
        }
    }

    @Test
    void reIngestAddsNothing() {
        Path data = tmp.resolve("data");
        IngestReport first = ingest(data);
        IngestReport second = ingest(data);
        assertThat(second.accepted()).isZero();
        assertThat(second.read()).isEqualTo(first.read());
        assertThat(second.duplicate()).isEqualTo(first.accepted() + first.duplicate());
        assertThat(second.rejected()).isEqualTo(first.rejected());
        try (Repository repo = Repository.open(data)) {
            assertThat(repo.counts().articles()).isEqualTo(first.accepted());
            assertThat(repo.ingestRuns()).hasSize(2);
        }
    }

    @Test
    void missingInputIsARejectionNotACrash() {
        try (Repository repo = Repository.open(tmp.resolve("data"))) {
            IngestReport r = new Ingester(repo, IngestLimits.DEFAULT, 10)
                    .ingest(List.of(tmp.resolve("nope").toString()), Progress.NONE);
            assertThat(r.rejects()).singleElement().extracting(Rejected::reason).isEqualTo("no such file or directory");
        }
    }

    static Function<String, String> identity() { return s -> s; }
}
