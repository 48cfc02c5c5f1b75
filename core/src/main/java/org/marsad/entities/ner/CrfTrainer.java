package org.marsad.entities.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import opennlp.tools.ml.maxent.quasinewton.Function;
import opennlp.tools.ml.maxent.quasinewton.QNMinimizer;

/**
 * Trains a {@link LinearChainCrf} by minimising the negative conditional log-likelihood with
 * L-BFGS (OpenNLP's {@link QNMinimizer}; L2 and optionally L1 / OWL-QN penalties). Deterministic:
 * attribute ids follow first occurrence in the data, and the sentences are split into fixed
 * contiguous blocks per thread whose gradients are summed in block order.
 */
final class CrfTrainer {
    private CrfTrainer() {}

    /** A sentence as attribute ids per token and gold label ids; weight scales its loss in SGD. */
    record Instance(int[][] x, int[] y, double weight) {
        Instance(int[][] x, int[] y) {
            this(x, y, 1);
        }
    }

    /** Labels and attributes indexed from the training data; attributes seen fewer than cutoff times are dropped. */
    static final class Encoded {
        final String[] labels;
        final Map<String, Integer> attrIndex;
        final int[] attrStart;
        final byte[] pairLabel;
        final List<Instance> data;
        /** Transition attributes ({@link LinearChainCrf#EDGE}); their slots hold label pairs. */
        final boolean[] edge;

        Encoded(String[] labels, Map<String, Integer> attrIndex, int[] attrStart, byte[] pairLabel, List<Instance> data) {
            this.labels = labels;
            this.attrIndex = attrIndex;
            this.attrStart = attrStart;
            this.pairLabel = pairLabel;
            this.data = data;
            this.edge = LinearChainCrf.edgeFlags(attrIndex);
        }
    }

    /**
     * @param features per sentence, per token, the attribute strings
     * @param tags     per sentence, the gold labels
     */
    static Encoded encode(List<List<List<String>>> features, List<List<String>> tags, int cutoff) {
        double[] ones = new double[features.size()];
        Arrays.fill(ones, 1);
        return encode(features, tags, ones, cutoff);
    }

    /** @param weights per sentence, the factor of its loss (SGD only) */
    static Encoded encode(List<List<List<String>>> features, List<List<String>> tags, double[] weights, int cutoff) {
        Map<String, Integer> labelIds = new LinkedHashMap<>();
        labelIds.put("O", 0);
        for (List<String> s : tags) for (String t : s) labelIds.putIfAbsent(t, labelIds.size());
        Map<String, Integer> count = new HashMap<>();
        if (cutoff > 1) for (var s : features) for (var tok : s) for (String f : tok) count.merge(f, 1, Integer::sum);
        Map<String, Integer> attrs = new HashMap<>();
        List<int[][]> xs = new ArrayList<>(features.size());
        int[] masks = new int[1024];
        // a transition attribute's label pairs (previous × L + current) seen with it
        Map<Integer, java.util.BitSet> pairMasks = new HashMap<>();
        for (int i = 0; i < features.size(); i++) {
            List<List<String>> s = features.get(i);
            int[][] x = new int[s.size()][];
            for (int t = 0; t < s.size(); t++) {
                int label = labelIds.get(tags.get(i).get(t));
                int[] ids = new int[s.get(t).size()];
                int n = 0;
                for (String f : s.get(t)) {
                    if (cutoff > 1 && count.get(f) < cutoff) continue;
                    boolean edge = f.startsWith(LinearChainCrf.EDGE);
                    if (edge && t == 0) continue; // no transition into the first token
                    int id = attrs.computeIfAbsent(f, k -> attrs.size());
                    if (id >= masks.length) masks = Arrays.copyOf(masks, masks.length * 2);
                    if (edge) pairMasks.computeIfAbsent(id, k -> new java.util.BitSet()).set(labelIds.get(tags.get(i).get(t - 1)) * 32 + label);
                    else masks[id] |= 1 << label;
                    ids[n++] = id;
                }
                x[t] = Arrays.copyOf(ids, n);
            }
            xs.add(x);
        }
        int numAttrs = attrs.size();
        int L = labelIds.size();
        if (!pairMasks.isEmpty() && L * L > Byte.MAX_VALUE) throw new IllegalArgumentException("too many labels for transition attributes");
        int[] start = new int[numAttrs + 1];
        int slots = 0;
        for (int a = 0; a < numAttrs; a++) {
            start[a] = slots;
            java.util.BitSet pm = pairMasks.get(a);
            slots += pm != null ? pm.cardinality() : Integer.bitCount(masks[a]);
        }
        start[numAttrs] = slots;
        byte[] pairLabel = new byte[slots];
        for (int a = 0; a < numAttrs; a++) {
            int k = start[a];
            java.util.BitSet pm = pairMasks.get(a);
            if (pm != null) {
                for (int b = pm.nextSetBit(0); b >= 0; b = pm.nextSetBit(b + 1)) pairLabel[k++] = (byte) ((b / 32) * L + b % 32);
            } else {
                for (int l = 0; l < 32; l++) if ((masks[a] & (1 << l)) != 0) pairLabel[k++] = (byte) l;
            }
        }
        List<Instance> data = new ArrayList<>(xs.size());
        for (int i = 0; i < xs.size(); i++) {
            int[] y = tags.get(i).stream().mapToInt(labelIds::get).toArray();
            data.add(new Instance(xs.get(i), y, weights[i]));
        }
        return new Encoded(labelIds.keySet().toArray(String[]::new), attrs, start, pairLabel, data);
    }

    static LinearChainCrf train(Encoded e, double l1, double l2, int iterations, int threads) {
        int L = e.labels.length;
        int dim = e.pairLabel.length + L * L + L;
        Objective f = new Objective(e, dim, threads);
        try {
            // 6 correction pairs keep L-BFGS memory at ~12 weight vectors
            QNMinimizer qn = new QNMinimizer(l1, l2, iterations, 6, iterations * 3);
            long t0 = System.nanoTime();
            double[] w = qn.minimize(f);
            if (Boolean.getBoolean("marsad.crf.verbose")) {
                System.err.printf("crf: %d attributes, %d weights, %d evaluations, %.1f s, loss %.1f%n", e.attrIndex.size(), dim,
                        f.evaluations, (System.nanoTime() - t0) / 1e9, f.lastValue);
            }
            return new LinearChainCrf(e.labels, Map.copyOf(e.attrIndex), e.attrStart, e.pairLabel, w);
        } finally {
            f.pool.shutdown();
        }
    }

    /**
     * Stochastic gradient descent with L2 (Bottou 2010; CRFsuite's l2sgd): one sentence at a time in
     * a seeded shuffled order, the penalty applied by rescaling the whole vector, and the initial
     * step size calibrated on the first sentences (the candidate that lowers the loss most wins).
     * The result is the mean of the weights at the end of each epoch of the second half.
     */
    static LinearChainCrf trainSgd(Encoded e, double l2, int epochs) {
        int L = e.labels.length;
        int dim = e.pairLabel.length + L * L + L;
        List<Instance> sample = e.data.subList(0, Math.min(500, e.data.size()));
        double bestEta = 0.1, bestLoss = Double.POSITIVE_INFINITY;
        for (double eta : new double[] {1, 0.5, 0.2, 0.1, 0.05, 0.02, 0.01}) {
            double[] w = sgd(e, sample, dim, l2, eta, 1);
            double loss = loss(e, sample, w, l2);
            if (loss < bestLoss) {
                bestLoss = loss;
                bestEta = eta;
            }
        }
        long t0 = System.nanoTime();
        double[] w = sgd(e, e.data, dim, l2, bestEta, epochs);
        if (Boolean.getBoolean("marsad.crf.verbose")) {
            System.err.printf("crf sgd: %d attributes, %d weights, eta0 %.3f, %d epochs, %.1f s, loss %.1f%n", e.attrIndex.size(), dim,
                    bestEta, epochs, (System.nanoTime() - t0) / 1e9, loss(e, e.data, w, l2));
        }
        return new LinearChainCrf(e.labels, Map.copyOf(e.attrIndex), e.attrStart, e.pairLabel, w);
    }

    /** Penalised negative log-likelihood of some sentences. */
    /**
     * Adds {@code factor} × (expected − observed) feature counts of one sentence to {@code target}: the loss
     * gradient for L-BFGS (factor 1), a scaled SGD step (factor −step). {@code marg} is scratch space of L.
     */
    private static void addGradient(Encoded e, Instance s, LinearChainCrf.Lattice lat, int so, int to, int L,
                                    double[] marg, double[] target, double factor) {
        for (int t = 0; t < s.y().length; t++) {
            for (int y = 0; y < L; y++) marg[y] = lat.marginal(t, y);
            int gy = s.y()[t];
            for (int a : s.x()[t]) {
                if (e.edge[a]) {
                    if (t == 0) continue;
                    int gold = s.y()[t - 1] * L + gy;
                    for (int k = e.attrStart[a], end = e.attrStart[a + 1]; k < end; k++) {
                        int pair = e.pairLabel[k];
                        target[k] += factor * (lat.pairMarginal(t, pair / L, pair % L) - (pair == gold ? 1 : 0));
                    }
                    continue;
                }
                for (int k = e.attrStart[a], end = e.attrStart[a + 1]; k < end; k++) {
                    int y = e.pairLabel[k];
                    target[k] += factor * (marg[y] - (y == gy ? 1 : 0));
                }
            }
            if (t == 0) {
                for (int y = 0; y < L; y++) target[so + y] += factor * marg[y];
                target[so + gy] -= factor;
            } else {
                for (int p = 0; p < L; p++) for (int y = 0; y < L; y++) target[to + p * L + y] += factor * lat.pairMarginal(t, p, y);
                target[to + s.y()[t - 1] * L + gy] -= factor;
            }
        }
    }

    static double loss(Encoded e, List<Instance> data, double[] w, double l2) {
        int L = e.labels.length, to = e.pairLabel.length, so = to + L * L;
        double[] expTrans = LinearChainCrf.Lattice.expTransitions(w, to, L);
        double v = 0;
        for (Instance s : data) {
            if (s.y().length == 0) continue;
            double[][] em = LinearChainCrf.emissions(s.x(), e.attrStart, e.pairLabel, w, L, e.edge);
            double[][] ed = LinearChainCrf.edgeScores(s.x(), e.attrStart, e.pairLabel, w, L, e.edge, 1);
            try {
                v += LinearChainCrf.Lattice.of(em, w, expTrans, to, so, L, ed).logZ - goldScore(s, em, ed, w, to, so, L);
            } catch (ArithmeticException overflow) {
                return Double.POSITIVE_INFINITY;
            }
        }
        double n2 = 0;
        for (double x : w) n2 += x * x;
        return v + l2 * n2 * data.size() / e.data.size();
    }

    private static double goldScore(Instance s, double[][] em, double[][] ed, double[] w, int to, int so, int L) {
        double gold = w[so + s.y()[0]];
        for (int t = 0; t < s.y().length; t++) {
            gold += em[t][s.y()[t]];
            if (t > 0) gold += w[to + s.y()[t - 1] * L + s.y()[t]];
            if (t > 0 && ed[t] != null) gold += ed[t][s.y()[t - 1] * L + s.y()[t]];
        }
        return gold;
    }

    private static double[] sgd(Encoded e, List<Instance> data, int dim, double l2, double eta0, int epochs) {
        int L = e.labels.length, to = e.pairLabel.length, so = to + L * L;
        int n = data.size();
        double lambda = 2 * l2 / e.data.size();
        double[] v = new double[dim];
        double scale = 1;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        java.util.Random rnd = new java.util.Random(20071);
        double[] dense = new double[dim]; // scaled transition and start weights, refreshed per sentence
        double[] marg = new double[L];
        long step = 0;
        double[] avg = new double[dim];
        int averaged = 0;
        for (int epoch = 0; epoch < epochs; epoch++) {
            for (int i = n - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1), tmp = order[i];
                order[i] = order[j];
                order[j] = tmp;
            }
            for (int idx : order) {
                Instance s = data.get(idx);
                int len = s.y().length;
                if (len == 0) continue;
                double eta = eta0 / (1 + lambda * eta0 * step++);
                scale *= 1 - eta * lambda;
                if (scale < 1e-9) {
                    for (int k = 0; k < dim; k++) v[k] *= scale;
                    scale = 1;
                }
                double[][] em = LinearChainCrf.emissions(s.x(), e.attrStart, e.pairLabel, v, L, e.edge);
                for (double[] row : em) for (int y = 0; y < L; y++) row[y] *= scale;
                double[][] ed = LinearChainCrf.edgeScores(s.x(), e.attrStart, e.pairLabel, v, L, e.edge, scale);
                for (int k = to; k < dim; k++) dense[k] = v[k] * scale;
                LinearChainCrf.Lattice lat;
                try {
                    lat = LinearChainCrf.Lattice.of(em, dense, LinearChainCrf.Lattice.expTransitions(dense, to, L), to, so, L, ed);
                } catch (ArithmeticException overflow) {
                    continue;
                }
                addGradient(e, s, lat, so, to, L, marg, v, -(eta / scale * s.weight()));
            }
            if (epoch >= epochs / 2) {
                // average the weights at the end of each epoch of the second half (Polyak averaging)
                for (int k = 0; k < dim; k++) avg[k] += v[k] * scale;
                averaged++;
            }
        }
        if (averaged > 0) {
            for (int k = 0; k < dim; k++) avg[k] /= averaged;
            return avg;
        }
        for (int k = 0; k < dim; k++) v[k] *= scale;
        return v;
    }

    /** Negative log-likelihood and its gradient; value and gradient are computed together and cached. */
    static final class Objective implements Function {
        final Encoded e;
        final int dim, L, to, so;
        final ExecutorService pool;
        final int threads;
        private double[] lastX;
        int evaluations;
        private double lastValue;
        private double[] lastGrad;

        Objective(Encoded e, int dim, int threads) {
            this.e = e;
            this.dim = dim;
            this.L = e.labels.length;
            this.to = e.pairLabel.length;
            this.so = to + L * L;
            this.threads = Math.max(1, threads);
            this.pool = Executors.newFixedThreadPool(this.threads, r -> {
                Thread t = new Thread(r, "crf-train");
                t.setDaemon(true);
                return t;
            });
        }

        @Override
        public int getDimension() {
            return dim;
        }

        @Override
        public double valueAt(double[] x) {
            compute(x);
            return lastValue;
        }

        @Override
        public double[] gradientAt(double[] x) {
            compute(x);
            return lastGrad.clone();
        }

        private void compute(double[] x) {
            if (lastX != null && Arrays.equals(lastX, x)) return;
            evaluations++;
            int n = e.data.size();
            List<Future<Object[]>> parts = new ArrayList<>();
            double[] expTrans = LinearChainCrf.Lattice.expTransitions(x, to, L);
            for (int k = 0; k < threads; k++) {
                int from = (int) ((long) n * k / threads), until = (int) ((long) n * (k + 1) / threads);
                parts.add(pool.submit(() -> block(x, expTrans, from, until)));
            }
            double value = 0;
            double[] grad = null;
            try {
                for (Future<Object[]> p : parts) {
                    Object[] r = p.get();
                    value += (Double) r[0];
                    double[] g = (double[]) r[1];
                    if (grad == null) grad = g;
                    else for (int i = 0; i < dim; i++) grad[i] += g[i];
                }
            } catch (Exception ex) {
                throw new IllegalStateException("CRF gradient computation failed", ex);
            }
            lastX = x.clone();
            lastValue = value;
            lastGrad = grad;
        }

        private Object[] block(double[] w, double[] expTrans, int from, int until) {
            double[] g = new double[dim];
            double value = 0;
            for (int i = from; i < until; i++) {
                Instance s = e.data.get(i);
                int n = s.y().length;
                if (n == 0) continue;
                double[][] em = LinearChainCrf.emissions(s.x(), e.attrStart, e.pairLabel, w, L, e.edge);
                double[][] ed = LinearChainCrf.edgeScores(s.x(), e.attrStart, e.pairLabel, w, L, e.edge, 1);
                LinearChainCrf.Lattice lat;
                try {
                    lat = LinearChainCrf.Lattice.of(em, w, expTrans, to, so, L, ed);
                } catch (ArithmeticException overflow) {
                    // a line-search step too far: an infinite loss makes the minimiser step back
                    return new Object[] {Double.POSITIVE_INFINITY, g};
                }
                value += lat.logZ - goldScore(s, em, ed, w, to, so, L);
                addGradient(e, s, lat, so, to, L, new double[L], g, 1);  // expected minus observed counts
            }
            return new Object[] {value, g};
        }
    }
}
