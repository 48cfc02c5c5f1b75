package org.marsad.entities.ner;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Derives word clusters from unlabelled Arabic news (SaudiNewsNet zips of JSON arrays with a
 * "content" field): for the most frequent words, counts of the immediate left and right neighbour
 * among the most frequent context words, weighted by positive PMI, L2-normalised, reduced by a
 * seeded Gaussian random projection, then clustered by spherical k-means (fine level); the fine
 * centroids are clustered again into middle and coarse levels. Deterministic for a fixed seed and
 * input. Only word → cluster ids leave this class, never text.
 */
public final class ClusterBuilder {
    /** Sizes and seed of one derivation. */
    public record Config(int vocabulary, int contexts, int dims, int fine, int middle, int coarse, int iterations,
                         long seed) {
        public static Config defaults() {
            return new Config(50_000, 600, 128, 1000, 200, 50, 12, 20_07L);
        }
    }

    private final Config cfg;
    private final PrintStream log;

    public ClusterBuilder(Config cfg, PrintStream log) {
        this.cfg = cfg;
        this.log = log;
    }

    /** Reads every *.zip under {@code dir} (sorted by name) and returns the clusters. */
    public Result build(Path dir) throws IOException {
        List<Path> zips;
        try (var s = Files.list(dir)) {
            zips = s.filter(p -> p.toString().endsWith(".zip")).sorted().toList();
        }
        if (zips.isEmpty()) throw new IllegalArgumentException("no .zip files in " + dir);
        Map<String, Integer> ids = new HashMap<>(1 << 20);
        List<String> words = new ArrayList<>();
        IntList seq = new IntList();
        int articles = 0;
        JsonFactory jf = new JsonFactory();
        for (Path zip : zips) {
            try (ZipInputStream zin = new ZipInputStream(Files.newInputStream(zip))) {
                for (ZipEntry e; (e = zin.getNextEntry()) != null; ) {
                    if (e.isDirectory() || !e.getName().endsWith(".json")) continue;
                    articles += readContents(jf, zin, ids, words, seq);
                }
            }
        }
        log.printf("clusters: %d articles, %,d tokens, %,d word types%n", articles, seq.size, words.size());
        return cluster(seq, words);
    }

    static int readContents(JsonFactory jf, InputStream in, Map<String, Integer> ids, List<String> words,
                                    IntList seq) throws IOException {
        JsonParser p = jf.createParser(new NonClosing(in));
        int n = 0;
        while (p.nextToken() != null) {
            if (p.currentToken() == JsonToken.FIELD_NAME && "content".equals(p.currentName())) {
                if (p.nextToken() == JsonToken.VALUE_STRING) {
                    addText(p.getText(), ids, words, seq);
                    n++;
                }
            }
        }
        return n;
    }

    /** Appends the folded tokens of one text; -1 marks a sentence or article boundary. */
    static void addText(String text, Map<String, Integer> ids, List<String> words, IntList seq) {
        seq.add(-1);
        for (NerText.RawToken t : NerText.tokenize(text)) {
            String f = NerText.fold(t.surface());
            if (f.isEmpty()) continue; // a stray mark or tatweel
            if (NerText.isSentenceEnd(f)) {
                seq.add(-1);
                continue;
            }
            Integer id = ids.get(f);
            if (id == null) {
                id = words.size();
                ids.put(f, id);
                words.add(f);
            }
            seq.add(id);
        }
    }

    /** Word → cluster ids at three levels. */
    public record Result(Map<String, WordClusters.Ids> clusters, int fine, int middle, int coarse) {}

    Result cluster(IntList seq, List<String> words) {
        int types = words.size();
        long[] freq = new long[types];
        for (int i = 0; i < seq.size; i++) if (seq.a[i] >= 0) freq[seq.a[i]]++;
        Integer[] order = new Integer[types];
        for (int i = 0; i < types; i++) order[i] = i;
        // by frequency, ties by the word itself so the order is deterministic
        Arrays.sort(order, (x, y) -> freq[x] != freq[y] ? Long.compare(freq[y], freq[x]) : words.get(x).compareTo(words.get(y)));
        int v = Math.min(cfg.vocabulary, types);
        int c = Math.min(cfg.contexts, types);
        int[] row = new int[types];
        int[] col = new int[types];
        Arrays.fill(row, -1);
        Arrays.fill(col, -1);
        for (int i = 0; i < v; i++) if (freq[order[i]] >= 3) row[order[i]] = i;
        for (int i = 0; i < c; i++) col[order[i]] = i;
        int width = 2 * c + 1; // left neighbour, right neighbour, one column for boundary
        int[] counts = new int[v * width];
        for (int i = 0; i < seq.size; i++) {
            int w = seq.a[i];
            if (w < 0 || row[w] < 0) continue;
            int base = row[w] * width;
            int l = i > 0 ? seq.a[i - 1] : -1;
            int r = i + 1 < seq.size ? seq.a[i + 1] : -1;
            if (l < 0) counts[base + 2 * c]++;
            else if (col[l] >= 0) counts[base + col[l]]++;
            if (r < 0) counts[base + 2 * c]++;
            else if (col[r] >= 0) counts[base + c + col[r]]++;
        }
        // positive PMI, then random projection to dims
        double[] colSum = new double[width];
        double[] rowSum = new double[v];
        double total = 0;
        for (int i = 0; i < v; i++) {
            for (int j = 0; j < width; j++) {
                int x = counts[i * width + j];
                colSum[j] += x;
                rowSum[i] += x;
                total += x;
            }
        }
        Random rnd = new Random(cfg.seed);
        int d = cfg.dims;
        float[] proj = new float[width * d];
        for (int k = 0; k < proj.length; k++) proj[k] = (float) rnd.nextGaussian();
        float[] vec = new float[v * d];
        for (int i = 0; i < v; i++) {
            for (int j = 0; j < width; j++) {
                int x = counts[i * width + j];
                if (x == 0 || rowSum[i] == 0) continue;
                // context distribution smoothed with exponent 0.75, as in word2vec/SGNS-PMI
                double pmi = Math.log(x * total / (rowSum[i] * Math.pow(colSum[j], 0.75) * Math.pow(total, 0.25)));
                if (pmi <= 0) continue;
                for (int k = 0; k < d; k++) vec[i * d + k] += (float) (pmi * proj[j * d + k]);
            }
            normalise(vec, i, d);
        }
        int[] fine = kmeans(vec, v, d, Math.min(cfg.fine, v), cfg.iterations, rnd, "fine");
        float[] fineCentroids = centroids(vec, v, d, fine, Math.min(cfg.fine, v));
        int kf = Math.min(cfg.fine, v);
        int[] midOfFine = kmeans(fineCentroids, kf, d, Math.min(cfg.middle, kf), cfg.iterations * 2, rnd, "middle");
        float[] midCentroids = centroids(fineCentroids, kf, d, midOfFine, Math.min(cfg.middle, kf));
        int km = Math.min(cfg.middle, kf);
        int[] coarseOfMid = kmeans(midCentroids, km, d, Math.min(cfg.coarse, km), cfg.iterations * 2, rnd, "coarse");
        Map<String, WordClusters.Ids> out = new HashMap<>(v * 2);
        for (int i = 0; i < v; i++) {
            int w = order[i];
            if (row[w] < 0) continue;
            int f = fine[i];
            int m = midOfFine[f];
            out.put(words.get(w), new WordClusters.Ids(coarseOfMid[m], m, f, 31 - Integer.numberOfLeadingZeros(i + 1)));
        }
        return new Result(out, kf, km, Math.min(cfg.coarse, km));
    }

    private static void normalise(float[] x, int i, int d) {
        double s = 0;
        for (int k = 0; k < d; k++) s += (double) x[i * d + k] * x[i * d + k];
        if (s == 0) return;
        float inv = (float) (1 / Math.sqrt(s));
        for (int k = 0; k < d; k++) x[i * d + k] *= inv;
    }

    private static float[] centroids(float[] x, int n, int d, int[] assign, int k) {
        float[] c = new float[k * d];
        for (int i = 0; i < n; i++) for (int t = 0; t < d; t++) c[assign[i] * d + t] += x[i * d + t];
        for (int j = 0; j < k; j++) normalise(c, j, d);
        return c;
    }

    /** Spherical k-means (cosine) with seeded random initial centres drawn from the points. */
    private int[] kmeans(float[] x, int n, int d, int k, int iterations, Random rnd, String name) {
        float[] c = new float[k * d];
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) perm[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = perm[i]; perm[i] = perm[j]; perm[j] = t;
        }
        for (int j = 0; j < k; j++) System.arraycopy(x, perm[j] * d, c, j * d, d);
        int[] assign = new int[n];
        for (int it = 0; it < iterations; it++) {
            int changed = 0;
            for (int i = 0; i < n; i++) {
                int best = 0;
                float bestSim = -Float.MAX_VALUE;
                int xo = i * d;
                for (int j = 0; j < k; j++) {
                    int co = j * d;
                    float s = 0;
                    for (int t = 0; t < d; t++) s += x[xo + t] * c[co + t];
                    if (s > bestSim) { bestSim = s; best = j; }
                }
                if (assign[i] != best || it == 0) changed++;
                assign[i] = best;
            }
            float[] nc = centroids(x, n, d, assign, k);
            // an emptied centre keeps its old position
            for (int j = 0; j < k; j++) {
                boolean zero = true;
                for (int t = 0; t < d && zero; t++) zero = nc[j * d + t] == 0;
                if (zero) System.arraycopy(c, j * d, nc, j * d, d);
            }
            c = nc;
            log.printf("clusters: %s k=%d iteration %d, %d reassigned%n", name, k, it + 1, changed);
            if (changed == 0) break;
        }
        return assign;
    }

    /** Writes the clusters sorted by word, with a provenance header. */
    public static void write(Result r, Writer out, String source) throws IOException {
        out.write("# Word clusters for the Arabic NER: word (NerText.fold) TAB coarse TAB middle TAB fine cluster id\n");
        out.write("# TAB frequency band (floor(log2(frequency rank + 1))).\n");
        out.write("# Derived by `./marsad train clusters` (org.marsad.entities.ner.ClusterBuilder) from the unlabelled\n");
        out.write("# text of " + source + ": neighbour-word PPMI vectors, random projection, spherical k-means\n");
        out.write("# (" + r.coarse() + "/" + r.middle() + "/" + r.fine() + " clusters). Contains no sentences.\n");
        List<String> keys = new ArrayList<>(r.clusters().keySet());
        keys.sort(null);
        StringBuilder b = new StringBuilder();
        for (String k : keys) {
            WordClusters.Ids ids = r.clusters().get(k);
            b.setLength(0);
            b.append(k).append('\t').append(ids.coarse()).append('\t').append(ids.middle()).append('\t').append(ids.fine()).append('\t').append(ids.band()).append('\n');
            out.write(b.toString());
        }
    }

    /** A growable int array (the corpus as word ids). */
    static final class IntList {
        int[] a = new int[1 << 20];
        int size;

        void add(int x) {
            if (size == a.length) a = Arrays.copyOf(a, a.length * 2);
            a[size++] = x;
        }
    }

    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) { super(in); }

        @Override
        public void close() {}
    }
}
