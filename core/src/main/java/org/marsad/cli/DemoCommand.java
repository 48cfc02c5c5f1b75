package org.marsad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.pipeline.Config;
import org.marsad.pipeline.Pipeline;
import org.marsad.pipeline.RunSummary;
import org.marsad.store.Repository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"A fresh store, the bundled demo corpus (fictional reports written for the demo) through",
                "run, then serve; prints the URL."})
public final class DemoCommand implements Callable<Integer> {
    static final String CORPUS = "/org/marsad/demo/demo-corpus.jsonl";

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "marsad-data/demo",
            description = "demo data folder, emptied first (default ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--port", defaultValue = "7070", description = "port (default ${DEFAULT-VALUE}; 0 = any free port)")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "address to bind (default ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--token", paramLabel = "TOKEN", description = "review token (default: $MARSAD_REVIEW_TOKEN, else random, printed)")
    String token;

    @Option(names = "--no-serve", description = "stop after the run (no server)")
    boolean noServe;

    @Override
    public Integer call() throws InterruptedException {
        Config config = Config.of(data);
        fresh(config.dataDir());
        Path corpus = copyCorpus(config.dataDir());
        Repository repo = Repository.open(config.dataDir());
        Pipeline pipeline = new Pipeline(repo, config);
        RunSummary s = pipeline.run(List.of(corpus.toString()), ConsoleProgress.create());
        Reports.print(s.ingest(), System.out, false);
        Reports.printFailures(s, System.out);
        System.out.println(s.describe().lines().skip(1).findFirst().orElse(""));
        SearchIndexes.sync(repo, config.dataDir(), repo.allArticleIds());
        if (noServe) {
            repo.close();
            return Reports.exitCode(s.ingest());
        }
        ServeCommand.serveUntilInterrupted(pipeline, host, port, token);
        return Main.OK;
    }

    /** Removes only the store files of a previous demo, never anything else in the folder. */
    private static void fresh(Path dir) {
        try {
            Files.createDirectories(dir);
            for (String f : List.of("marsad.db", "marsad.db-wal", "marsad.db-shm", "demo-corpus.jsonl")) {
                Files.deleteIfExists(dir.resolve(f));
            }
            Path index = dir.resolve(org.marsad.search.SearchIndex.INDEX_DIR);
            if (Files.isDirectory(index)) {
                try (var files = Files.list(index)) {
                    for (Path f : files.toList()) Files.deleteIfExists(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare demo folder " + dir + ": " + e.getMessage(), e);
        }
    }

    private static Path copyCorpus(Path dir) {
        Path target = dir.resolve("demo-corpus.jsonl");
        try (InputStream in = DemoCommand.class.getResourceAsStream(CORPUS)) {
            if (in == null) throw new IllegalStateException("demo corpus missing from the jar: " + CORPUS);
            Files.copy(in, target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}
