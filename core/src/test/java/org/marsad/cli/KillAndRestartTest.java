package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.Repository;

/**
 * A child `marsad ingest` is killed with SIGKILL (destroyForcibly) at random moments, then run again
 * to the end: every article is stored exactly once, none lost, none twice.
 */
class KillAndRestartTest {
    static final int FILES = 30;
    static final int PER_FILE = 100;

    @TempDir
    Path tmp;

    private static final String[] PLACES = {"الموصل", "كركوك", "بعقوبة", "تكريت", "الرمادي", "البصرة", "أربيل", "سامراء"};
    private static final String[] WHAT = {"انفجار عبوة ناسفة", "هجوم مسلح", "سقوط قذائف هاون", "اشتباك مسلح", "غارة جوية"};

    private Set<String> writeCorpus(Path dir) throws IOException {
        Files.createDirectories(dir);
        Set<String> ids = new HashSet<>();
        Random rnd = new Random(42);
        for (int f = 0; f < FILES; f++) {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < PER_FILE; i++) {
                String id = "k" + f + "-" + i;
                ids.add(id);
                String text = WHAT[rnd.nextInt(WHAT.length)] + " في " + PLACES[rnd.nextInt(PLACES.length)]
                        + " أسفر عن مقتل " + (i + 1) + " أشخاص وإصابة " + (f + 2) + " آخرين بحسب مصدر أمني رقم " + id + ".";
                lines.add("{\"id\":\"" + id + "\",\"outlet\":\"Test Wire\",\"published\":\"2024-05-0" + (1 + i % 9)
                        + "\",\"text\":\"" + text + "\"}");
            }
            Files.write(dir.resolve(String.format("part-%02d.jsonl", f)), lines, StandardCharsets.UTF_8);
        }
        return ids;
    }

    private Process start(Path corpus, Path data) throws IOException {
        return start("ingest", corpus, data);
    }

    private Process start(String command, Path corpus, Path data) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                command, corpus.toString(), "--data", data.toString(), "--threads", "1")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
    }

    @Test
    void everyArticleStoredExactlyOnceAfterRepeatedKills() throws Exception {
        Path corpus = tmp.resolve("corpus");
        Path data = tmp.resolve("data");
        Set<String> ids = writeCorpus(corpus);
        Random rnd = new Random(1);
        int killedMidRun = 0;
        for (int attempt = 0; attempt < 4; attempt++) {
            Process p = start(corpus, data);
            boolean finished = p.waitFor(600 + rnd.nextInt(1500), TimeUnit.MILLISECONDS);
            if (!finished) {
                p.destroyForcibly();
                p.waitFor(30, TimeUnit.SECONDS);
                killedMidRun++;
            }
        }
        Process last = start(corpus, data);
        assertThat(last.waitFor(120, TimeUnit.SECONDS)).as("final run finishes").isTrue();
        String log = Files.readString(tmp.resolve("child.log"));
        assertThat(last.exitValue()).as(log).isZero();
        assertThat(log).contains("read " + ids.size() + " = accepted ");
        try (Repository repo = Repository.open(data)) {
            List<String> stored = repo.allArticleIds();
            assertThat(stored).hasSize(ids.size());
            assertThat(new HashSet<>(stored)).isEqualTo(ids);
        }
        assertThat(killedMidRun).as("at least one child was killed before it finished").isPositive();
    }

    /**
     * `run` killed at random points (while storing, analysing, fusing or indexing) and started again:
     * every article once, every article analysed, no event written twice, canonical events built from
     * stored documents only, and the search index holding every stored article.
     */
    @Test
    void runKilledRepeatedlyEndsConsistent() throws Exception {
        Path corpus = tmp.resolve("corpus-run");
        Path data = tmp.resolve("data-run");
        Set<String> ids = writeCorpus(corpus);
        Random rnd = new Random(7);
        int killedMidRun = 0;
        for (int attempt = 0; attempt < 4; attempt++) {
            Process p = start("run", corpus, data);
            boolean finished = p.waitFor(1500 + rnd.nextInt(4000), TimeUnit.MILLISECONDS);
            if (!finished) {
                p.destroyForcibly();
                p.waitFor(30, TimeUnit.SECONDS);
                killedMidRun++;
            }
        }
        Process last = start("run", corpus, data);
        assertThat(last.waitFor(600, TimeUnit.SECONDS)).as("final run finishes").isTrue();
        String log = Files.readString(tmp.resolve("child.log"));
        assertThat(last.exitValue()).as(log).isZero();
        try (Repository repo = Repository.open(data)) {
            List<String> stored = repo.allArticleIds();
            assertThat(new HashSet<>(stored)).isEqualTo(ids);
            assertThat(stored).hasSize(ids.size());
            assertThat(repo.pendingAnalysis()).as("every article analysed").isEmpty();
            List<org.marsad.events.Event> events = repo.allArticleEvents();
            assertThat(events).isNotEmpty();
            assertThat(events.stream().map(org.marsad.events.Event::id).distinct().count()).as("no event twice")
                    .isEqualTo(events.size());
            Set<String> sourceIds = new HashSet<>();
            events.forEach(e -> sourceIds.add(e.id()));
            for (org.marsad.fusion.CanonicalEvent c : repo.canonicalEvents(org.marsad.store.EventQuery.all())) {
                assertThat(ids).containsAll(c.event().documents());
                c.sources().forEach(s -> assertThat(sourceIds).contains(s.id()));
            }
        }
        try (org.marsad.search.SearchIndex index = org.marsad.search.SearchIndex.open(data)) {
            assertThat(index.count(org.marsad.search.SearchIndex.Kind.ARTICLE)).as("index holds every article").isEqualTo(ids.size());
        }
        assertThat(killedMidRun).as("at least one child was killed before it finished").isPositive();
    }
}
