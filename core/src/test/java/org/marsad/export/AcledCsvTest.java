package org.marsad.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.events.EventType;
import org.marsad.fusion.CanonicalEvent;

class AcledCsvTest {
    static final ExportContext CTX = new ExportContext(WorkspaceFixtures.outlets(), Map.of("ev-basra", "confirmed"),
            Instant.parse("2024-01-01T00:00:00Z"));

    static List<Map<String, String>> parse(String csv) {
        List<List<String>> rows = Rfc4180.parse(new StringReader(csv));
        List<Map<String, String>> out = new ArrayList<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            Map<String, String> m = new java.util.LinkedHashMap<>();
            for (int i = 0; i < r.size(); i++) m.put(rows.get(0).get(i), r.get(i));
            out.add(m);
        }
        return out;
    }

    @Test
    void startsWithAcledColumnsInAcledOrderThenMarsadColumns() {
        String header = AcledCsv.toString(List.of(), CTX).split("\r\n")[0];
        assertThat(header).startsWith("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,"
                + "sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,"
                + "iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,"
                + "notes,fatalities,tags,timestamp,marsad_id,killed_low,killed_high,wounded,civilians_killed,"
                + "admin1_pcode,admin2_pcode,admin3_pcode,documents");
        assertThat(AcledCsv.ACLED_COLUMNS).hasSize(31);
    }

    @Test
    void codesTheMakhmourAttackAsAcledWould() {
        Map<String, String> r = parse(AcledCsv.toString(List.of(WorkspaceFixtures.makhmour()), CTX)).get(0);
        assertThat(r.get("event_date")).isEqualTo("2021-12-02");
        assertThat(r.get("year")).isEqualTo("2021");
        assertThat(r.get("time_precision")).isEqualTo("1");
        assertThat(r.get("event_type")).isEqualTo("Battles");
        assertThat(r.get("sub_event_type")).isEqualTo("Armed clash");
        assertThat(r.get("disorder_type")).isEqualTo("Political violence");
        assertThat(r.get("actor1")).isEqualTo("Islamic State");
        assertThat(r.get("actor2")).isEqualTo("Peshmerga");
        assertThat(r.get("assoc_actor_2")).isEqualTo("Civilians");
        assertThat(r.get("inter1")).isEqualTo("2");
        assertThat(r.get("inter2")).isEqualTo("1");
        assertThat(r.get("interaction")).isEqualTo("12");
        assertThat(r.get("civilian_targeting")).isEqualTo("Civilian targeting");
        assertThat(r.get("iso")).isEqualTo("368");
        assertThat(r.get("region")).isEqualTo("Middle East");
        assertThat(r.get("country")).isEqualTo("Iraq");
        assertThat(r.get("admin1")).isEqualTo("Erbil");
        assertThat(r.get("admin2")).isEqualTo("Makhmour");
        assertThat(r.get("latitude")).isEqualTo("35.8022");
        assertThat(r.get("longitude")).isEqualTo("43.6156");
        assertThat(r.get("geo_precision")).isEqualTo("2");
        assertThat(r.get("source")).isEqualTo("Wire A; Wire B");
        assertThat(r.get("fatalities")).isEqualTo("6");
        assertThat(r.get("timestamp")).isEqualTo("1704067200");
        assertThat(r.get("killed_low")).isEqualTo("5");
        assertThat(r.get("killed_high")).isEqualTo("6");
        assertThat(r.get("wounded")).isEqualTo("3");
        assertThat(r.get("civilians_killed")).isEqualTo("1");
        assertThat(r.get("admin2_pcode")).isEqualTo("IQG11Q04");
        assertThat(r.get("documents")).isEqualTo("doc-a;doc-b");
        assertThat(r.get("notes")).contains("6 killed (reports range 5-6), including 1 civilians");
    }

    @Test
    void writesZeroFatalitiesAndEmptyCountsWhenTheTextsGiveNone() {
        Map<String, String> r = parse(AcledCsv.toString(List.of(WorkspaceFixtures.basra()), CTX)).get(0);
        assertThat(r.get("fatalities")).isEqualTo("0");
        assertThat(r.get("killed_low")).isEmpty();
        assertThat(r.get("wounded")).isEmpty();
        assertThat(r.get("inter1")).isEqualTo("6");
        assertThat(r.get("inter2")).isEqualTo("0");
        assertThat(r.get("interaction")).isEqualTo("60");
        assertThat(r.get("event_type")).isEqualTo("Protests");
        assertThat(r.get("review_status")).isEqualTo("confirmed");
    }

    @Test
    void leavesCoordinatesEmptyForAnEventWithoutAPlace() {
        Map<String, String> r = parse(AcledCsv.toString(List.of(WorkspaceFixtures.baghdad()), CTX)).get(0);
        assertThat(r.get("latitude")).isEmpty();
        assertThat(r.get("location")).isEqualTo("بغداد");
        assertThat(r.get("sub_event_type")).isEqualTo("Remote explosive/landmine/IED");
    }

    @Test
    void mapsDatePrecisionToAcledCodes() {
        assertThat(org.marsad.common.DatePrecision.WEEK.acledCode()).isEqualTo(2);
        assertThat(org.marsad.common.DatePrecision.MONTH.acledCode()).isEqualTo(3);
    }

    @Test
    void combinesInterCodesSmallerFirst() {
        assertThat(InterCodes.interaction(7, 2)).isEqualTo(27);
        assertThat(InterCodes.interaction(1, 1)).isEqualTo(11);
        assertThat(InterCodes.interaction(3, 0)).isEqualTo(30);
        assertThat(InterCodes.of(List.of("Turkish Armed Forces"))).isEqualTo(8);
        assertThat(InterCodes.of(List.of("Some new group"))).isEqualTo(InterCodes.OTHER);
        assertThat(InterCodes.of(List.of())).isZero();
    }

    @Test
    void quotesCommasQuotesAndLineBreaksPerRfc4180() {
        assertThat(AcledCsv.quote("plain")).isEqualTo("plain");
        assertThat(AcledCsv.quote("a,b")).isEqualTo("\"a,b\"");
        assertThat(AcledCsv.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(AcledCsv.quote("two\nlines")).isEqualTo("\"two\nlines\"");
        var weird = new CanonicalEvent(WorkspaceFixtures.event("ev,\"x\"", EventType.RIOT, "2022-01-01",
                java.util.Optional.empty(), "حي \"الجمهورية\",\nالبصرة", List.of("Rioters"), List.of(),
                org.marsad.events.Casualties.NONE, List.of("doc-c"), List.of()), List.of(), List.of(), "");
        List<Map<String, String>> rows = parse(AcledCsv.toString(List.of(weird), CTX));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("marsad_id")).isEqualTo("ev,\"x\"");
        assertThat(rows.get(0).get("location")).isEqualTo("حي \"الجمهورية\",\nالبصرة");
    }

    @Test
    void loadsUnchangedWithPythonCsvAndPandas(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("events.csv");
        Files.writeString(csv, AcledCsv.toString(WorkspaceFixtures.events(), CTX), StandardCharsets.UTF_8);
        String script = "import csv,sys\n"
                + "rows=list(csv.DictReader(open(sys.argv[1],encoding='utf-8',newline='')))\n"
                + "assert len(rows)==3, len(rows)\n"
                + "assert rows[0]['admin2']=='Makhmour' and rows[0]['fatalities']=='6', rows[0]\n"
                + "assert len(rows[0])==" + AcledCsv.COLUMNS.size() + "\n"
                + "try:\n import pandas\nexcept ImportError:\n print('csv-ok'); sys.exit(0)\n"
                + "df=pandas.read_csv(sys.argv[1])\nassert df.shape==(3," + AcledCsv.COLUMNS.size() + "), df.shape\n"
                + "assert int(df['fatalities'].sum())==6\nprint('pandas-ok')\n";
        Process p;
        try {
            p = new ProcessBuilder("python3", "-c", script, csv.toString()).redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            Assumptions.abort("python3 not available: " + e.getMessage());
            return;
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).containsAnyOf("csv-ok", "pandas-ok");
    }
}
