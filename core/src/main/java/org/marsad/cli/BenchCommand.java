package org.marsad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.marsad.bench.Bench;
import org.marsad.bench.BenchReport;
import org.marsad.bench.BenchTable;
import org.marsad.common.Json;
import org.marsad.common.SharedData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `marsad bench`: per-stage and end-to-end speed, heap, sizes, search latency, API throughput. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure every stage and the whole pipeline on a corpus (SaudiNewsNet by default).",
                "Figures are reported as ratios to a Lucene ArabicAnalyzer pass over the same text in the same run."})
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--corpus", description = "Input (folder, zip, jsonl …); default ../shared/corpus/saudinewsnet/dataset")
    Path corpus;

    @Option(names = "--threads", description = "Threads for the multi-threaded end-to-end pass (default: all cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--out", description = "JSON report file (default: marsad-bench.json)")
    Path out = Path.of("marsad-bench.json");

    @Option(names = "--limit", description = "Use only the first N articles (0 = all)")
    int limit;

    @Option(names = "--warmup", description = "Articles used to warm up every stage first (default 2000)")
    int warmup = 2000;

    @Option(names = "--api-seconds", description = "Duration of the API load loop (default 10)")
    int apiSeconds = 10;

    @Option(names = "--work", description = "Scratch folder for the bench stores and index (default: a temp folder)")
    Path work;

    @Override
    public Integer call() throws Exception {
        Path c = corpus != null ? corpus : SharedData.resolve("corpus/saudinewsnet/dataset").orElseThrow(() ->
                new IllegalArgumentException("--corpus is required: ../shared/corpus/saudinewsnet/dataset was not found"));
        if (!Files.exists(c)) throw new IllegalArgumentException("--corpus " + c + " does not exist");
        Path w = work != null ? work : Files.createTempDirectory("marsad-bench");
        BenchReport r = new Bench(new Bench.Options(c, threads, limit, warmup, Duration.ofSeconds(apiSeconds), w),
                msg -> System.err.println("bench: " + msg)).run();
        System.out.println(BenchTable.render(r));
        Files.writeString(out, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(r));
        System.out.println("written " + out.toAbsolutePath());
        return Main.OK;
    }

}
