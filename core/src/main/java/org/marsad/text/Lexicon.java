package org.marsad.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Loads the text core's data files once (class-path resources under org/marsad/text). */
final class Lexicon {
    private Lexicon() {}

    /** Folded word → corpus frequency (words.tsv, see NOTICE-words.txt). */
    static final class Words {
        static final Map<String, Integer> FREQ = loadFrequencies("words.tsv");
        static final Set<String> NEVER_SPLIT = new HashSet<>(lines("never-split.txt"));

        static {
            // words of the text core's own tables are known words even when the corpus saw them rarely
            for (String table : KNOWN_TABLES) {
                for (String[] kv : table(table)) {
                    for (String w : kv[0].split(" ")) FREQ.putIfAbsent(w, Clitics.MIN);
                }
            }
        }
    }

    private static final String[] KNOWN_TABLES = {"number-words.tsv", "ordinal-words.tsv", "casualty-words.tsv",
            "person-nouns.tsv", "time-words.tsv"};

    static int freq(String w) {
        Integer f = Words.FREQ.get(w);
        return f == null ? 0 : f;
    }

    /** Non-comment, non-blank lines of a resource, folded, in order. */
    static List<String> lines(String name) {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = reader(name)) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                out.add(NormalizedText.fold(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read text-core resource " + name, e);
        }
        return out;
    }

    /** Lines split at TAB into a folded key and its raw value ("key\tvalue"), comments skipped. */
    static List<String[]> table(String name) {
        List<String[]> out = new ArrayList<>();
        for (String line : rawLines(name)) {
            int tab = line.indexOf('\t');
            if (tab < 0) throw new IllegalStateException(name + ": line without TAB: " + line);
            out.add(new String[] {NormalizedText.fold(line.substring(0, tab).strip()), line.substring(tab + 1).strip()});
        }
        return out;
    }

    private static List<String> rawLines(String name) {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = reader(name)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                out.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read text-core resource " + name, e);
        }
        return out;
    }

    private static Map<String, Integer> loadFrequencies(String name) {
        Map<String, Integer> m = new HashMap<>(1 << 18);
        try (BufferedReader r = reader(name)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#")) continue;
                int tab = line.indexOf('\t');
                if (tab <= 0) continue;
                m.put(line.substring(0, tab), Integer.parseInt(line, tab + 1, line.length(), 10));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read text-core resource " + name, e);
        }
        return m;
    }

    private static BufferedReader reader(String name) {
        InputStream in = Lexicon.class.getResourceAsStream(name);
        if (in == null) throw new IllegalStateException("text-core resource missing from the class path: org/marsad/text/" + name);
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
