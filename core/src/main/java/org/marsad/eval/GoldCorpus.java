package org.marsad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.marsad.common.DatePrecision;
import org.marsad.common.Json;
import org.marsad.ingest.Article;

/**
 * The articles a gold file names. Looked for in PATH when given (a .jsonl file, or a folder), else
 * beside the gold: {@code <gold folder>/../../corpus/<set>/}, then the gold's own folder. In a folder a
 * .jsonl whose ids cover the gold's documents wins; else each document's "file" (.txt) is read, with
 * outlet and publication date from the gold's documents list.
 */
public final class GoldCorpus {
    private GoldCorpus() {}

    public static List<Article> articles(GoldFile gold, Path goldPath, Optional<Path> corpus) {
        List<Path> places = new ArrayList<>();
        if (corpus.isPresent()) {
            places.add(corpus.get());
        } else {
            Path dir = goldPath.toAbsolutePath().getParent();
            if (dir != null && dir.getParent() != null && dir.getParent().getParent() != null && !gold.set().isEmpty()) {
                places.add(dir.getParent().getParent().resolve("corpus").resolve(gold.set()));
            }
            if (dir != null) places.add(dir);
        }
        for (Path p : places) {
            Optional<List<Article>> found = tryRead(gold, p);
            if (found.isPresent()) return found.get();
        }
        throw new IllegalArgumentException("cannot find the gold's documents (" + gold.documents().size()
                + ") in " + places + " — give the folder or .jsonl with --corpus");
    }

    private static Optional<List<Article>> tryRead(GoldFile gold, Path p) {
        if (Files.isRegularFile(p) && p.toString().endsWith(".jsonl")) return Optional.of(fromJsonl(gold, p));
        if (!Files.isDirectory(p)) return Optional.empty();
        try (Stream<Path> files = Files.list(p)) {
            for (Path j : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                List<Article> a = fromJsonl(gold, j);
                if (a.size() == gold.documents().size()) return Optional.of(a);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + p, e);
        }
        List<Article> out = new ArrayList<>();
        for (GoldFile.Document d : gold.documents()) {
            Path f = p.resolve(d.file().isEmpty() ? d.id() + ".txt" : d.file());
            if (!Files.isRegularFile(f)) return Optional.empty();
            try {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                out.add(new Article(d.id(), d.outlet(), "", d.published(), d.precision(), "", text, "", "ar", f.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + f, e);
            }
        }
        return Optional.of(out);
    }

    /** The gold's documents found in a JSON-lines file (id, outlet, published, published_precision, text). */
    private static List<Article> fromJsonl(GoldFile gold, Path jsonl) {
        Map<String, GoldFile.Document> wanted = new LinkedHashMap<>();
        for (GoldFile.Document d : gold.documents()) wanted.put(d.id(), d);
        Map<String, Article> found = new LinkedHashMap<>();
        try {
            int n = 0;
            for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
                n++;
                if (line.isBlank()) continue;
                JsonNode o = Json.MAPPER.readTree(line);
                String id = o.path("id").asText("");
                GoldFile.Document d = wanted.get(id);
                if (d == null) continue;
                String pub = o.path("published").asText("");
                Optional<java.time.LocalDate> published = pub.isEmpty() ? d.published() : GoldFile.date(pub, jsonl + ":" + n);
                String prec = o.path("published_precision").asText("");
                DatePrecision precision = published.isEmpty() ? DatePrecision.UNKNOWN
                        : prec.isEmpty() ? d.precision() : DatePrecision.parse(prec);
                found.put(id, new Article(id, o.path("outlet").asText(d.outlet()), o.path("url").asText(""), published, precision,
                        o.path("title").asText(""), o.path("text").asText(""), "", o.path("language").asText("ar"),
                        jsonl + ":" + n));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jsonl, e);
        }
        return gold.documents().stream().map(d -> found.get(d.id())).filter(a -> a != null).toList();
    }
}
