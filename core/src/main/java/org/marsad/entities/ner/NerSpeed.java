package org.marsad.entities.ner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.marsad.common.SharedData;

/**
 * Speed harness: tags SaudiNewsNet article bodies with the shipped NER and prints ms/article and
 * articles/s. Usage: {@code java -cp core/target/marsad.jar org.marsad.entities.ner.NerSpeed [ARTICLES] [THREADS]}.
 */
public final class NerSpeed {
    private NerSpeed() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        Path dir = SharedData.resolve("corpus/saudinewsnet/dataset").orElseThrow(() ->
                new IllegalArgumentException("SaudiNewsNet not found under ../shared/corpus/saudinewsnet/dataset"));
        List<String> texts = new ArrayList<>();
        if (n > 0) SaudiNewsNetArticles.forEach(dir, a -> texts.add(a.path("content").asText("")) && texts.size() < n);
        ArabicNer ner = ArabicNer.shipped();
        long chars = texts.stream().mapToLong(String::length).sum();
        for (int i = 0; i < Math.min(200, texts.size()); i++) ner.tag(texts.get(i)); // warm-up
        // CPU time of one thread, unaffected by other processes on a shared machine
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = mx.getCurrentThreadCpuTime();
        for (int i = 0; i < Math.min(500, texts.size()); i++) ner.tag(texts.get(i));
        double cpuMs = (mx.getCurrentThreadCpuTime() - cpu0) / 1e6 / Math.min(500, texts.size());
        System.out.printf(Locale.ROOT, "single thread: %.2f ms CPU/article (%.0f articles/s per core)%n", cpuMs, 1000 / cpuMs);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        List<Future<Integer>> fs = new ArrayList<>();
        for (String t : texts) fs.add(pool.submit(() -> ner.tag(t).size()));
        long entities = 0;
        for (Future<Integer> f : fs) entities += f.get();
        double secs = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        System.out.printf(Locale.ROOT, "%d articles (%.0f chars avg), %d threads: %.2f ms/article, %.0f articles/s, %d entities%n",
                texts.size(), (double) chars / texts.size(), threads, secs * 1000 / texts.size(), texts.size() / secs, entities);
    }
}
