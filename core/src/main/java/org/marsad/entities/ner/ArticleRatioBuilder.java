package org.marsad.entities.ner;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * How often a word takes the definite article in unlabelled news (SaudiNewsNet): personal names and
 * most foreign names never do (هتلر, not الهتلر), common nouns usually can (طالب / الطالب), so the
 * share of "ال" forms tells a name from a noun even for words the labelled corpus never saw. For each
 * folded bare word w (not itself starting with ال) seen at least {@link #MIN_COUNT} times with or
 * without the article, the share of ال+w (also after و ب ل ف ك) in five bands 0–4, or "never".
 */
public final class ArticleRatioBuilder {
    private ArticleRatioBuilder() {}

    static final int MIN_COUNT = 5;
    private static final String[] ARTICLE_FORMS = {"ال", "وال", "بال", "فال", "كال", "لل", "ولل"};

    /** Reads every *.zip under {@code dir} (sorted) and returns word → band. */
    public static Map<String, String> build(Path dir, PrintStream log) throws IOException {
        List<Path> zips;
        try (var s = Files.list(dir)) {
            zips = s.filter(p -> p.toString().endsWith(".zip")).sorted().toList();
        }
        if (zips.isEmpty()) throw new IllegalArgumentException("no .zip files in " + dir);
        Map<String, Integer> ids = new HashMap<>();
        List<String> words = new ArrayList<>();
        ClusterBuilder.IntList seq = new ClusterBuilder.IntList();
        JsonFactory jf = new JsonFactory();
        int articles = 0;
        for (Path zip : zips) {
            try (ZipInputStream zin = new ZipInputStream(Files.newInputStream(zip))) {
                for (ZipEntry e; (e = zin.getNextEntry()) != null; ) {
                    if (e.isDirectory() || !e.getName().endsWith(".json")) continue;
                    articles += ClusterBuilder.readContents(jf, zin, ids, words, seq);
                }
            }
        }
        long[] freq = new long[words.size()];
        for (int i = 0; i < seq.size; i++) if (seq.a[i] >= 0) freq[seq.a[i]]++;
        Map<String, String> out = new TreeMap<>();
        for (int id = 0; id < words.size(); id++) {
            String w = words.get(id);
            if (w.startsWith("ال") || w.length() < 2) continue;
            long bare = freq[id], withArticle = 0;
            for (String a : ARTICLE_FORMS) {
                Integer j = ids.get(a + (a.endsWith("لل") && w.startsWith("ل") ? w.substring(1) : w));
                if (j != null) withArticle += freq[j];
            }
            if (bare + withArticle < MIN_COUNT) continue;
            out.put(w, band(bare, withArticle));
        }
        log.printf("article ratios: %d articles, %,d tokens, %,d words%n", articles, seq.size, out.size());
        return out;
    }

    static String band(long bare, long withArticle) {
        if (withArticle == 0) return "never";
        return "" + Math.min(4, (int) (5.0 * withArticle / (bare + withArticle)));
    }

    public static void write(Map<String, String> bands, Writer w, String source) throws IOException {
        w.write("# Share of definite-article forms per folded word (bands 0-4 = 0-20% ... 80-100%, never = 0),\n");
        w.write("# built by `./marsad train ner-articles` (org.marsad.entities.ner.ArticleRatioBuilder) from " + source + ".\n");
        w.write("# Single words only, no text. Format: WORD<TAB>BAND\n");
        for (var e : bands.entrySet()) w.write(e.getKey() + "\t" + e.getValue() + "\n");
    }

    /** The shipped bands (empty when the resource is absent). */
    static Map<String, String> shipped() {
        Map<String, String> m = new HashMap<>();
        try (var in = ArticleRatioBuilder.class.getResourceAsStream(RESOURCE)) {
            if (in == null) return Map.of();
            var r = new java.io.BufferedReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#") || line.isBlank()) continue;
                int tab = line.indexOf('\t');
                if (tab > 0) m.put(line.substring(0, tab), line.substring(tab + 1));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return Map.copyOf(m);
    }

    static final String RESOURCE = "/org/marsad/entities/ner/word-articles.tsv";
}
