package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.common.DatePrecision;
import org.marsad.common.Json;

class JsonArticlesTest {
    static final String TEXT = "قتل مدنيان بقصف مدفعي على قرية حدودية شمالي دهوك.";

    private static List<ReadResult> read(String json) {
        List<ReadResult> out = new ArrayList<>();
        JsonArticles.read(json, "f.json", IngestLimits.DEFAULT, out::add);
        return out;
    }

    private static Article one(String json) {
        List<ReadResult> out = read(json);
        assertThat(out).singleElement().isInstanceOf(ReadResult.Read.class);
        return ((ReadResult.Read) out.getFirst()).article();
    }

    private static Rejected rejected(String json) {
        List<ReadResult> out = read(json);
        assertThat(out).singleElement().isInstanceOf(Rejected.class);
        return (Rejected) out.getFirst();
    }

    @Test
    void readsCanonicalFieldNames() {
        Article a = one("{\"id\":\"x1\",\"outlet\":\"Rudaw\",\"url\":\"https://e.org/1\",\"published\":\"2022-01-05\","
                + "\"title\":\"قصف\",\"text\":\"" + TEXT + "\",\"abstract\":\"ملخص\"}");
        assertThat(a.id()).isEqualTo("x1");
        assertThat(a.outlet()).isEqualTo("Rudaw");
        assertThat(a.url()).isEqualTo("https://e.org/1");
        assertThat(a.published()).hasValue(LocalDate.of(2022, 1, 5));
        assertThat(a.title()).isEqualTo("قصف");
        assertThat(a.text()).isEqualTo(TEXT);
        assertThat(a.abstractText()).isEqualTo("ملخص");
        assertThat(a.origin()).isEqualTo("f.json");
    }

    @Test
    void docnoIsAnId() {
        assertThat(one("{\"docno\":\"D-7\",\"text\":\"" + TEXT + "\"}").id()).isEqualTo("D-7");
    }

    @Test
    void numericIdIsText() {
        assertThat(one("{\"id\":42,\"text\":\"" + TEXT + "\"}").id()).isEqualTo("42");
    }

    @Test
    void sourceAndSrcAreOutlets() {
        assertThat(one("{\"source\":\"Alsumaria\",\"text\":\"" + TEXT + "\"}").outlet()).isEqualTo("Alsumaria");
        assertThat(one("{\"src\":\"Shafaq\",\"text\":\"" + TEXT + "\"}").outlet()).isEqualTo("Shafaq");
    }

    @Test
    void contentAndBodyAreText() {
        assertThat(one("{\"content\":\"" + TEXT + "\"}").text()).isEqualTo(TEXT);
        assertThat(one("{\"body\":\"" + TEXT + "\"}").text()).isEqualTo(TEXT);
    }

    @Test
    void dateAliases() {
        assertThat(one("{\"date\":\"2020-03-01\",\"text\":\"" + TEXT + "\"}").published()).hasValue(LocalDate.of(2020, 3, 1));
        assertThat(one("{\"time\":\"2020-03-01T08:00:00Z\",\"text\":\"" + TEXT + "\"}").published()).hasValue(LocalDate.of(2020, 3, 1));
        assertThat(one("{\"date_extracted\":\"2015-07-21 10:00:00\",\"text\":\"" + TEXT + "\"}").published())
                .hasValue(LocalDate.of(2015, 7, 21));
    }

    @Test
    void noDateMeansUnknownNeverToday() {
        Article a = one("{\"text\":\"" + TEXT + "\"}");
        assertThat(a.published()).isEmpty();
        assertThat(a.publishedPrecision()).isEqualTo(DatePrecision.UNKNOWN);
    }

    @Test
    void nullDateWithUnknownPrecisionAsInSeeds() {
        Article a = one("{\"id\":\"s4\",\"published\":null,\"published_precision\":\"unknown\",\"text\":\"" + TEXT + "\"}");
        assertThat(a.published()).isEmpty();
        assertThat(a.publishedPrecision()).isEqualTo(DatePrecision.UNKNOWN);
    }

    @Test
    void givenPrecisionIsHonoured() {
        Article a = one("{\"published\":\"2021-12-01\",\"published_precision\":\"month\",\"text\":\"" + TEXT + "\"}");
        assertThat(a.publishedPrecision()).isEqualTo(DatePrecision.MONTH);
        Article w = one("{\"published\":\"2021-12-06\",\"published_precision\":\"week\",\"text\":\"" + TEXT + "\"}");
        assertThat(w.publishedPrecision()).isEqualTo(DatePrecision.WEEK);
    }

    @Test
    void unknownPrecisionWordIsRejected() {
        assertThat(rejected("{\"published\":\"2021-12-01\",\"published_precision\":\"fortnight\",\"text\":\"" + TEXT + "\"}")
                .reason()).contains("unknown date precision");
    }

    @Test
    void unreadableDateIsRejectedNotGuessed() {
        assertThat(rejected("{\"published\":\"last tuesday\",\"text\":\"" + TEXT + "\"}").reason())
                .contains("unreadable publication date");
    }

    @Test
    void emptyTextIsRejected() {
        assertThat(rejected("{\"id\":\"e\",\"title\":\"عنوان\",\"text\":\"  \"}").reason()).isEqualTo("empty text");
        assertThat(rejected("{\"id\":\"e\",\"text\":\"\\u00a0\\u00a0\"}").reason()).startsWith("empty text");
        assertThat(rejected("{\"id\":\"e\"}").reason()).isEqualTo("empty text");
    }

    @Test
    void nonStringTextIsRejected() {
        assertThat(rejected("{\"text\":{\"a\":1}}").reason()).contains("not a string");
    }

    @Test
    void idFromOutletAndUrlIsStable() {
        String json = "{\"outlet\":\"A\",\"url\":\"https://e.org/a\",\"text\":\"" + TEXT + "\"}";
        assertThat(one(json).id()).isEqualTo(one(json).id()).hasSize(16);
        String other = "{\"outlet\":\"A\",\"url\":\"https://e.org/b\",\"text\":\"" + TEXT + "\"}";
        assertThat(one(other).id()).isNotEqualTo(one(json).id());
    }

    @Test
    void idFromTextWhenNoUrl() {
        assertThat(one("{\"text\":\"" + TEXT + "\"}").id()).isEqualTo(one("{\"text\":\"  " + TEXT + "\"}").id());
    }

    @Test
    void arrayElementsAreNumberedInTheOrigin() {
        List<ReadResult> out = read("[{\"text\":\"" + TEXT + "\"}, 7, {\"text\":\"\"}]");
        assertThat(out).hasSize(3);
        assertThat(((ReadResult.Read) out.get(0)).article().origin()).isEqualTo("f.json[0]");
        assertThat(((Rejected) out.get(1)).origin()).isEqualTo("f.json[1]");
        assertThat(((Rejected) out.get(1)).reason()).contains("not a JSON object");
        assertThat(((Rejected) out.get(2)).reason()).isEqualTo("empty text");
    }

    @Test
    void prettyPrintedSingleObject() {
        assertThat(one("{\n  \"id\": \"p\",\n  \"text\": \"" + TEXT + "\"\n}\n").id()).isEqualTo("p");
    }

    @Test
    void jsonLinesInADotJsonFile() {
        assertThat(read("{\"text\":\"" + TEXT + "\"}\n{\"text\":\"نص آخر عن هجوم\"}\n")).hasSize(2)
                .allMatch(r -> r instanceof ReadResult.Read);
    }

    @Test
    void brokenLineNamesItsLineNumber() {
        List<ReadResult> out = new ArrayList<>();
        JsonArticles.readLines("{\"text\":\"" + TEXT + "\"}\n\n{\"text\":\n", "f.jsonl", IngestLimits.DEFAULT, out::add);
        assertThat(out).hasSize(2);
        assertThat(((Rejected) out.get(1)).origin()).isEqualTo("f.jsonl:3");
        assertThat(((Rejected) out.get(1)).reason()).startsWith("broken JSON on line 3");
    }

    @Test
    void truncatedArrayKeepsWhatCameBefore() {
        List<ReadResult> out = read("[{\"text\":\"" + TEXT + "\"},{\"text\":\"نص");
        assertThat(out).hasSize(2);
        assertThat(out.get(0)).isInstanceOf(ReadResult.Read.class);
        assertThat(((Rejected) out.get(1)).origin()).isEqualTo("f.json[1]");
    }

    @Test
    void arrayWithoutClosingBracket() {
        List<ReadResult> out = read("[{\"text\":\"" + TEXT + "\"}");
        assertThat(out).hasSize(2);
        assertThat(((Rejected) out.get(1)).reason()).contains("JSON");
    }

    @Test
    void overLongTextIsRejected() {
        IngestLimits small = new IngestLimits(1024, 1024, 100, java.time.Duration.ofSeconds(1));
        ReadResult r = JsonArticles.fromNode(Json.MAPPER.createObjectNode().put("text", "ن".repeat(101)), "o", small);
        assertThat(((Rejected) r).reason()).contains("over the limit of 100");
    }

    @Test
    void nonArabicArticleIsKeptAndFlagged() {
        Article a = one("{\"text\":\"Two soldiers were killed in an attack on the road to the city.\"}");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.isArabic()).isFalse();
        assertThat(one("{\"text\":\"" + TEXT + "\"}").isArabic()).isTrue();
    }
}
