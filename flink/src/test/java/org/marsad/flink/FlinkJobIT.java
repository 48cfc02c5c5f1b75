package org.marsad.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.Test;
import org.marsad.common.Json;
import org.marsad.common.SharedData;
import org.marsad.events.Event;
import org.marsad.fusion.CanonicalEvent;
import org.marsad.fusion.Fusion;
import org.marsad.ingest.IngestLimits;
import org.marsad.ingest.JsonArticles;
import org.marsad.ingest.ReadResult;
import org.marsad.pipeline.Pipeline;

/**
 * The Flink job on a local MiniCluster must give the same canonical events as the single-machine
 * stages (Pipeline.analyze per article, then Fusion over all article events): same ids, types,
 * dates, places, figures and documents.
 */
class FlinkJobIT {

    @Test
    void demoCorpusGivesTheSingleMachineEventsAtParallelismOneAndTwo() throws Exception {
        List<String> lines = demoLines();
        assertThat(lines).hasSizeGreaterThan(20);
        Map<String, String> expected = singleMachine(lines);
        assertThat(expected).isNotEmpty();
        // ids are stable as articles arrive, so an incident first seen through another report may keep
        // that report's id in a stream: the events themselves must be the same
        assertThat(onFlink(lines, 1).values()).containsExactlyInAnyOrderElementsOf(expected.values());
        assertThat(onFlink(lines, 2).values()).containsExactlyInAnyOrderElementsOf(expected.values());
    }

    @Test
    void seedsGiveTheSingleMachineEvents() throws Exception {
        Optional<Path> seeds = SharedData.resolve("corpus/seeds/seeds.jsonl");
        assumeTrue(seeds.isPresent(), "../shared/corpus/seeds not present: skipped");
        List<String> lines = Files.readAllLines(seeds.get(), StandardCharsets.UTF_8).stream().filter(s -> !s.isBlank()).toList();
        assertThat(onFlink(lines, 2).values()).containsExactlyInAnyOrderElementsOf(singleMachine(lines).values());
    }

    @Test
    void badRecordsGoToTheRejectsOutputAndRepeatsToDuplicates() throws Exception {
        List<String> lines = new ArrayList<>(demoLines().subList(0, 3));
        lines.add("{not json");
        lines.add("{\"id\": \"x-empty\", \"text\": \"\"}");
        lines.add(lines.get(0).replace("\"demo-", "\"copy-"));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(1);
        MarsadJob.Outputs out = MarsadJob.build(env.fromData(lines).returns(Types.STRING), Duration.ofDays(1));
        List<String> rejects = collect(out.rejects());
        assertThat(rejects).hasSize(2).anyMatch(r -> r.contains("JSON")).anyMatch(r -> r.contains("x-empty") || r.contains("empty"));
        StreamExecutionEnvironment env2 = StreamExecutionEnvironment.createLocalEnvironment(1);
        MarsadJob.Outputs out2 = MarsadJob.build(env2.fromData(lines).returns(Types.STRING), Duration.ofDays(1));
        assertThat(collect(out2.duplicates())).hasSize(1);
    }

    private static List<String> collect(org.apache.flink.streaming.api.datastream.DataStream<String> s) throws Exception {
        List<String> out = new ArrayList<>();
        try (CloseableIterator<String> it = s.executeAndCollect()) {
            it.forEachRemaining(out::add);
        }
        return out;
    }

    /** Final state of the upsert stream, id -> comparable summary. */
    private static Map<String, String> onFlink(List<String> lines, int parallelism) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(parallelism);
        MarsadJob.Outputs out = MarsadJob.build(env.fromData(lines).returns(Types.STRING), Duration.ofDays(1));
        Map<String, String> state = new TreeMap<>();
        for (String s : collect(out.canonical())) {
            if (s.startsWith("-")) state.remove(s.substring(1));
            else {
                CanonicalEvent c = Json.read(s, CanonicalEvent.class);
                state.put(c.id(), summary(c));
            }
        }
        return state;
    }

    private static Map<String, String> singleMachine(List<String> lines) throws IOException {
        List<Event> events = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String line : lines) {
            ReadResult r = JsonArticles.fromNode(Json.MAPPER.readTree(line), "test", IngestLimits.DEFAULT);
            if (r instanceof ReadResult.Read read && seen.add(org.marsad.ingest.ContentHash.of(read.article().text()))) {
                events.addAll(Pipeline.analyze(read.article()).events());
            }
        }
        Map<String, String> m = new TreeMap<>();
        for (CanonicalEvent c : Fusion.apply(events, List.of())) m.put(c.id(), summary(c));
        return m;
    }

    private static String summary(CanonicalEvent c) {
        Event e = c.event();
        return String.join(" | ", e.type().code(), e.date().map(Object::toString).orElse("-"), e.datePrecision().code(),
                e.location().map(p -> p.admin1Pcode() + "/" + p.admin2Pcode()).orElse("-"),
                e.casualties().killed().isPresent() ? "k" + e.casualties().killed().getAsInt() : "k-",
                e.casualties().wounded().isPresent() ? "w" + e.casualties().wounded().getAsInt() : "w-",
                String.join(",", e.actor1()), String.join(",", e.actor2()), String.join(",", new java.util.TreeSet<>(e.documents())));
    }

    private static List<String> demoLines() throws IOException {
        try (InputStream in = FlinkJobIT.class.getResourceAsStream(DEMO)) {
            assertThat(in).as("bundled demo corpus " + DEMO).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(s -> !s.isBlank() && !s.startsWith("#")).toList();
        }
    }

    private static final String DEMO = "/org/marsad/demo/demo-corpus.jsonl";
}
