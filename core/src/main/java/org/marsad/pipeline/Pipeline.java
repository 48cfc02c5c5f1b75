package org.marsad.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.marsad.common.Progress;
import org.marsad.entities.EntityStage;
import org.marsad.entities.Mention;
import org.marsad.events.Event;
import org.marsad.events.EventStage;
import org.marsad.fusion.CanonicalEvent;
import org.marsad.fusion.Fusion;
import org.marsad.ingest.Article;
import org.marsad.ingest.IngestReport;
import org.marsad.ingest.Ingester;
import org.marsad.ingest.ReadResult;
import org.marsad.store.ArticleAnalysis;
import org.marsad.store.EventQuery;
import org.marsad.store.Repository;
import org.marsad.text.TextAnalysis;
import org.marsad.text.TextCore;

/**
 * The whole product run: ingest -> per new article TextCore -> EntityStage -> EventStage (pure,
 * in parallel on a bounded pool, stored per chunk in one transaction) -> Fusion over all article
 * events -> canonical events replaced. Articles left unanalysed by an interrupted run are picked up
 * by the next one. One run at a time per pipeline.
 */
public final class Pipeline {
    /** Articles analysed and stored per transaction. */
    static final int CHUNK = 256;

    private final Repository repo;
    private final Config config;
    private final Ingester ingester;
    /** Its state is built on the first run of this process, then fed only new articles. */
    private final Consolidation consolidation;

    public Pipeline(Repository repo, Config config) {
        this.repo = repo;
        this.config = config;
        this.ingester = new Ingester(repo, config.limits(), config.batchSize());
        this.consolidation = new Consolidation(repo);
    }

    public Repository repository() { return repo; }

    public Config config() { return config; }

    public synchronized IngestReport ingest(List<String> inputs, Progress progress) {
        return ingester.ingest(inputs, progress);
    }

    public synchronized RunSummary run(List<String> inputs, Progress progress) {
        long t0 = System.nanoTime();
        IngestReport report = ingester.ingest(inputs, progress);
        return analyzeAndFuse(report, progress, t0);
    }

    /** Records already read (the HTTP API): stored, analysed and fused like a file run. */
    public synchronized RunSummary runRecords(List<ReadResult> records, String inputs) {
        long t0 = System.nanoTime();
        IngestReport report = ingester.ingestRecords(records, inputs);
        return analyzeAndFuse(report, Progress.NONE, t0);
    }

    private RunSummary analyzeAndFuse(IngestReport report, Progress progress, long t0) {
        Analysed analysed = analyzePending(progress);
        Consolidation.Result c = fuse();
        return new RunSummary(report, analysed.articles(), analysed.failures().size(), analysed.events(),
                c.canonicalEvents(), c.stories(), c.duplicateGroups(), c.anchored(),
                Duration.ofNanos(System.nanoTime() - t0), analysed.failures());
    }

    /** What {@link #analyzePending} did; {@code failures} are "docId: stage failed: ..." lines. */
    public record Analysed(long articles, long events, List<String> failures) {
        public Analysed {
            failures = List.copyOf(failures);
        }
    }

    /** Analyses every stored article without results (new ones, and any an interrupted run left). */
    public synchronized Analysed analyzePending(Progress progress) {
        List<String> pending = repo.pendingAnalysis();
        List<String> failures = new ArrayList<>();
        long events = 0;
        ExecutorService pool = Executors.newFixedThreadPool(config.threads(), r -> {
            Thread t = new Thread(r, "marsad-analysis");
            t.setDaemon(true);
            return t;
        });
        // one chunk is stored and handed to the consolidation while the next one is analysed
        ExecutorService sink = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "marsad-store");
            t.setDaemon(true);
            return t;
        });
        Future<?> storing = null;
        try {
            for (int from = 0; from < pending.size(); from += CHUNK) {
                progress.update("analyse", from, pending.size(), "");
                List<Article> articles = repo.articles(pending.subList(from, Math.min(pending.size(), from + CHUNK)));
                List<Future<ArticleAnalysis>> futures = new ArrayList<>(articles.size());
                for (Article a : articles) futures.add(pool.submit(() -> analyze(a)));
                List<ArticleAnalysis> results = new ArrayList<>(articles.size());
                for (Future<ArticleAnalysis> f : futures) results.add(f.get());
                for (ArticleAnalysis r : results) {
                    if (!r.error().isEmpty()) failures.add(r.docId() + ": " + r.error());
                    events += r.events().size();
                }
                if (storing != null) storing.get();
                storing = sink.submit(() -> store(articles, results));
            }
            if (storing != null) storing.get();
            progress.update("analyse", pending.size(), pending.size(), "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("analysis interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("analysis failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
            sink.shutdown();
        }
        return new Analysed(pending.size(), events, failures);
    }

    /** Stores one chunk's results in one transaction, then feeds the articles to the consolidation. */
    private Void store(List<Article> articles, List<ArticleAnalysis> results) {
        repo.saveAnalyses(results);
        Consolidation c = consolidation;
        for (int i = 0; i < articles.size(); i++) {
            ArticleAnalysis r = results.get(i);
            if (r.error().isEmpty()) c.accept(articles.get(i), r.mentions(), r.events());
        }
        return null;
    }

    /** One article through the pure stages; a stage failure is recorded (stage, exception, where), never thrown. */
    public static ArticleAnalysis analyze(Article a) {
        String stage = "TextCore";
        try {
            TextAnalysis text = TextCore.analyze(a);
            stage = "EntityStage";
            List<Mention> mentions = EntityStage.apply(a, text);
            stage = "EventStage";
            List<Event> events = EventStage.apply(a, text, mentions);
            return new ArticleAnalysis(a.id(), mentions, events, "");
        } catch (RuntimeException | StackOverflowError e) {
            return new ArticleAnalysis(a.id(), List.of(), List.of(), stage + " failed: " + e + where(e));
        }
    }

    /** The innermost frame of our own code, so a failure report points at the line to fix. */
    private static String where(Throwable e) {
        for (StackTraceElement f : e.getStackTrace()) {
            if (f.getClassName().startsWith("org.marsad.")) return " at " + f;
        }
        return "";
    }

    /** The across-articles step over everything stored: duplicates, stories, fusion, anchoring (see {@link Consolidation}). */
    public synchronized Consolidation.Result fuse() {
        return consolidation.run();
    }

}
