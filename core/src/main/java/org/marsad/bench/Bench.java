package org.marsad.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.marsad.api.ApiServer;
import org.marsad.common.Progress;
import org.marsad.entities.EntityStage;
import org.marsad.entities.Mention;
import org.marsad.entities.ner.ArabicNer;
import org.marsad.events.Event;
import org.marsad.events.EventStage;
import org.marsad.fusion.CanonicalEvent;
import org.marsad.fusion.Fusion;
import org.marsad.fusion.NearDuplicates;
import org.marsad.fusion.StoryArticle;
import org.marsad.fusion.StoryClusterer;
import org.marsad.ingest.Article;
import org.marsad.ingest.IngestLimits;
import org.marsad.ingest.InputReader;
import org.marsad.ingest.ReadResult;
import org.marsad.pipeline.Config;
import org.marsad.pipeline.Pipeline;
import org.marsad.search.EventFilter;
import org.marsad.search.SearchIndex;
import org.marsad.store.ArticleAnalysis;
import org.marsad.store.Repository;
import org.marsad.text.NormalizedText;
import org.marsad.text.TextAnalysis;
import org.marsad.text.TextCore;
import org.marsad.text.SentenceSplitter;
import org.marsad.text.Tokenizer;

/**
 * The measuring instrument behind `marsad bench`. Machines here are shared and noisy, so every
 * figure is reported as a ratio to a reference pass — Lucene's ArabicAnalyzer over the same texts
 * — timed in the same run, right before the stages; absolute numbers are printed too.
 *
 * <p>Order: read the corpus (ingest parse), warm every stage up on the first {@code warmup}
 * articles, reference pass, then each stage single-threaded in pipeline order (each stage gets the
 * previous stage's output, the time of the stage alone is summed), then the real {@link Pipeline}
 * end to end (ingest → store → text → entities → events → fusion) on 1 thread and on all threads
 * into a fresh store, then the search index, search latency and API throughput on 127.0.0.1.
 */
public final class Bench {
    public record Options(Path corpus, int threads, int limit, int warmup, Duration apiDuration, Path workDir) {
        public Options {
            if (threads < 1) throw new IllegalArgumentException("--threads must be >= 1");
            if (limit < 0) throw new IllegalArgumentException("--limit must be >= 0 (0 = whole corpus)");
            if (warmup < 0) throw new IllegalArgumentException("--warmup must be >= 0");
        }
    }

    /** Fixed query set for search latency: event words, actors, places (folded and unfolded forms). */
    static final List<String> QUERIES = List.of("هجوم", "داعش", "انفجار", "عبوة ناسفة", "اشتباكات", "قصف",
            "غارة جوية", "اعتقال", "مظاهرة", "الموصل", "بغداد", "كركوك", "الرياض", "مقتل", "إصابة", "الحوثيين",
            "الأمن", "وزارة الداخلية", "عملية أمنية", "الجيش");

    static final String NER_MODEL = "/org/marsad/entities/ner/ner-ar.crf.gz";
    /** Articles per store transaction in the store stage (the pipeline's chunk). */
    private static final int STORE_CHUNK = 256;

    private final Options opt;
    private final Consumer<String> log;

    public Bench(Options opt, Consumer<String> log) {
        this.opt = opt;
        this.log = log;
    }

    public BenchReport run() throws IOException {
        List<String> notes = new ArrayList<>();
        int cores = Runtime.getRuntime().availableProcessors();

        log.accept("reading " + opt.corpus() + " ...");
        Stopwatch.resetPeakHeap();
        long t0 = System.nanoTime();
        List<Article> articles = read(opt.corpus(), opt.limit());
        double readSeconds = (System.nanoTime() - t0) / 1e9;
        if (articles.isEmpty()) throw new IllegalArgumentException("--corpus " + opt.corpus() + ": no articles read");
        double mb = articles.stream().mapToLong(a -> a.text().length() * 2L).sum() / 1e6; // UTF-16 chars as read
        int n = articles.size();
        log.accept("read " + n + " articles (" + String.format("%.1f", mb) + " MB of text) in " + String.format("%.1f s", readSeconds));

        Path work = Files.createDirectories(opt.workDir());
        warmUp(articles.subList(0, Math.min(opt.warmup(), n)), work);

        double refSeconds = time(() -> luceneReference(articles));
        BenchReport.Stage reference = stage("reference: Lucene ArabicAnalyzer", 1, n, refSeconds, mb, refSeconds,
                Stopwatch.peakHeapBytes());
        log.accept(String.format("reference pass: %.0f articles/s", n / refSeconds));

        List<BenchReport.Stage> stages = new ArrayList<>();
        stages.add(stage("ingest parse (read + decode + JSON)", 1, n, readSeconds, mb, refSeconds, 0));
        stages.addAll(stagesSingleThreaded(articles, mb, refSeconds, work.resolve("stages")));

        Path corpusArg = opt.corpus();
        List<BenchReport.Stage> e2e = new ArrayList<>();
        long storeBytes = 0;
        Path lastData = work.resolve("e2e-1");
        for (int threads : threadCounts(opt.threads())) {
            Path data = work.resolve("e2e-" + threads);
            deleteTree(data);
            Stopwatch.resetPeakHeap();
            long s = System.nanoTime();
            int done;
            try (Repository repo = Repository.open(data)) {
                Pipeline p = new Pipeline(repo, new Config(data, threads, 500, IngestLimits.DEFAULT));
                done = (int) (opt.limit() == 0
                        ? p.run(List.of(corpusArg.toString()), Progress.NONE).ingest().accepted()
                        : p.runRecords(articles.stream().<ReadResult>map(ReadResult.Read::new).toList(), "bench").ingest().accepted());
            }
            double secs = (System.nanoTime() - s) / 1e9;
            e2e.add(stage("end to end: Pipeline.run into a fresh store", threads, done, secs, mb, refSeconds,
                    Stopwatch.peakHeapBytes()));
            log.accept(String.format("end to end on %d thread(s): %.0f articles/s", threads, done / secs));
            storeBytes = sizeOf(data);
            lastData = data;
        }
        if (opt.limit() != 0) notes.add("end to end ran on the --limit subset handed over in memory (no file parsing)");

        // Search index over the last end-to-end store, then latency and API throughput against it.
        long indexBytes;
        BenchReport.Latency latency;
        BenchReport.Throughput api;
        try (Repository repo = Repository.open(lastData)) {
            List<CanonicalEvent> events = repo.canonicalEvents(org.marsad.store.EventQuery.all());
            Map<String, String> outlets = new HashMap<>();
            for (Article a : articles) outlets.put(a.id(), a.outlet());
            Path idxDir = lastData;
            Stopwatch.resetPeakHeap();
            long s = System.nanoTime();
            try (SearchIndex index = SearchIndex.open(idxDir)) {
                index.rebuild(articles, events);
                double secs = (System.nanoTime() - s) / 1e9;
                stages.add(stage("search index (Lucene, stemmed Arabic)", 1, n, secs, mb, refSeconds, Stopwatch.peakHeapBytes()));
                latency = searchLatency(index);
            }
            indexBytes = sizeOf(idxDir.resolve(SearchIndex.INDEX_DIR));
            api = apiThroughput(new Pipeline(repo, Config.of(lastData)), Math.max(2, opt.threads()));
        }
        long peak = Stream.concat(stages.stream(), e2e.stream()).mapToLong(BenchReport.Stage::peakHeapBytes).max().orElse(0);
        return new BenchReport(opt.corpus().toString(), n, mb, cores, opt.threads(), reference, stages, e2e, peak,
                storeBytes, indexBytes, latency, api, notes);
    }

    static List<Integer> threadCounts(int threads) {
        return threads == 1 ? List.of(1) : List.of(1, threads);
    }

    private static List<Article> read(Path corpus, int limit) {
        InputReader reader = new InputReader(IngestLimits.DEFAULT);
        List<Article> out = new ArrayList<>();
        for (InputReader.Source src : reader.expand(List.of(corpus.toString()))) {
            reader.read(src, r -> {
                if (r instanceof ReadResult.Read read && (limit == 0 || out.size() < limit)) out.add(read.article());
            });
            if (limit != 0 && out.size() >= limit) break;
        }
        return out;
    }

    private void warmUp(List<Article> sample, Path work) throws IOException {
        log.accept("warming up on " + sample.size() + " articles ...");
        for (int round = 0; round < 2; round++) {
            luceneReference(sample);
            stagesSingleThreaded(sample, 1, 1, work.resolve("warm-up"));
        }
    }

    private static void luceneReference(List<Article> articles) {
        try (ArabicAnalyzer analyzer = new ArabicAnalyzer()) {
            long tokens = 0;
            for (Article a : articles) {
                try (TokenStream ts = analyzer.tokenStream("text", a.text())) {
                    CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                    ts.reset();
                    while (ts.incrementToken()) tokens += term.length() > 0 ? 1 : 0;
                    ts.end();
                }
            }
            if (tokens < 0) throw new IllegalStateException("unreachable");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each stage alone, in pipeline order, single-threaded; the sum of the per-article stage times. */
    private List<BenchReport.Stage> stagesSingleThreaded(List<Article> articles, double mb, double refSeconds, Path storeDir)
            throws IOException {
        long norm = 0, tok = 0, text = 0, ent = 0, ner = 0, ev = 0, dup = 0, story = 0, store = 0;
        deleteTree(storeDir);
        Repository repo = Repository.open(storeDir);
        List<Article> chunk = new ArrayList<>();
        List<ArticleAnalysis> chunkResults = new ArrayList<>();
        // the NER model is a trained resource: a checkout without it still benches every other stage
        Optional<ArabicNer> tagger = Bench.class.getResource(NER_MODEL) == null ? Optional.empty()
                : Optional.of(ArabicNer.shipped());
        NearDuplicates dups = new NearDuplicates();
        StoryClusterer stories = new StoryClusterer();
        List<Event> allEvents = new ArrayList<>();
        Stopwatch.resetPeakHeap();
        for (Article a : articles) {
            long s = System.nanoTime();
            NormalizedText nt = NormalizedText.of(a.text());
            long s0 = System.nanoTime();
            Tokenizer.tokenize(nt);
            SentenceSplitter.split(nt);
            long s1 = System.nanoTime();
            TextAnalysis ta = TextCore.analyze(a);
            long s2 = System.nanoTime();
            List<Mention> mentions = EntityStage.apply(a, ta);
            long s3 = System.nanoTime();
            tagger.ifPresent(t -> t.tag(ta.tokens()));
            long s4 = System.nanoTime();
            List<Event> events = EventStage.apply(a, ta, mentions);
            long s5 = System.nanoTime();
            dups.add(a.id(), a.text());
            long s6 = System.nanoTime();
            stories.add(StoryArticle.of(a, mentions, events));
            long s7 = System.nanoTime();
            norm += s0 - s;
            tok += s1 - s0;
            text += s2 - s1;
            ent += s3 - s2;
            ner += s4 - s3;
            ev += s5 - s4;
            dup += s6 - s5;
            story += s7 - s6;
            allEvents.addAll(events);
            chunk.add(a);
            chunkResults.add(new ArticleAnalysis(a.id(), mentions, events, ""));
            if (chunk.size() == STORE_CHUNK || a == articles.getLast()) {
                long t = System.nanoTime();
                repo.saveArticles(chunk);
                repo.saveAnalyses(chunkResults);
                store += System.nanoTime() - t;
                chunk.clear();
                chunkResults.clear();
            }
        }
        repo.close();
        deleteTree(storeDir);
        long peak = Stopwatch.peakHeapBytes();
        long f0 = System.nanoTime();
        Fusion.apply(allEvents, List.of());
        double fusion = (System.nanoTime() - f0) / 1e9;
        int n = articles.size();
        List<BenchReport.Stage> out = new ArrayList<>();
        out.add(stage("normalise (fold + alignment)", 1, n, norm / 1e9, mb, refSeconds, peak));
        out.add(stage("tokens + clitics + sentences (after normalise)", 1, n, tok / 1e9, mb, refSeconds, peak));
        out.add(stage("numbers + dates (text core minus normalise and tokens)", 1, n,
                Math.max(0, text - norm - tok) / 1e9, mb, refSeconds, peak));
        out.add(stage("text core (normalise, sentences, tokens, numbers, dates)", 1, n, text / 1e9, mb, refSeconds, peak));
        out.add(stage("actors + places (lexicon, gazetteer, geocoder)", 1, n, ent / 1e9, mb, refSeconds, peak));
        if (tagger.isPresent()) out.add(stage("NER (CRF, shipped model)", 1, n, ner / 1e9, mb, refSeconds, peak));
        out.add(stage("events (extraction rules)", 1, n, ev / 1e9, mb, refSeconds, peak));
        out.add(stage("near-duplicates (MinHash/LSH)", 1, n, dup / 1e9, mb, refSeconds, peak));
        out.add(stage("story clustering", 1, n, story / 1e9, mb, refSeconds, peak));
        out.add(stage("fusion (" + allEvents.size() + " article events)", 1, n, fusion, mb, refSeconds, peak));
        out.add(stage("store (SQLite: articles + analyses, " + STORE_CHUNK + " per transaction)", 1, n, store / 1e9, mb,
                refSeconds, peak));
        return out;
    }

    private static BenchReport.Latency searchLatency(SearchIndex index) {
        for (int i = 0; i < 3; i++) for (String q : QUERIES) index.search(q, Optional.empty(), EventFilter.all(), 0, 20);
        int rounds = 25;
        long[] nanos = new long[rounds * QUERIES.size()];
        int k = 0;
        for (int r = 0; r < rounds; r++) {
            for (String q : QUERIES) {
                long s = System.nanoTime();
                index.search(q, Optional.empty(), EventFilter.all(), 0, 20);
                nanos[k++] = System.nanoTime() - s;
            }
        }
        Arrays.sort(nanos);
        return new BenchReport.Latency(nanos.length, Stopwatch.percentile(nanos, 0.50), Stopwatch.percentile(nanos, 0.95),
                Stopwatch.percentile(nanos, 0.99), nanos[nanos.length - 1] / 1e6);
    }

    private BenchReport.Throughput apiThroughput(Pipeline pipeline, int threads) {
        List<String> paths = List.of("/api/health", "/api/events", "/api/events?size=20", "/api/stats",
                "/api/search?q=" + java.net.URLEncoder.encode("هجوم", StandardCharsets.UTF_8));
        try (ApiServer server = new ApiServer(pipeline).start("127.0.0.1", 0)) {
            String base = "http://127.0.0.1:" + server.port();
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            AtomicLong ok = new AtomicLong();
            AtomicLong errors = new AtomicLong();
            long deadline = System.nanoTime() + opt.apiDuration().toNanos();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long s = System.nanoTime();
            List<Future<?>> fs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                fs.add(pool.submit(() -> {
                    int i = offset;
                    while (System.nanoTime() < deadline) {
                        HttpRequest req = HttpRequest.newBuilder(URI.create(base + paths.get(i++ % paths.size())))
                                .timeout(Duration.ofSeconds(30)).GET().build();
                        try {
                            int code = client.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
                            (code < 300 ? ok : errors).incrementAndGet();
                        } catch (IOException e) {
                            errors.incrementAndGet();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                }));
            }
            for (Future<?> f : fs) f.get();
            pool.shutdown();
            double secs = (System.nanoTime() - s) / 1e9;
            long total = ok.get() + errors.get();
            log.accept(String.format("API: %d requests in %.1f s, %d not 2xx", total, secs, errors.get()));
            return new BenchReport.Throughput(threads, secs, total, errors.get(), total / secs);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("API load loop failed: " + e.getCause(), e.getCause());
        }
    }

    private static BenchReport.Stage stage(String name, int threads, int n, double seconds, double mb, double refSeconds,
                                           long peak) {
        // ratio of times per article: the reference pass covered the same n articles
        return new BenchReport.Stage(name, threads, n, seconds, n / seconds, mb / seconds, seconds / refSeconds, peak);
    }

    private static double time(Runnable r) {
        Stopwatch.resetPeakHeap();
        long s = System.nanoTime();
        r.run();
        return (System.nanoTime() - s) / 1e9;
    }

    static long sizeOf(Path p) {
        if (!Files.exists(p)) return 0;
        try (Stream<Path> s = Files.walk(p)) {
            return s.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path f : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(f);
        }
    }

    /** Rows for the printed table, in order. */
    static Map<String, BenchReport.Stage> rows(BenchReport r) {
        Map<String, BenchReport.Stage> m = new LinkedHashMap<>();
        m.put(r.reference().name(), r.reference());
        for (BenchReport.Stage s : r.stages()) m.put(s.name(), s);
        for (BenchReport.Stage s : r.endToEnd()) m.put(s.name() + " [" + s.threads() + " thr]", s);
        return m;
    }
}
