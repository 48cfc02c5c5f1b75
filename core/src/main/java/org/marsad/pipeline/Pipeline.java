package org.marsad.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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
 * The whole product run: ingest (on its own thread; each committed batch goes straight on) -> per new
 * article TextCore -> EntityStage -> EventStage (pure, in parallel on a bounded pool, stored per chunk
 * in one transaction) -> Fusion over all article events -> canonical events replaced. Articles are
 * stored before they are analysed, so those an interrupted run left unanalysed are picked up by the
 * next one. One run at a time per pipeline.
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
        // earlier runs' articles go to the consolidation first, before this run stores any
        consolidation.prime();
        // reading runs on its own thread: each committed batch is analysed while the next is read
        BlockingQueue<List<Article>> stored = new ArrayBlockingQueue<>(QUEUED_BATCHES);
        AtomicBoolean abandoned = new AtomicBoolean();
        ExecutorService reader = Executors.newSingleThreadExecutor(daemon("marsad-ingest"));
        Future<IngestReport> ingest = reader.submit(() -> {
            try {
                return ingester.ingest(inputs, progress, batch -> handOver(stored, batch, abandoned));
            } finally {
                handOver(stored, END, abandoned);
            }
        });
        reader.shutdown();
        Analysed streamed;
        try {
            streamed = analyzeChunks(() -> nextChunk(stored), Progress.NONE, 0);
        } catch (RuntimeException e) {
            abandoned.set(true);
            stored.clear();
            try {
                ingest.get(); // the reader stops using the store before the failure leaves
            } catch (InterruptedException | ExecutionException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        IngestReport report = result(ingest);
        // articles an interrupted earlier run stored but never analysed
        Analysed leftover = analyzePending(progress);
        Analysed analysed = new Analysed(streamed.articles() + leftover.articles(), streamed.events() + leftover.events(),
                concat(streamed.failures(), leftover.failures()));
        Consolidation.Result c = fuse();
        return new RunSummary(report, analysed.articles(), analysed.failures().size(), analysed.events(),
                c.canonicalEvents(), c.stories(), c.duplicateGroups(), c.anchored(),
                Duration.ofNanos(System.nanoTime() - t0), analysed.failures());
    }

    /** Batches read ahead of the analysis at most (bounds memory when reading outpaces analysis). */
    private static final int QUEUED_BATCHES = 4;
    /** End of the reader's batches (compared by identity). */
    private static final List<Article> END = new ArrayList<>(0);

    /** Hands a batch to the analysis; gives up once the analysis has failed, so the reader never blocks forever. */
    private static void handOver(BlockingQueue<List<Article>> queue, List<Article> batch, AtomicBoolean abandoned) {
        try {
            while (!abandoned.get()) {
                if (queue.offer(batch, 100, TimeUnit.MILLISECONDS)) return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<Article> nextChunk(BlockingQueue<List<Article>> queue) {
        try {
            List<Article> batch = queue.take();
            return batch == END ? List.of() : batch;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("analysis interrupted", e);
        }
    }

    private static IngestReport result(Future<IngestReport> ingest) {
        try {
            return ingest.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ingest interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException("ingest failed: " + e.getCause(), e.getCause());
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
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
        int[] from = {0};
        return analyzeChunks(() -> {
            if (from[0] >= pending.size()) return List.of();
            progress.update("analyse", from[0], pending.size(), "");
            List<String> ids = pending.subList(from[0], Math.min(pending.size(), from[0] + CHUNK));
            from[0] += ids.size();
            return repo.articles(ids);
        }, progress, pending.size());
    }

    /**
     * Analyses chunks until {@code next} returns an empty one: each chunk's articles in parallel on the
     * pool, then stored (one transaction) and handed to the consolidation on a writer thread while the
     * next chunk is analysed.
     */
    private Analysed analyzeChunks(java.util.function.Supplier<List<Article>> next, Progress progress, int total) {
        List<String> failures = new ArrayList<>();
        long events = 0;
        long articlesDone = 0;
        ExecutorService pool = Executors.newFixedThreadPool(config.threads(), daemon("marsad-analysis"));
        ExecutorService sink = Executors.newSingleThreadExecutor(daemon("marsad-store"));
        Future<?> storing = null;
        try {
            for (List<Article> chunk = next.get(); !chunk.isEmpty(); chunk = next.get()) {
                for (int from = 0; from < chunk.size(); from += CHUNK) {
                    List<Article> articles = chunk.subList(from, Math.min(chunk.size(), from + CHUNK));
                    List<Future<ArticleAnalysis>> futures = new ArrayList<>(articles.size());
                    for (Article a : articles) futures.add(pool.submit(() -> analyze(a)));
                    List<ArticleAnalysis> results = new ArrayList<>(articles.size());
                    for (Future<ArticleAnalysis> f : futures) results.add(f.get());
                    for (ArticleAnalysis r : results) {
                        if (!r.error().isEmpty()) failures.add(r.docId() + ": " + r.error());
                        events += r.events().size();
                    }
                    articlesDone += articles.size();
                    if (storing != null) storing.get();
                    storing = sink.submit(() -> store(articles, results));
                }
            }
            if (storing != null) storing.get();
            if (total > 0) progress.update("analyse", total, total, "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("analysis interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("analysis failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
            sink.shutdown();
        }
        return new Analysed(articlesDone, events, failures);
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
