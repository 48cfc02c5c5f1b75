package org.marsad.bench;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.marsad.common.DatePrecision;
import org.marsad.common.SharedData;
import org.marsad.text.LexiconBuilder;
import org.marsad.text.TextAnalysis;
import org.marsad.text.TextCore;

/**
 * Speed of the text core against a plain Lucene ArabicAnalyzer pass over the same SaudiNewsNet
 * articles, in the same JVM, after warm-up, on one thread. Prints articles/s for both and the ratio
 * (TextCore time / Lucene time; the target is <= 2).
 * <pre>java -cp core/target/marsad.jar org.marsad.bench.TextCoreBench [DATASET_DIR] [ROUNDS=3] [MAX_ARTICLES]</pre>
 */
public final class TextCoreBench {
    private TextCoreBench() {}

    public static void main(String[] args) throws IOException {
        Path dir = args.length > 0 ? Path.of(args[0])
                : SharedData.resolve("corpus/saudinewsnet/dataset").orElseThrow(() -> new IllegalArgumentException(
                        "SaudiNewsNet not found: pass its dataset folder, or set MARSAD_SHARED"));
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<String> texts = new ArrayList<>();
        int max = args.length > 2 ? Integer.parseInt(args[2]) : Integer.MAX_VALUE;
        LexiconBuilder.forEachContent(dir, t -> { if (texts.size() < max) texts.add(t); });
        long chars = texts.stream().mapToLong(String::length).sum();
        System.out.printf("%d articles, %.1f M chars%n", texts.size(), chars / 1e6);
        Result r = run(texts, rounds);
        System.out.printf("lucene ArabicAnalyzer: %.0f articles/s%n", r.luceneRate());
        System.out.printf("marsad TextCore:       %.0f articles/s%n", r.coreRate());
        System.out.printf("ratio (TextCore time / Lucene time): %.2f%n", r.ratio());
    }

    public record Result(double luceneRate, double coreRate) {
        public double ratio() { return luceneRate / coreRate; }
    }

    public static Result run(List<String> texts, int rounds) {
        long sink = 0;
        try (Analyzer lucene = new ArabicAnalyzer()) {
            // warm-up: both paths over the whole corpus once
            sink += lucenePass(lucene, texts) + corePass(texts);
            long lBest = Long.MAX_VALUE, cBest = Long.MAX_VALUE;
            for (int r = 0; r < rounds; r++) {
                long t0 = System.nanoTime();
                sink += lucenePass(lucene, texts);
                long t1 = System.nanoTime();
                sink += corePass(texts);
                long t2 = System.nanoTime();
                lBest = Math.min(lBest, t1 - t0);
                cBest = Math.min(cBest, t2 - t1);
            }
            if (sink == 42) System.out.println(); // keep the work observable
            return new Result(texts.size() / (lBest / 1e9), texts.size() / (cBest / 1e9));
        }
    }

    private static long lucenePass(Analyzer a, List<String> texts) {
        long n = 0;
        try {
            for (String t : texts) {
                try (TokenStream ts = a.tokenStream("body", new StringReader(t))) {
                    CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                    ts.reset();
                    while (ts.incrementToken()) n += term.length();
                    ts.end();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }

    private static long corePass(List<String> texts) {
        long n = 0;
        Optional<LocalDate> pub = Optional.of(LocalDate.of(2015, 8, 1));
        for (String t : texts) {
            TextAnalysis a = TextCore.analyze("b", t, pub, DatePrecision.DAY);
            n += a.tokens().size() + a.quantities().size() + a.times().size();
        }
        return n;
    }
}
