package org.marsad.entities.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The CRF's likelihood, gradient, Viterbi decoding, marginals and model file, on small hand-made problems. */
class LinearChainCrfTest {
    /** Three labels; attributes a0..a5; a few short sentences. */
    static CrfTrainer.Encoded toyProblem() {
        List<List<List<String>>> x = new ArrayList<>();
        List<List<String>> y = new ArrayList<>();
        Random r = new Random(7);
        String[] labels = {"O", "B-PER", "I-PER"};
        for (int s = 0; s < 12; s++) {
            int n = 1 + r.nextInt(5);
            List<List<String>> toks = new ArrayList<>();
            List<String> tags = new ArrayList<>();
            for (int t = 0; t < n; t++) {
                String tag = labels[r.nextInt(3)];
                toks.add(List.of("a" + r.nextInt(6), "a" + r.nextInt(6), "bias"));
                tags.add(tag);
            }
            x.add(toks);
            y.add(tags);
        }
        return CrfTrainer.encode(x, y, 1);
    }

    static double[] randomWeights(int dim, long seed) {
        Random r = new Random(seed);
        double[] w = new double[dim];
        for (int i = 0; i < dim; i++) w[i] = r.nextGaussian() * 0.7;
        return w;
    }

    static LinearChainCrf crf(CrfTrainer.Encoded e, double[] w) {
        return new LinearChainCrf(e.labels, e.attrIndex, e.attrStart, e.pairLabel, w);
    }

    /** Unnormalised score of one labelling, straight from the definition. */
    static double score(LinearChainCrf m, int[][] x, int[] y) {
        double[][] em = LinearChainCrf.emissions(x, m.attrStart, m.pairLabel, m.w, m.numLabels());
        double s = m.w[m.startOffset() + y[0]];
        for (int t = 0; t < y.length; t++) {
            s += em[t][y[t]];
            if (t > 0) s += m.w[m.transOffset() + y[t - 1] * m.numLabels() + y[t]];
        }
        return s;
    }

    static List<int[]> allLabellings(int n, int L) {
        List<int[]> out = new ArrayList<>();
        int total = (int) Math.pow(L, n);
        for (int k = 0; k < total; k++) {
            int[] y = new int[n];
            for (int t = 0, v = k; t < n; t++, v /= L) y[t] = v % L;
            out.add(y);
        }
        return out;
    }

    @Test
    void gradientMatchesFiniteDifferences() {
        CrfTrainer.Encoded e = toyProblem();
        assertGradientMatchesFiniteDifferences(e, e.pairLabel.length + e.labels.length * e.labels.length + e.labels.length);
    }

    /** The objective's gradient at seeded random weights against central finite differences, every coordinate. */
    static void assertGradientMatchesFiniteDifferences(CrfTrainer.Encoded e, int dim) {
        var f = new CrfTrainer.Objective(e, dim, 2);
        try {
            double[] w = randomWeights(dim, 3);
            double[] g = f.gradientAt(w);
            double h = 1e-5;
            for (int i = 0; i < dim; i++) {
                double[] plus = w.clone(), minus = w.clone();
                plus[i] += h;
                minus[i] -= h;
                double numeric = (f.valueAt(plus) - f.valueAt(minus)) / (2 * h);
                assertThat(g[i]).as("d loss / d w[%d]", i).isCloseTo(numeric, within(1e-5));
            }
        } finally {
            f.pool.shutdown();
        }
    }

    @Test
    void lossIsLogPartitionMinusGoldScore() {
        CrfTrainer.Encoded e = toyProblem();
        int dim = e.pairLabel.length + e.labels.length * e.labels.length + e.labels.length;
        double[] w = randomWeights(dim, 5);
        LinearChainCrf m = crf(e, w);
        double expected = 0;
        for (CrfTrainer.Instance s : e.data) {
            double z = 0;
            for (int[] y : allLabellings(s.y().length, 3)) z += Math.exp(score(m, s.x(), y));
            expected += Math.log(z) - score(m, s.x(), s.y());
        }
        var f = new CrfTrainer.Objective(e, dim, 1);
        try {
            assertThat(f.valueAt(w)).isCloseTo(expected, within(1e-9));
        } finally {
            f.pool.shutdown();
        }
    }

    @Test
    void viterbiFindsTheHighestScoringLabelling() {
        CrfTrainer.Encoded e = toyProblem();
        int dim = e.pairLabel.length + 9 + 3;
        for (long seed = 0; seed < 10; seed++) {
            LinearChainCrf m = crf(e, randomWeights(dim, seed));
            for (CrfTrainer.Instance s : e.data) {
                int[] best = allLabellings(s.y().length, 3).stream()
                        .max((a, b) -> Double.compare(score(m, s.x(), a), score(m, s.x(), b))).orElseThrow();
                assertThat(m.decode(s.x()).labels()).isEqualTo(best);
            }
        }
    }

    @Test
    void marginalsAreProbabilitiesOfTheBruteForceDistribution() {
        CrfTrainer.Encoded e = toyProblem();
        LinearChainCrf m = crf(e, randomWeights(e.pairLabel.length + 12, 11));
        for (CrfTrainer.Instance s : e.data) {
            int n = s.y().length;
            double z = 0;
            double[][] brute = new double[n][3];
            for (int[] y : allLabellings(n, 3)) {
                double p = Math.exp(score(m, s.x(), y));
                z += p;
                for (int t = 0; t < n; t++) brute[t][y[t]] += p;
            }
            var d = m.decode(s.x());
            for (int t = 0; t < n; t++) {
                assertThat(d.probs()[t]).isCloseTo(brute[t][d.labels()[t]] / z, within(1e-9));
            }
        }
    }

    @Test
    void emptySentenceDecodesToNothing() {
        LinearChainCrf m = crf(toyProblem(), randomWeights(toyProblem().pairLabel.length + 12, 1));
        assertThat(m.decode(new int[0][]).labels()).isEmpty();
    }

    @Test
    void unknownAttributesAreIgnored() {
        CrfTrainer.Encoded e = toyProblem();
        LinearChainCrf m = crf(e, randomWeights(e.pairLabel.length + 12, 2));
        assertThat(m.attributes(List.of("a1", "never-seen", "bias"))).containsExactly(e.attrIndex.get("a1"), e.attrIndex.get("bias"));
    }

    @Test
    void trainingLearnsASeparableProblem() {
        // "x" is always a one-token person, "y" starts a two-token person, anything else is O
        List<List<List<String>>> xs = new ArrayList<>();
        List<List<String>> ys = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            xs.add(List.of(List.of("w=a"), List.of("w=x"), List.of("w=b"), List.of("w=y"), List.of("w=z"), List.of("w=c")));
            ys.add(List.of("O", "B-PER", "O", "B-PER", "I-PER", "O"));
        }
        CrfTrainer.Encoded e = CrfTrainer.encode(xs, ys, 1);
        LinearChainCrf m = CrfTrainer.train(e, 0, 0.01, 100, 1);
        int[] got = m.decode(e.data.getFirst().x()).labels();
        assertThat(Arrays.stream(got).mapToObj(l -> m.labels().get(l)).toList()).isEqualTo(ys.getFirst());
    }

    @Test
    void sgdIgnoresASentenceOfWeightZeroAndHeedsItWithWeightOne() {
        // "w=q" occurs only in the last sentence, tagged as a person there
        List<List<List<String>>> xs = new ArrayList<>();
        List<List<String>> ys = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            xs.add(List.of(List.of("w=a", "bias"), List.of("w=x", "bias"), List.of("w=b", "bias")));
            ys.add(List.of("O", "B-PER", "O"));
        }
        xs.add(List.of(List.of("w=a", "bias"), List.of("w=q", "bias"), List.of("w=b", "bias")));
        ys.add(List.of("O", "B-PER", "O"));
        double[] weights = new double[xs.size()];
        Arrays.fill(weights, 1);
        weights[weights.length - 1] = 0;
        LinearChainCrf ignored = CrfTrainer.trainSgd(CrfTrainer.encode(xs, ys, weights, 1), 0.1, 10);
        int q = ignored.attrIndex.get("w=q");
        for (int k = ignored.attrStart[q]; k < ignored.attrStart[q + 1]; k++) assertThat(ignored.w[k]).isZero();
        weights[weights.length - 1] = 1;
        LinearChainCrf heeded = CrfTrainer.trainSgd(CrfTrainer.encode(xs, ys, weights, 1), 0.1, 10);
        q = heeded.attrIndex.get("w=q");
        double per = 0;
        for (int k = heeded.attrStart[q]; k < heeded.attrStart[q + 1]; k++) if (heeded.labels[heeded.pairLabel[k]].equals("B-PER")) per = heeded.w[k];
        assertThat(per).isGreaterThan(0.1);
    }

    @Test
    void modelFileRoundTripsAndRejectsOtherBytes() throws IOException {
        CrfTrainer.Encoded e = toyProblem();
        LinearChainCrf m = crf(e, randomWeights(e.pairLabel.length + 12, 4));
        var bytes = new ByteArrayOutputStream();
        m.write(bytes);
        LinearChainCrf back = LinearChainCrf.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(back.labels()).isEqualTo(m.labels());
        for (CrfTrainer.Instance s : e.data) assertThat(back.decode(s.x()).labels()).isEqualTo(m.decode(s.x()).labels());
        assertThatThrownBy(() -> LinearChainCrf.read(new ByteArrayInputStream(new byte[] {1, 2, 3, 4, 5, 6, 7, 8})))
                .isInstanceOf(IOException.class).hasMessageContaining("not a Marsad CRF model");
    }

    @Test
    void pruningDropsOnlySmallWeightsAndKeepsDecoding() {
        CrfTrainer.Encoded e = toyProblem();
        double[] w = randomWeights(e.pairLabel.length + 12, 9);
        w[0] = 1e-5; // one tiny pair weight
        LinearChainCrf m = crf(e, w);
        LinearChainCrf p = m.pruned(1e-3);
        assertThat(p.pairLabel.length).isEqualTo(m.pairLabel.length - 1);
        for (CrfTrainer.Instance s : e.data) {
            // re-map attribute ids by name
            int[][] x = new int[s.x().length][];
            for (int t = 0; t < x.length; t++) {
                List<String> names = new ArrayList<>();
                for (int a : s.x()[t]) for (var en : e.attrIndex.entrySet()) if (en.getValue() == a) names.add(en.getKey());
                x[t] = p.attributes(names);
            }
            assertThat(p.decode(x).labels()).isEqualTo(m.decode(s.x()).labels());
        }
    }
}
