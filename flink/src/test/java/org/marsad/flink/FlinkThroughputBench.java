package org.marsad.flink;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.Test;
import org.marsad.common.Json;
import org.marsad.common.SharedData;
import org.marsad.events.Event;
import org.marsad.fusion.Fusion;
import org.marsad.ingest.IngestLimits;
import org.marsad.ingest.InputReader;
import org.marsad.ingest.ReadResult;
import org.marsad.pipeline.Pipeline;

/**
 * Throughput of the Flink job on a local MiniCluster at parallelism 1 and 2, as a ratio to the
 * single-machine stages (Pipeline.analyze per article, then Fusion) over the same articles in the
 * same JVM. A measurement, not a test: it runs only with -Dmarsad.flink.bench=true
 * (`./marsad flink-bench [N]`) and asserts nothing about speed.
 */
class FlinkThroughputBench {

    @Test
    void measure() throws Exception {
        assumeTrue(Boolean.getBoolean("marsad.flink.bench"), "a measurement: run with ./marsad flink-bench");
        Path corpus = SharedData.resolve("corpus/saudinewsnet/dataset").orElseThrow(() ->
                new IllegalStateException("../shared/corpus/saudinewsnet/dataset is needed for the measurement"));
        int limit = Integer.getInteger("marsad.flink.bench.limit", 10_000);
        List<String> lines = new ArrayList<>();
        InputReader reader = new InputReader(IngestLimits.DEFAULT);
        for (InputReader.Source s : reader.expand(List.of(corpus.toString()))) {
            reader.read(s, r -> {
                if (r instanceof ReadResult.Read read && lines.size() < limit) lines.add(Json.write(read.article()));
            });
        }
        // warm-up of the stage code in this JVM, then the single-machine reference
        singleMachine(lines.subList(0, Math.min(1000, lines.size())));
        long t0 = System.nanoTime();
        int events = singleMachine(lines);
        double single = (System.nanoTime() - t0) / 1e9;
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%nFlink MiniCluster throughput on %d SaudiNewsNet articles%n%-34s %10s %8s %7s%n", lines.size(), "run",
                "articles/s", "seconds", "ratio"));
        out.append(String.format(Locale.ROOT, "%-34s %10.0f %8.2f %7.2f%n", "single machine (1 thread)", lines.size() / single,
                single, 1.0));
        for (int p : new int[] {1, 2}) {
            long s = System.nanoTime();
            long emitted = onFlink(lines, p);
            double secs = (System.nanoTime() - s) / 1e9;
            out.append(String.format(Locale.ROOT, "%-34s %10.0f %8.2f %7.2f   (%d upserts)%n", "Flink MiniCluster, parallelism " + p,
                    lines.size() / secs, secs, single / secs, emitted));
        }
        out.append("ratio = single-machine time / Flink time (above 1: faster than one thread); ")
                .append(events).append(" article events\n");
        System.out.println(out);
    }

    private static int singleMachine(List<String> lines) {
        List<Event> events = new ArrayList<>();
        for (String l : lines) events.addAll(Pipeline.analyze(Json.read(l, org.marsad.ingest.Article.class)).events());
        Fusion.apply(events, List.of());
        return events.size();
    }

    private static long onFlink(List<String> lines, int parallelism) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(parallelism);
        MarsadJob.Outputs out = MarsadJob.build(env.fromData(lines).returns(Types.STRING), Duration.ofDays(1));
        long n = 0;
        try (CloseableIterator<String> it = out.canonical().executeAndCollect()) {
            while (it.hasNext()) {
                it.next();
                n++;
            }
        }
        return n;
    }
}
