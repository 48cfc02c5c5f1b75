package org.marsad.text;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Builds the word-frequency lexicon the clitic splitter reads ({@code words.tsv}) from the unlabelled
 * SaudiNewsNet corpus. Reproducible:
 * <pre>
 *   java -cp core/target/marsad.jar org.marsad.text.LexiconBuilder \
 *        ../shared/corpus/saudinewsnet/dataset core/src/main/resources/org/marsad/text/words.tsv 3
 * </pre>
 * Words are maximal runs of Arabic letters of the folded text ({@link NormalizedText#fold}); only
 * single words with their counts are written (no sentences), words seen fewer than MIN times dropped.
 */
public final class LexiconBuilder {
    private LexiconBuilder() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: LexiconBuilder DATASET_DIR OUT.tsv [MIN_COUNT=3]");
            System.exit(2);
        }
        int min = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Map<String, int[]> counts = new HashMap<>(1 << 20);
        long[] articles = {0};
        forEachContent(Path.of(args[0]), content -> {
            articles[0]++;
            String f = NormalizedText.fold(content);
            int i = 0, n = f.length();
            while (i < n) {
                if (!isArabicLetter(f.charAt(i))) { i++; continue; }
                int s = i;
                while (i < n && isArabicLetter(f.charAt(i))) i++;
                counts.computeIfAbsent(f.substring(s, i), k -> new int[1])[0]++;
            }
        });
        List<Map.Entry<String, int[]>> kept = new ArrayList<>();
        for (var e : counts.entrySet()) if (e.getValue()[0] >= min) kept.add(e);
        kept.sort((a, b) -> a.getValue()[0] != b.getValue()[0]
                ? Integer.compare(b.getValue()[0], a.getValue()[0]) : a.getKey().compareTo(b.getKey()));
        try (Writer w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            w.write("# Arabic word frequencies (folded by org.marsad.text.NormalizedText.fold), words seen >= " + min
                    + " times in " + articles[0] + " SaudiNewsNet articles.\n");
            w.write("# Built by org.marsad.text.LexiconBuilder; see NOTICE-words.txt for source and licence.\n");
            for (var e : kept) w.write(e.getKey() + "\t" + e.getValue()[0] + "\n");
        }
        System.err.println(articles[0] + " articles, " + counts.size() + " word types, " + kept.size() + " kept");
    }

    static boolean isArabicLetter(char c) {
        return c >= '\u0621' && c <= '\u064A' && c != '\u0640';
    }

    /** Calls {@code sink} with the {@code content} field of every article in every .zip of a SaudiNewsNet dataset folder. */
    public static void forEachContent(Path datasetDir, Consumer<String> sink) throws IOException {
        List<Path> zips;
        try (Stream<Path> s = Files.list(datasetDir)) {
            zips = s.filter(p -> p.toString().endsWith(".zip")).sorted().toList();
        }
        JsonFactory jf = new JsonFactory();
        for (Path zip : zips) {
            try (ZipInputStream zin = new ZipInputStream(Files.newInputStream(zip))) {
                ZipEntry e;
                while ((e = zin.getNextEntry()) != null) {
                    if (!e.getName().endsWith(".json")) continue;
                    readArray(jf, zin, sink);
                }
            }
        }
    }

    private static void readArray(JsonFactory jf, InputStream in, Consumer<String> sink) throws IOException {
        JsonParser p = jf.createParser(new java.io.FilterInputStream(in) {
            @Override public void close() { } // the zip stream stays open for the next entry
        });
        if (p.nextToken() != JsonToken.START_ARRAY) return;
        while (p.nextToken() == JsonToken.START_OBJECT) {
            String content = "";
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if ("content".equals(name) && p.currentToken() == JsonToken.VALUE_STRING) content = p.getText();
                else p.skipChildren();
            }
            sink.accept(content);
        }
    }
}
