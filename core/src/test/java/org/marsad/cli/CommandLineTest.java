package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.common.Json;

/** The commands as a user runs them: exit codes 0 ok, 1 some rejected, 2 usage or configuration error. */
class CommandLineTest {
    @TempDir
    Path tmp;

    record Result(int code, String out, String err) {}

    private Result run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            var cl = Main.commandLine();
            cl.setErr(new java.io.PrintWriter(System.err, true));
            cl.setOut(new java.io.PrintWriter(System.out, true));
            int code = cl.execute(args);
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private Path corpus() throws Exception {
        Path f = tmp.resolve("in.jsonl");
        Files.writeString(f, "{\"id\":\"c1\",\"published\":\"2024-01-02\",\"text\":\"قتل مسلحان باشتباك مع قوة أمنية قرب الحدود.\"}\n"
                + "{\"id\":\"c2\",\"text\":\"أصيب مدني بسقوط قذيفة هاون على منزله.\"}\n");
        return f;
    }

    @Test
    void ingestPrintsTheAccountingAndExitsZero() throws Exception {
        Result r = run("ingest", corpus().toString(), "--data", tmp.resolve("d").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("read 2 = accepted 2 + duplicate 0 + rejected 0");
        Result again = run("ingest", corpus().toString(), "--data", tmp.resolve("d").toString());
        assertThat(again.out()).contains("read 2 = accepted 0 + duplicate 2 + rejected 0");
    }

    @Test
    void someRejectedRecordsExitOne() throws Exception {
        Path f = tmp.resolve("bad.jsonl");
        Files.writeString(f, "{\"id\":\"x\",\"text\":\"اعتقال متهم في الموصل.\"}\n{broken\n");
        Result r = run("ingest", f.toString(), "--data", tmp.resolve("d").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("rejected " + f + ":2: broken JSON on line 2");
        assertThat(r.out()).contains("read 2 = accepted 1 + duplicate 0 + rejected 1");
    }

    @Test
    void runPrintsEventSummary() throws Exception {
        Result r = run("run", corpus().toString(), "--data", tmp.resolve("d").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("analysed 2 articles").contains("canonical events");
    }

    @Test
    void exportWritesEventsJsonToAFile() throws Exception {
        run("run", corpus().toString(), "--data", tmp.resolve("d").toString());
        Path out = tmp.resolve("out/events.json");
        Result r = run("export", "--format", "json", "--out", out.toString(), "--data", tmp.resolve("d").toString());
        assertThat(r.code()).isZero();
        assertThat(Json.MAPPER.readTree(out.toFile()).get("events").isArray()).isTrue();
    }

    @Test
    void exportFormatsNotBuiltYetAreUsageErrors() {
        Result r = run("export", "--format", "csv", "--data", tmp.resolve("d").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("not available");
    }

    @Test
    void missingInputArgumentIsUsageError() {
        assertThat(run("ingest").code()).isEqualTo(2);
        assertThat(run("no-such-command").code()).isEqualTo(2);
    }

    @Test
    void dataFolderThatIsAFileIsAConfigurationError() throws Exception {
        Path file = Files.writeString(tmp.resolve("afile"), "x");
        Result r = run("ingest", corpus().toString(), "--data", file.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("is a file");
    }

    @Test
    void everyCommandHasHelp() {
        for (String c : new String[] {"ingest", "run", "export", "serve", "demo"}) {
            Result r = run(c, "--help");
            assertThat(r.code()).isZero();
            assertThat(r.out()).contains("Usage: marsad " + c);
        }
    }

    @Test
    void demoRunsTheBundledCorpusWithoutServing() {
        Result r = run("demo", "--no-serve", "--data", tmp.resolve("demo").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("read (2[2-9]|[3-9]\\d) = accepted \\d+ \\+ duplicate 0 \\+ rejected 0");
        // a second demo starts fresh again
        assertThat(run("demo", "--no-serve", "--data", tmp.resolve("demo").toString()).out()).contains("duplicate 0");
    }
}
