package org.marsad.entities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
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
        ObjectMapper json = new ObjectMapper();
        try (var files = Files.list(dir)) {
            for (Path zip : files.filter(p -> p.toString().endsWith(".zip")).sorted().toList()) {
                try (ZipInputStream z = new ZipInputStream(Files.newInputStream(zip))) {
                    for (ZipEntry e; (e = z.getNextEntry()) != null && texts.size() < n; ) {
                        if (e.isDirectory()) continue;
                        JsonNode arr = json.readTree(z.readAllBytes());
                        for (JsonNode a : arr) {
                            if (texts.size() >= n) break;
                            texts.add(a.path("title").asText("") + "\n" + a.path("content").asText(""));
                        }
                    }
                }
                if (texts.size() >= n) break;
            }
        }
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
