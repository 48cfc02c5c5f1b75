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
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What contexts a word takes in unlabelled news (SaudiNewsNet), for words the labelled corpus may
 * never have seen:
 * <ul>
 *   <li>the share of its definite-article forms: personal and most foreign names never take ال
 *       (هتلر, not الهتلر), common nouns usually can (طالب / الطالب);</li>
 *   <li>the share of its occurrences right after a person title, a place cue word, an
 *       organisation head noun and a common given name (single-word entries of ner-cues.txt:
 *       الرئيس، مدينة، حزب، محمد …).</li>
 * </ul>
 * Kept for each folded bare word (not itself starting with ال) seen at least {@link #MIN_COUNT}
 * times with or without the article.
 */
public final class WordContextBuilder {
    private WordContextBuilder() {}

    static final int MIN_COUNT = 5;
    private static final String[] ARTICLE_FORMS = {"ال", "وال", "بال", "فال", "كال", "لل", "ولل"};

    /**
     * @param article share of ال forms in fifths ("0".."4"), or "never"
     * @param title   share right after a person title: "0" none, "a" up to 1%, "b" 5%, "c" 20%, "d" more
     * @param place   the same after a place cue word
     * @param org     the same after an organisation head noun
     * @param given   the same after a common given name (family names, second names)
     */
    public record Bands(String article, String title, String place, String org, String given) {
        static final Bands UNKNOWN = new Bands("unk", "unk", "unk", "unk", "unk");
    }

    /** Reads every *.zip under {@code dir} (sorted) and returns word → bands. */
    public static Map<String, Bands> build(Path dir, PrintStream log) throws IOException {
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
        int types = words.size();
        List<Set<String>> cueWords = List.of(NerLexicon.singleWords("PER_TITLE"), NerLexicon.singleWords("LOC_HEAD"),
                NerLexicon.singleWords("ORG_HEAD"), NerLexicon.singleWords("PER_FIRST"));
        int cues = cueWords.size();
        boolean[][] cue = new boolean[cues][types];
        for (int id = 0; id < types; id++) for (int c = 0; c < cues; c++) cue[c][id] = cueWords.get(c).contains(words.get(id));
        long[] freq = new long[types];
        long[][] after = new long[cues][types];
        for (int i = 0; i < seq.size; i++) {
            int id = seq.a[i];
            if (id < 0) continue;
            freq[id]++;
            int prev = i > 0 ? seq.a[i - 1] : -1;
            if (prev >= 0) for (int c = 0; c < cues; c++) if (cue[c][prev]) after[c][id]++;
        }
        Map<String, Bands> out = new TreeMap<>();
        for (int id = 0; id < types; id++) {
            String w = words.get(id);
            if (w.startsWith("ال") || w.length() < 2) continue;
            long bare = freq[id], withArticle = 0;
            for (String a : ARTICLE_FORMS) {
                Integer j = ids.get(a + (a.endsWith("لل") && w.startsWith("ل") ? w.substring(1) : w));
                if (j != null) withArticle += freq[j];
            }
            if (bare + withArticle < MIN_COUNT) continue;
            out.put(w, new Bands(articleBand(bare, withArticle), shareBand(after[0][id], bare), shareBand(after[1][id], bare),
                    shareBand(after[2][id], bare), shareBand(after[3][id], bare)));
        }
        log.printf("word contexts: %d articles, %,d tokens, %,d words%n", articles, seq.size, out.size());
        return out;
    }

    static String articleBand(long bare, long withArticle) {
        if (withArticle == 0) return "never";
        return "" + Math.min(4, (int) (5.0 * withArticle / (bare + withArticle)));
    }

    static String shareBand(long hits, long total) {
        if (hits == 0 || total == 0) return "0";
        double r = (double) hits / total;
        return r <= 0.01 ? "a" : r <= 0.05 ? "b" : r <= 0.2 ? "c" : "d";
    }

    public static void write(Map<String, Bands> bands, Writer w, String source) throws IOException {
        w.write("# Contexts of each folded word in unlabelled news, built by `./marsad train ner-contexts`\n");
        w.write("# (org.marsad.entities.ner.WordContextBuilder) from " + source + ".\n");
        w.write("# Single words only, no text. Columns: WORD, share of definite-article forms in fifths 0-4 or never,\n");
        w.write("# then the share of its occurrences right after a person title / a place cue / an organisation head /\n");
        w.write("# a common given name\n");
        w.write("# (0 = never, a <= 1%, b <= 5%, c <= 20%, d more).\n");
        for (var e : bands.entrySet()) {
            Bands b = e.getValue();
            w.write(e.getKey() + "\t" + b.article() + "\t" + b.title() + "\t" + b.place() + "\t" + b.org() + "\t" + b.given() + "\n");
        }
    }

    /** The shipped bands (empty when the resource is absent). */
    static Map<String, Bands> shipped() {
        Map<String, Bands> m = new HashMap<>();
        try (var in = WordContextBuilder.class.getResourceAsStream(RESOURCE)) {
            if (in == null) return Map.of();
            var r = new java.io.BufferedReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#") || line.isBlank()) continue;
                String[] f = line.split("\t");
                if (f.length != 6) throw new IllegalStateException(RESOURCE + ": expected 6 columns: " + line);
                m.put(f[0], new Bands(f[1], f[2], f[3], f[4], f[5]));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return Map.copyOf(m);
    }

    static final String RESOURCE = "/org/marsad/entities/ner/word-contexts.tsv";
}
