package org.marsad.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.marsad.api.ApiServer;
import org.marsad.ingest.Article;
import org.marsad.pipeline.Config;
import org.marsad.pipeline.Pipeline;
import org.marsad.search.EventFilter;
import org.marsad.search.SearchIndex;
import org.marsad.store.Repository;
import org.marsad.store.Stores;

/**
 * Workspace speed on a store: search latency percentiles (queries are words sampled from the stored articles
 * themselves, so no word list is tuned to a corpus) and API throughput (a Java load loop of GET /api/events and
 * /api/search against a server on 127.0.0.1). Usage:
 * {@code java -cp core/target/marsad.jar org.marsad.bench.WorkspaceBench DATA_DIR [--db URL] [seconds] [threads]}
 */
public final class WorkspaceBench {
    private WorkspaceBench() {}

    public record Report(int articles, int events, int queries, double p50Ms, double p90Ms, double p99Ms, double maxMs,
                         long requests, double seconds, int threads, double requestsPerSecond, long failures) {
        public String describe() {
            return String.format(Locale.ROOT, "index: %d articles, %d events%n"
                    + "search latency over %d queries: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n"
                    + "API throughput: %d requests in %.1f s with %d client threads = %.0f req/s (%d failed)",
                    articles, events, queries, p50Ms, p90Ms, p99Ms, maxMs, requests, seconds, threads, requestsPerSecond, failures);
        }
    }

    public static Report run(Repository repo, SearchIndex index, Path dataDir, int seconds, int threads) throws Exception {
        SearchIndex.rebuilt(index, repo);
        List<String> words = sampleWords(repo, 500, new Random(7));
        EventFilter all = EventFilter.all().withPaging(1, 20);
        for (int i = 0; i < Math.min(50, words.size()); i++) index.search(words.get(i), Optional.empty(), all, 0, 20); // warm up
        double[] ms = new double[words.size()];
        for (int i = 0; i < words.size(); i++) {
            long t0 = System.nanoTime();
            index.search(words.get(i), Optional.empty(), all, 0, 20);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        AtomicLong done = new AtomicLong(), failed = new AtomicLong();
        long t0;
        double took;
        try (ApiServer server = new ApiServer(new Pipeline(repo, Config.of(dataDir)), index, "bench-token-0123456789abcdef")
                .start("127.0.0.1", 0)) {
            String base = "http://127.0.0.1:" + server.port();
            HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(threads)).build();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            t0 = System.nanoTime();
            List<Future<?>> fs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                final int seed = t;
                fs.add(pool.submit(() -> {
                    Random r = new Random(seed);
                    while (System.nanoTime() < end) {
                        String path = r.nextBoolean() ? "/api/events?size=50"
                                : "/api/search?q=" + URLEncoder.encode(words.isEmpty() ? "x" : words.get(r.nextInt(words.size())), StandardCharsets.UTF_8);
                        try {
                            var resp = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.discarding());
                            if (resp.statusCode() != 200) failed.incrementAndGet();
                        } catch (Exception e) {
                            failed.incrementAndGet();
                        }
                        done.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : fs) f.get();
            took = (System.nanoTime() - t0) / 1e9;
            pool.shutdownNow();
        }
        return new Report(index.count(SearchIndex.Kind.ARTICLE), index.count(SearchIndex.Kind.EVENT), ms.length,
                pct(ms, 50), pct(ms, 90), pct(ms, 99), ms.length == 0 ? 0 : ms[ms.length - 1], done.get(), took, threads,
                done.get() / took, failed.get());
    }

    /** Words of at least four letters from a sample of stored articles. */
    static List<String> sampleWords(Repository repo, int n, Random r) {
        List<String> ids = repo.allArticleIds();
        List<String> out = new ArrayList<>();
        for (int tries = 0; out.size() < n && tries < n * 4 && !ids.isEmpty(); tries++) {
            for (Article a : repo.articles(List.of(ids.get(r.nextInt(ids.size()))))) {
                String[] w = a.text().split("[^\\p{L}]+");
                if (w.length == 0) continue;
                String word = w[r.nextInt(w.length)];
                if (word.length() >= 4) out.add(word);
            }
        }
        return out;
    }

    static double pct(double[] sorted, int p) {
        if (sorted.length == 0) return 0;
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: WorkspaceBench DATA_DIR [--db URL] [seconds] [threads]");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        String db = "";
        List<String> rest = new ArrayList<>(Arrays.asList(args).subList(1, args.length));
        int i = rest.indexOf("--db");
        if (i >= 0 && i + 1 < rest.size()) {
            db = rest.get(i + 1);
            rest.remove(i + 1);
            rest.remove(i);
        }
        int seconds = rest.size() > 0 ? Integer.parseInt(rest.get(0)) : 10;
        int threads = rest.size() > 1 ? Integer.parseInt(rest.get(1)) : 4;
        Path benchDir = data.resolve("bench-index");
        try (Repository repo = Stores.open(db, data); SearchIndex index = SearchIndex.open(benchDir)) {
            System.out.println(run(repo, index, data, seconds, threads).describe());
        }
        System.exit(0);
    }
}
