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

    public Pipeline(Repository repo, Config config) {
        this.repo = repo;
        this.config = config;
        this.ingester = new Ingester(repo, config.limits(), config.batchSize());
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
        long[] analysed = analyzePending(progress);
        int canonical = fuse();
        return new RunSummary(report, analysed[0], analysed[1], analysed[2], canonical,
                Duration.ofNanos(System.nanoTime() - t0));
    }

    /** Analyses every stored article without results; returns {analysed, failed, events}. */
    public synchronized long[] analyzePending(Progress progress) {
        List<String> pending = repo.pendingAnalysis();
        long failed = 0;
        long events = 0;
        ExecutorService pool = Executors.newFixedThreadPool(config.threads(), r -> {
            Thread t = new Thread(r, "marsad-analysis");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int from = 0; from < pending.size(); from += CHUNK) {
                progress.update("analyse", from, pending.size(), "");
                List<Article> articles = repo.articles(pending.subList(from, Math.min(pending.size(), from + CHUNK)));
                List<Future<ArticleAnalysis>> futures = new ArrayList<>(articles.size());
                for (Article a : articles) futures.add(pool.submit(() -> analyze(a)));
                List<ArticleAnalysis> results = new ArrayList<>(articles.size());
                for (Future<ArticleAnalysis> f : futures) results.add(f.get());
                for (ArticleAnalysis r : results) {
                    if (!r.error().isEmpty()) failed++;
                    events += r.events().size();
                }
                repo.saveAnalyses(results);
            }
            progress.update("analyse", pending.size(), pending.size(), "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("analysis interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("analysis failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new long[] {pending.size(), failed, events};
    }

    /** One article through the pure stages; a stage failure is recorded, never thrown. */
    public static ArticleAnalysis analyze(Article a) {
        try {
            TextAnalysis text = TextCore.analyze(a);
            List<Mention> mentions = EntityStage.apply(a, text);
            List<Event> events = EventStage.apply(a, text, mentions);
            return new ArticleAnalysis(a.id(), mentions, events, "");
        } catch (RuntimeException | StackOverflowError e) {
            return new ArticleAnalysis(a.id(), List.of(), List.of(), "stage failed: " + e);
        }
    }

    /** Fuses all article events with the previous canonical events (stable ids); returns the count. */
    public synchronized int fuse() {
        List<Event> events = repo.allArticleEvents();
        List<CanonicalEvent> previous = repo.canonicalEvents(EventQuery.all());
        List<CanonicalEvent> fused = Fusion.apply(events, previous);
        repo.replaceCanonicalEvents(fused);
        return fused.size();
    }
}
