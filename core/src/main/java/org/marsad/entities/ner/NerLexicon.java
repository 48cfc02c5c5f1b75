package org.marsad.entities.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word and phrase lists behind the NER's gazetteer features: person titles, given names,
 * organisation head nouns, place cue words and place names (see ner-cues.txt and places-iraq.txt
 * for their sources). Phrases are matched over folded tokens, the first token also by its stem so
 * "وبغداد" and "للعراق" match; each match marks its tokens LIST:B / LIST:I.
 */
public final class NerLexicon {
    static final String CUES = "/org/marsad/entities/ner/ner-cues.txt";
    static final String PLACES = "/org/marsad/entities/ner/places-iraq.txt";

    /** first word → phrases (as folded word arrays) with their list name. */
    private final Map<String, List<Entry>> byFirst;

    private record Entry(String list, String[] words) {}

    private NerLexicon(Map<String, List<Entry>> byFirst) {
        this.byFirst = byFirst;
    }

    private static volatile NerLexicon shipped;

    /** The shipped lists (cue words and COD-AB place names), loaded once. */
    public static NerLexicon shipped() {
        NerLexicon l = shipped;
        if (l == null) {
            synchronized (NerLexicon.class) {
                if (shipped == null) {
                    Builder b = new Builder();
                    b.readSections(CUES);
                    b.readList(PLACES, "LOC");
                    shipped = b.build();
                }
                l = shipped;
            }
        }
        return l;
    }

    public static NerLexicon of(Map<String, List<String>> lists) {
        Builder b = new Builder();
        lists.forEach((name, phrases) -> phrases.forEach(p -> b.add(name, p)));
        return b.build();
    }

    /**
     * For each token, the list tags it carries, e.g. ["LOC:B"], or an empty list. {@code firstForms[i]}
     * are the forms token i may take as the FIRST word of an entry (its fold, its stem, its stem with
     * the article, so "وبغداد" and "بالمغرب" match "بغداد" and "المغرب"); later words match by fold.
     * The longest phrase of each list starting at a token wins.
     */
    public List<List<String>> tags(String[] folded, List<List<String>> firstForms) {
        List<List<String>> out = new ArrayList<>(folded.length);
        for (int i = 0; i < folded.length; i++) out.add(new ArrayList<>(2));
        for (int i = 0; i < folded.length; i++) {
            for (String form : firstForms.get(i)) match(folded, i, byFirst.get(form), out);
        }
        return out;
    }

    private static void match(String[] folded, int i, List<Entry> cands, List<List<String>> out) {
        if (cands == null) return;
        Map<String, Integer> longest = new HashMap<>(4);
        for (Entry e : cands) {
            int n = e.words.length;
            if (i + n > folded.length) continue;
            boolean ok = true;
            for (int k = 1; k < n && ok; k++) ok = folded[i + k].equals(e.words[k]);
            if (ok) longest.merge(e.list, n, Math::max);
        }
        longest.forEach((list, n) -> {
            addOnce(out.get(i), list + ":B");
            for (int k = 1; k < n; k++) addOnce(out.get(i + k), list + ":I");
        });
    }

    private static void addOnce(List<String> l, String s) {
        if (!l.contains(s)) l.add(s);
    }

    /** The folded single-word entries of one section of ner-cues.txt (e.g. PER_TITLE). */
    static java.util.Set<String> singleWords(String section) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        String current = "";
        for (String line : Builder.lines(CUES)) {
            if (line.startsWith("[") && line.endsWith("]")) current = line.substring(1, line.length() - 1);
            else if (current.equals(section) && NerText.tokenize(line).size() == 1) out.add(NerText.fold(line));
        }
        return out;
    }

    private static final class Builder {
        final Map<String, List<Entry>> byFirst = new HashMap<>();

        void add(String list, String phrase) {
            List<String> words = new ArrayList<>();
            for (NerText.RawToken t : NerText.tokenize(phrase)) words.add(NerText.fold(t.surface()));
            if (words.isEmpty()) return;
            byFirst.computeIfAbsent(words.getFirst(), k -> new ArrayList<>()).add(new Entry(list, words.toArray(String[]::new)));
        }

        void readSections(String resource) {
            String section = "";
            for (String line : lines(resource)) {
                if (line.startsWith("[") && line.endsWith("]")) section = line.substring(1, line.length() - 1);
                else if (section.isEmpty()) throw new IllegalStateException(resource + ": entry before any [SECTION]: " + line);
                else add(section, line);
            }
        }

        void readList(String resource, String list) {
            for (String line : lines(resource)) add(list, line);
        }

        NerLexicon build() {
            return new NerLexicon(Map.copyOf(byFirst));
        }

        private static List<String> lines(String resource) {
            List<String> out = new ArrayList<>();
            try (InputStream in = NerLexicon.class.getResourceAsStream(resource)) {
                if (in == null) throw new IllegalStateException("missing resource " + resource);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line; (line = r.readLine()) != null; ) {
                    line = line.strip();
                    if (!line.isEmpty() && !line.startsWith("#")) out.add(line);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out;
        }
    }
}
