package org.marsad.flink;

import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.marsad.common.Json;
import org.marsad.events.Event;
import org.marsad.ingest.Article;
import org.marsad.pipeline.Pipeline;
import org.marsad.store.ArticleAnalysis;

/**
 * Article JSON → the same pure stages as {@code marsad run} ({@link Pipeline#analyze}: text core,
 * entities, events) → (fusion key, event JSON). A stage failure goes to the rejects output with its
 * reason, so nothing is dropped silently.
 */
public final class AnalyzeArticles extends ProcessFunction<String, Tuple2<String, String>> {
    @Override
    public void processElement(String articleJson, Context ctx, Collector<Tuple2<String, String>> out) {
        Article a = Json.read(articleJson, Article.class);
        ArticleAnalysis analysis = Pipeline.analyze(a);
        if (!analysis.error().isEmpty()) ctx.output(MarsadJob.REJECTS, a.id() + "\t" + analysis.error());
        for (Event e : analysis.events()) out.collect(Tuple2.of(Buckets.key(e, a.published()), Json.write(e)));
    }
}
