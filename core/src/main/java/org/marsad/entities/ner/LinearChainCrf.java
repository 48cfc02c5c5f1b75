package org.marsad.entities.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A first-order linear-chain CRF over string attributes (Lafferty et al. 2001), parameterised as
 * CRFsuite does: one weight per (attribute, label) pair seen together in training, one per label
 * transition, one per label at sentence start. Immutable and thread-safe; decoding is Viterbi,
 * confidences are forward–backward marginals.
 *
 * <p>Weights sit in one vector: pair weights first (attribute a owns the slots
 * {@code attrStart[a] .. attrStart[a+1]}, labels {@code pairLabel[slot]}), then the L×L transitions
 * (previous × L + current), then the L start weights.
 *
 * <p>An attribute named with the prefix {@link #EDGE} is an observation on a label transition
 * (CRF++'s bigram templates): its slots hold label pairs (previous × L + current) instead of labels,
 * and its weights are added to the transition into the token that carries it, so a particle such as
 * بن can favour I-PER → I-PER without favouring I-PER everywhere.
 */
public final class LinearChainCrf {
    private static final int MAGIC = 0x4d435246; // "MCRF"
    private static final int VERSION = 1;

    final String[] labels;
    final Map<String, Integer> attrIndex;
    final int[] attrStart;
    final byte[] pairLabel;
    final double[] w;
    /** Per attribute id: an observation on the transition into its token ({@link #EDGE}) rather than on its label. */
    final boolean[] edge;

    /** Name prefix of a transition attribute. */
    static final String EDGE = "E:";

    LinearChainCrf(String[] labels, Map<String, Integer> attrIndex, int[] attrStart, byte[] pairLabel, double[] w) {
        if (labels.length > Byte.MAX_VALUE) throw new IllegalArgumentException("too many labels: " + labels.length);
        if (w.length != pairLabel.length + labels.length * labels.length + labels.length) {
            throw new IllegalArgumentException("weight vector has the wrong size");
        }
        this.labels = labels;
        this.attrIndex = attrIndex;
        this.attrStart = attrStart;
        this.pairLabel = pairLabel;
        this.w = w;
        this.edge = edgeFlags(attrIndex);
        if (anyEdge(edge) && labels.length * labels.length > Byte.MAX_VALUE) throw new IllegalArgumentException("too many labels for transition attributes");
    }

    static boolean[] edgeFlags(Map<String, Integer> attrIndex) {
        boolean[] e = new boolean[attrIndex.size()];
        attrIndex.forEach((k, v) -> e[v] = k.startsWith(EDGE));
        return e;
    }

    static boolean anyEdge(boolean[] edge) {
        for (boolean b : edge) if (b) return true;
        return false;
    }

    /** Whether the model has transition attributes ({@link #EDGE}). */
    boolean hasTransitionAttributes() {
        return anyEdge(edge);
    }

    public List<String> labels() {
        return List.of(labels);
    }

    int numLabels() {
        return labels.length;
    }

    int transOffset() {
        return pairLabel.length;
    }

    int startOffset() {
        return pairLabel.length + labels.length * labels.length;
    }

    /**
     * The model without the (attribute, label) weights smaller than {@code threshold} in magnitude,
     * and without attributes left with none: the file shrinks by about half at 0.001 while a token's
     * label score moves by less than 0.1.
     */
    LinearChainCrf pruned(double threshold) {
        String[] byId = new String[attrIndex.size()];
        attrIndex.forEach((k, v) -> byId[v] = k);
        Map<String, Integer> index = new HashMap<>();
        int[] start = new int[byId.length + 1];
        byte[] labs = new byte[pairLabel.length];
        int tail = w.length - pairLabel.length;
        double[] nw = new double[w.length];
        int slot = 0, attrs = 0;
        for (int a = 0; a < byId.length; a++) {
            int first = slot;
            for (int k = attrStart[a]; k < attrStart[a + 1]; k++) {
                if (Math.abs(w[k]) < threshold) continue;
                labs[slot] = pairLabel[k];
                nw[slot++] = w[k];
            }
            if (slot == first) continue;
            start[attrs] = first;
            index.put(byId[a], attrs++);
        }
        start[attrs] = slot;
        double[] weights = Arrays.copyOf(nw, slot + tail);
        System.arraycopy(w, pairLabel.length, weights, slot, tail);
        return new LinearChainCrf(labels, Map.copyOf(index), Arrays.copyOf(start, attrs + 1), Arrays.copyOf(labs, slot), weights);
    }

    /** Attribute ids of one token's features; attributes unseen in training are dropped. */
    int[] attributes(List<String> features) {
        int[] ids = new int[features.size()];
        int n = 0;
        for (String f : features) {
            Integer id = attrIndex.get(f);
            if (id != null) ids[n++] = id;
        }
        return Arrays.copyOf(ids, n);
    }

    /** State scores: for each token, the summed weights of its attributes per label. */
    static double[][] emissions(int[][] x, int[] attrStart, byte[] pairLabel, double[] w, int numLabels) {
        return emissions(x, attrStart, pairLabel, w, numLabels, null);
    }

    /** @param edge transition attributes, which are skipped here (null = none) */
    static double[][] emissions(int[][] x, int[] attrStart, byte[] pairLabel, double[] w, int numLabels, boolean[] edge) {
        double[][] em = new double[x.length][numLabels];
        for (int t = 0; t < x.length; t++) {
            double[] e = em[t];
            for (int a : x[t]) {
                if (edge != null && edge[a]) continue;
                for (int k = attrStart[a], end = attrStart[a + 1]; k < end; k++) e[pairLabel[k]] += w[k];
            }
        }
        return em;
    }

    /**
     * Transition-attribute scores: for each token t > 0 with such attributes, the L×L scores they add to
     * the transition from t−1 into t, times {@code scale}; null rows where there are none.
     */
    static double[][] edgeScores(int[][] x, int[] attrStart, byte[] pairLabel, double[] w, int numLabels, boolean[] edge, double scale) {
        double[][] out = new double[x.length][];
        if (edge == null) return out;
        for (int t = 1; t < x.length; t++) {
            double[] row = null;
            for (int a : x[t]) {
                if (!edge[a]) continue;
                if (row == null) row = new double[numLabels * numLabels];
                for (int k = attrStart[a], end = attrStart[a + 1]; k < end; k++) row[pairLabel[k]] += w[k] * scale;
            }
            out[t] = row;
        }
        return out;
    }

    /** The best label sequence and each chosen label's marginal probability. */
    public record Decoded(int[] labels, double[] probs) {}

    Decoded decode(int[][] x) {
        return decode(x, true);
    }

    /** @param withProbs false skips forward–backward (probs are then all NaN) */
    Decoded decode(int[][] x, boolean withProbs) {
        int n = x.length, L = labels.length;
        if (n == 0) return new Decoded(new int[0], new double[0]);
        double[][] em = emissions(x, attrStart, pairLabel, w, L, edge);
        double[][] ed = edgeScores(x, attrStart, pairLabel, w, L, edge, 1);
        int[] path = viterbi(em, ed);
        double[] probs = new double[n];
        if (!withProbs) {
            Arrays.fill(probs, Double.NaN);
            return new Decoded(path, probs);
        }
        Lattice lat = Lattice.of(em, w, Lattice.expTransitions(w, transOffset(), L), transOffset(), startOffset(), L, ed);
        for (int t = 0; t < n; t++) probs[t] = lat.marginal(t, path[t]);
        return new Decoded(path, probs);
    }

    /** The best label sequence for the given state scores. */
    int[] viterbi(double[][] em) {
        return viterbi(em, new double[em.length][]);
    }

    /** @param ed per token, the transition-attribute scores into it (rows may be null) */
    int[] viterbi(double[][] em, double[][] ed) {
        int n = em.length, L = labels.length;
        if (n == 0) return new int[0];
        int to = transOffset(), so = startOffset();
        // Viterbi in log space
        double[][] delta = new double[n][L];
        int[][] back = new int[n][L];
        for (int y = 0; y < L; y++) delta[0][y] = w[so + y] + em[0][y];
        for (int t = 1; t < n; t++) {
            for (int y = 0; y < L; y++) {
                double best = Double.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p = 0; p < L; p++) {
                    double s = delta[t - 1][p] + w[to + p * L + y] + (ed[t] == null ? 0 : ed[t][p * L + y]);
                    if (s > best) {
                        best = s;
                        arg = p;
                    }
                }
                delta[t][y] = best + em[t][y];
                back[t][y] = arg;
            }
        }
        int[] path = new int[n];
        for (int y = 1; y < L; y++) if (delta[n - 1][y] > delta[n - 1][path[n - 1]]) path[n - 1] = y;
        for (int t = n - 1; t > 0; t--) path[t - 1] = back[t][path[t]];
        return path;
    }

    /**
     * Scaled forward–backward over one sentence (Rabiner's scaling: each forward column is
     * normalised and its sum kept, so nothing overflows and log Z is the sum of the logs).
     */
    static final class Lattice {
        final double[][] alpha, beta, expEm;
        final double[] scale;
        /** Per token t > 0, exp of the (shifted) transition scores into it. */
        final double[][] expTrans;
        final double logZ;
        final int L;

        private Lattice(double[][] alpha, double[][] beta, double[][] expEm, double[] scale, double[][] expTrans, double logZ, int L) {
            this.alpha = alpha;
            this.beta = beta;
            this.expEm = expEm;
            this.scale = scale;
            this.expTrans = expTrans;
            this.logZ = logZ;
            this.L = L;
        }

        /** exp of the transition weights shifted by their maximum (element L*L holds the shift). */
        static double[] expTransitions(double[] w, int to, int L) {
            double m = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < L * L; i++) m = Math.max(m, w[to + i]);
            double[] e = new double[L * L + 1];
            for (int i = 0; i < L * L; i++) e[i] = Math.exp(w[to + i] - m);
            e[L * L] = m;
            return e;
        }

        static Lattice of(double[][] em, double[] w, int to, int so, int L) {
            return of(em, w, expTransitions(w, to, L), to, so, L, new double[em.length][]);
        }

        /**
         * @param expTrans {@link #expTransitions} of {@code w}
         * @param ed       per token, the transition-attribute scores into it (null rows: the plain transitions)
         */
        static Lattice of(double[][] em, double[] w, double[] expTrans, int to, int so, int L, double[][] ed) {
            int n = em.length;
            double[][] ex = new double[n][L];
            double[][] tr = new double[n][];
            int plain = 0;
            double edgeShift = 0;
            for (int t = 1; t < n; t++) {
                if (ed[t] == null) {
                    tr[t] = expTrans;
                    plain++;
                    continue;
                }
                double m = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < L * L; i++) m = Math.max(m, w[to + i] + ed[t][i]);
                double[] e = new double[L * L];
                for (int i = 0; i < L * L; i++) e[i] = Math.exp(w[to + i] + ed[t][i] - m);
                tr[t] = e;
                edgeShift += m;
            }
            double logZ = plain * expTrans[L * L] + edgeShift;
            for (int t = 0; t < n; t++) {
                double m = Double.NEGATIVE_INFINITY;
                for (int y = 0; y < L; y++) m = Math.max(m, em[t][y]);
                for (int y = 0; y < L; y++) ex[t][y] = Math.exp(em[t][y] - m);
                logZ += m;
            }
            double[][] a = new double[n][L];
            double[] c = new double[n];
            double m0 = Double.NEGATIVE_INFINITY;
            for (int y = 0; y < L; y++) m0 = Math.max(m0, w[so + y]);
            logZ += m0;
            for (int y = 0; y < L; y++) a[0][y] = Math.exp(w[so + y] - m0) * ex[0][y];
            c[0] = normalise(a[0]);
            for (int t = 1; t < n; t++) {
                double[] prev = a[t - 1], cur = a[t], et = tr[t];
                for (int p = 0; p < L; p++) {
                    double ap = prev[p];
                    if (ap == 0) continue;
                    for (int y = 0; y < L; y++) cur[y] += ap * et[p * L + y];
                }
                for (int y = 0; y < L; y++) cur[y] *= ex[t][y];
                c[t] = normalise(cur);
            }
            for (int t = 0; t < n; t++) logZ += Math.log(c[t]);
            double[][] b = new double[n][L];
            Arrays.fill(b[n - 1], 1.0);
            for (int t = n - 2; t >= 0; t--) {
                double[] nb = b[t + 1], cur = b[t], e = ex[t + 1], et = tr[t + 1];
                for (int p = 0; p < L; p++) {
                    double s = 0;
                    for (int y = 0; y < L; y++) s += et[p * L + y] * e[y] * nb[y];
                    cur[p] = s / c[t + 1];
                }
            }
            return new Lattice(a, b, ex, c, tr, logZ, L);
        }

        private static double normalise(double[] v) {
            double s = 0;
            for (double x : v) s += x;
            if (!(s > 0) || !Double.isFinite(s)) throw new ArithmeticException("CRF lattice under- or overflow");
            for (int i = 0; i < v.length; i++) v[i] /= s;
            return s;
        }

        double marginal(int t, int y) {
            return alpha[t][y] * beta[t][y];
        }

        /** P(y_{t-1} = p, y_t = y). */
        double pairMarginal(int t, int p, int y) {
            return alpha[t - 1][p] * expTrans[t][p * L + y] * expEm[t][y] * beta[t][y] / scale[t];
        }
    }

    // ---- serialisation: our own small binary format, gzip is left to the caller ----

    public void write(OutputStream os) throws IOException {
        DataOutputStream out = new DataOutputStream(os);
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(labels.length);
        for (String l : labels) out.writeUTF(l);
        String[] byId = new String[attrIndex.size()];
        attrIndex.forEach((k, v) -> byId[v] = k);
        out.writeInt(byId.length);
        for (int a = 0; a < byId.length; a++) {
            out.writeUTF(byId[a]);
            int n = attrStart[a + 1] - attrStart[a];
            out.writeByte(n);
            for (int k = attrStart[a]; k < attrStart[a + 1]; k++) {
                out.writeByte(pairLabel[k]);
                out.writeFloat((float) w[k]);
            }
        }
        for (int i = transOffset(); i < w.length; i++) out.writeFloat((float) w[i]);
        out.flush();
    }

    public static LinearChainCrf read(InputStream is) throws IOException {
        DataInputStream in = new DataInputStream(is);
        if (in.readInt() != MAGIC) throw new IOException("not a Marsad CRF model");
        int version = in.readInt();
        if (version != VERSION) throw new IOException("unsupported CRF model version " + version);
        String[] labels = new String[in.readInt()];
        for (int i = 0; i < labels.length; i++) labels[i] = in.readUTF();
        int numAttrs = in.readInt();
        Map<String, Integer> index = new HashMap<>(numAttrs * 4 / 3 + 1);
        int[] start = new int[numAttrs + 1];
        var labs = new java.io.ByteArrayOutputStream();
        double[] pw = new double[numAttrs * 2];
        int slot = 0;
        for (int a = 0; a < numAttrs; a++) {
            index.put(in.readUTF(), a);
            int n = in.readUnsignedByte();
            start[a] = slot;
            for (int k = 0; k < n; k++) {
                labs.write(in.readByte());
                if (slot == pw.length) pw = Arrays.copyOf(pw, pw.length * 2);
                pw[slot++] = in.readFloat();
            }
        }
        start[numAttrs] = slot;
        int L = labels.length;
        double[] w = Arrays.copyOf(pw, slot + L * L + L);
        for (int i = slot; i < w.length; i++) w[i] = in.readFloat();
        return new LinearChainCrf(labels, index, start, labs.toByteArray(), w);
    }
}
