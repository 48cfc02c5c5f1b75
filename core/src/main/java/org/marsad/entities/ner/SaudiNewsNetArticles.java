package org.marsad.entities.ner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The articles of the SaudiNewsNet zips in a folder (each zip holds JSON arrays of {source, url, date_extracted,
 * title, author, content}), in a fixed order: zips by name, entries as stored. For the harnesses and self-training
 * that sample article bodies; the streaming builders (clusters, word contexts) read the JSON token by token instead.
 */
public final class SaudiNewsNetArticles {
    private SaudiNewsNetArticles() {}

    /** Hands each article to {@code article} in order until it returns false. */
    public static void forEach(Path dir, Predicate<JsonNode> article) throws IOException {
        ObjectMapper om = new ObjectMapper();
        try (var s = Files.list(dir)) {
            for (Path zip : s.filter(p -> p.toString().endsWith(".zip")).sorted().toList()) {
                try (ZipInputStream z = new ZipInputStream(Files.newInputStream(zip))) {
                    for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                        if (!e.getName().endsWith(".json")) continue;
                        for (JsonNode a : om.readTree(z.readAllBytes())) {
                            if (!article.test(a)) return;
                        }
                    }
                }
            }
        }
    }
}
