package org.marsad.entities.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Distributional word clusters at three granularities (coarse, middle, fine), keyed by the
 * {@link NerText#fold folded} word. Built by {@link ClusterBuilder} from unlabelled news text.
 * File: '#' comment lines, then "word TAB coarse TAB middle TAB fine TAB band" per line.
 */
public final class WordClusters {
    static final String RESOURCE = "/org/marsad/entities/ner/word-clusters.tsv";

    /**
     * The cluster ids of one word, coarsest first, and its frequency band: floor(log2(rank)) of the
     * word's frequency rank in the unlabelled corpus (0 for the commonest word), which separates
     * function words from content words and names.
     */
    public record Ids(int coarse, int middle, int fine, int band) {}

    private final Map<String, Ids> clusters;

    private WordClusters(Map<String, Ids> clusters) {
        this.clusters = clusters;
    }

    public static WordClusters empty() {
        return new WordClusters(Map.of());
    }

    public static WordClusters of(Map<String, Ids> clusters) {
        return new WordClusters(Map.copyOf(clusters));
    }

    /** The shipped clusters, or none when the resource is absent (a fresh checkout before training). */
    public static WordClusters shipped() {
        try (InputStream in = WordClusters.class.getResourceAsStream(RESOURCE)) {
            return in == null ? empty() : read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public static WordClusters read(InputStream in) throws IOException {
        Map<String, Ids> m = new HashMap<>(1 << 17);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = r.readLine()) != null; ) {
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            if (f.length != 5) throw new IOException("bad cluster line: " + line);
            m.put(f[0], new Ids(Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4])));
        }
        return new WordClusters(m);
    }

    public Optional<Ids> of(String folded) {
        return Optional.ofNullable(clusters.get(folded));
    }

    public boolean contains(String folded) {
        return clusters.containsKey(folded);
    }

    public int size() {
        return clusters.size();
    }
}
