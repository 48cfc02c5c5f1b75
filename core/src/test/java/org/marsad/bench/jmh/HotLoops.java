package org.marsad.bench.jmh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.marsad.common.DatePrecision;
import org.marsad.entities.EntityStage;
import org.marsad.entities.Mention;
import org.marsad.events.EventStage;
import org.marsad.ingest.Article;
import org.marsad.pipeline.SyntheticNews;
import org.marsad.text.NormalizedText;
import org.marsad.text.TextAnalysis;
import org.marsad.text.TextCore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH micro-benchmarks of the per-article hot loops the profile of `marsad run` points at, with the
 * reference (Lucene's ArabicAnalyzer over the same texts) in the same run, so a result reads as a
 * ratio: {@code ./marsad jmh} (or {@code ./marsad jmh 'HotLoops.(reference|events)'}).
 * Texts are generated news-wire paragraphs (SyntheticNews), 64 articles of 8 sentences.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HotLoops {
    private final List<Article> articles = new ArrayList<>();
    private final List<TextAnalysis> analyses = new ArrayList<>();
    private final List<List<Mention>> mentions = new ArrayList<>();
    private ArabicAnalyzer analyzer;
    private int next;

    @Setup
    public void setUp() {
        analyzer = new ArabicAnalyzer();
        for (int i = 0; i < 64; i++) {
            Article a = new Article("jmh-" + i, "jmh", "", Optional.of(LocalDate.of(2024, 5, 2)), DatePrecision.DAY, "",
                    SyntheticNews.article(i, 8), "", "ar", "jmh");
            articles.add(a);
            TextAnalysis ta = TextCore.analyze(a);
            analyses.add(ta);
            mentions.add(EntityStage.apply(a, ta));
        }
    }

    private int pick() {
        next = (next + 1) & 63;
        return next;
    }

    @Benchmark
    public void reference(Blackhole bh) {
        try (TokenStream ts = analyzer.tokenStream("text", articles.get(pick()).text())) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) bh.consume(term.length());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Benchmark
    public NormalizedText normalise() {
        return NormalizedText.of(articles.get(pick()).text());
    }

    @Benchmark
    public TextAnalysis textCore() {
        return TextCore.analyze(articles.get(pick()));
    }

    @Benchmark
    public List<Mention> actorsAndPlaces() {
        int i = pick();
        return EntityStage.apply(articles.get(i), analyses.get(i));
    }

    @Benchmark
    public Object events() {
        int i = pick();
        return EventStage.apply(articles.get(i), analyses.get(i), mentions.get(i));
    }
}
