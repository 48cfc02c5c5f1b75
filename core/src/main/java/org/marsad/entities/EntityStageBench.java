package org.marsad.entities;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.common.SharedData;
import org.marsad.text.NormalizedText;

/**
 * Speed of actor and place matching per article on SaudiNewsNet (../shared/corpus/saudinewsnet):
 * {@code java -cp core/target/marsad.jar org.marsad.entities.EntityStageBench [N]}. Runs the folding
 * (NormalizedText) and the entity stage only, single thread, after a warm-up pass.
 */
public final class EntityStageBench {
    private EntityStageBench() {}

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        Path dir = SharedData.resolve("corpus/saudinewsnet/dataset")
                .orElseThrow(() -> new IllegalStateException("../shared/corpus/saudinewsnet/dataset not found"));
        List<String> texts = new ArrayList<>();
        if (n > 0) org.marsad.entities.ner.SaudiNewsNetArticles.forEach(dir,
                a -> texts.add(a.path("title").asText("") + "\n" + a.path("content").asText("")) && texts.size() < n);
        long chars = texts.stream().mapToLong(String::length).sum();
        ActorLexicon.get();
        org.marsad.geo.Geocoder.get();
        for (String t : texts.subList(0, Math.min(500, texts.size()))) EntityStage.find(NormalizedText.of(t));
        long actors = 0, places = 0;
        long t0 = System.nanoTime();
        for (String t : texts) {
            for (Mention m : EntityStage.find(NormalizedText.of(t))) {
                if (m instanceof ActorMention) actors++;
                else places++;
            }
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        System.out.printf("articles=%d chars=%d avg_chars=%d total_ms=%.0f ms_per_article=%.3f articles_per_s=%.0f actors=%d places=%d%n",
                texts.size(), chars, chars / Math.max(1, texts.size()), ms, ms / texts.size(), texts.size() / (ms / 1000), actors, places);
    }
}
