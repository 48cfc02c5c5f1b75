package org.marsad.entities.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Transition attributes ({@link LinearChainCrf#EDGE}): observations that weigh the label pair
 * (previous, current) rather than the current label. Likelihood, gradient, Viterbi, marginals,
 * file and pruning checked against the definition on small hand-made problems.
 */
class CrfTransitionAttributesTest {
    private static final String[] LABELS = {"O", "B-PER", "I-PER"};

    /** Three labels; state attributes a0..a4 and transition attributes E:e0..E:e2; short sentences. */
    static CrfTrainer.Encoded toyProblem() {
        List<List<List<String>>> x = new ArrayList<>();
        List<List<String>> y = new ArrayList<>();
        Random r = new Random(17);
        for (int s = 0; s < 12; s++) {
            int n = 1 + r.nextInt(5);
            List<List<String>> toks = new ArrayList<>();
            List<String> tags = new ArrayList<>();
            for (int t = 0; t < n; t++) {
                List<String> f = new ArrayList<>(List.of("a" + r.nextInt(5), "bias"));
                if (t > 0 && r.nextInt(3) > 0) f.add(LinearChainCrf.EDGE + "e" + r.nextInt(3));
                toks.add(f);
                tags.add(LABELS[r.nextInt(3)]);
            }
            x.add(toks);
            y.add(tags);
        }
        return CrfTrainer.encode(x, y, 1);
    }

    static int dim(CrfTrainer.Encoded e) {
        return e.pairLabel.length + e.labels.length * e.labels.length + e.labels.length;
    }

    /** Unnormalised score of one labelling, straight from the definition: a transition attribute's slot names a label pair. */
    static double score(LinearChainCrf m, int[][] x, int[] y) {
        int L = m.numLabels();
        double s = m.w[m.startOffset() + y[0]];
        for (int t = 0; t < y.length; t++) {
            if (t > 0) s += m.w[m.transOffset() + y[t - 1] * L + y[t]];
            for (int a : x[t]) {
                for (int k = m.attrStart[a]; k < m.attrStart[a + 1]; k++) {
                    if (!m.edge[a] && m.pairLabel[k] == y[t]) s += m.w[k];
                    if (m.edge[a] && t > 0 && m.pairLabel[k] == y[t - 1] * L + y[t]) s += m.w[k];
                }
            }
        }
        return s;
    }

    @Test
    void transitionAttributesOwnOneSlotPerLabelPairSeenInTraining() {
        List<List<List<String>>> xs = List.of(
                List.of(List.of("w=a"), List.of("w=b", "E:w=b"), List.of("w=c", "E:w=c")),
                List.of(List.of("w=a"), List.of("w=b", "E:w=b"), List.of("w=d", "E:w=d")));
        List<List<String>> ys = List.of(List.of("B-PER", "I-PER", "O"), List.of("O", "B-PER", "I-PER"));
        CrfTrainer.Encoded e = CrfTrainer.encode(xs, ys, 1);
        int L = e.labels.length;
        int b = e.attrIndex.get("E:w=b");
        assertThat(e.edge[b]).isTrue();
        assertThat(e.edge[e.attrIndex.get("w=b")]).isFalse();
        List<Integer> pairs = new ArrayList<>();
        for (int k = e.attrStart[b]; k < e.attrStart[b + 1]; k++) pairs.add((int) e.pairLabel[k]);
        int o = 0, bPer = Arrays.asList(e.labels).indexOf("B-PER"), iPer = Arrays.asList(e.labels).indexOf("I-PER");
        assertThat(pairs).containsExactlyInAnyOrder(bPer * L + iPer, o * L + bPer);
    }

    @Test
    void nerTransitionFeaturesAreTheFoldedWordsOnEitherSideOfTheBoundary() {
        var clusters = WordClusters.of(java.util.Map.of("بن", new WordClusters.Ids(1, 12, 123, 5)));
        var gen = new ArabicFeatureGenerator(NerLexicon.of(java.util.Map.of()), clusters, java.util.Map.of());
        String[] s = "استقبل أحمد بن سالم الوفد".split(" ");
        List<List<String>> f = NerModel.Crf.features(gen, s, true);
        assertThat(f.get(2)).contains("E:w=بن", "E:pw=احمد", "E:c=12", "E:pc=none");
        assertThat(f.get(3)).contains("E:w=سالم", "E:pw=بن", "E:c=none", "E:pc=12");
        assertThat(f.get(0)).noneMatch(x -> x.startsWith(LinearChainCrf.EDGE));
        assertThat(NerModel.Crf.features(gen, s, false)).allSatisfy(t -> assertThat(t).noneMatch(x -> x.startsWith(LinearChainCrf.EDGE)));
    }

    @Test
    void aTransitionAttributeOnTheFirstTokenIsDropped() {
        List<List<List<String>>> xs = List.of(List.of(List.of("w=a", "E:w=a"), List.of("w=b")));
        CrfTrainer.Encoded e = CrfTrainer.encode(xs, List.of(List.of("B-PER", "O")), 1);
        assertThat(e.attrIndex).doesNotContainKey("E:w=a");
    }

    @Test
    void gradientMatchesFiniteDifferences() {
        CrfTrainer.Encoded e = toyProblem();
        LinearChainCrfTest.assertGradientMatchesFiniteDifferences(e, dim(e));
    }

    @Test
    void lossIsLogPartitionMinusGoldScore() {
        CrfTrainer.Encoded e = toyProblem();
        double[] w = LinearChainCrfTest.randomWeights(dim(e), 5);
        LinearChainCrf m = LinearChainCrfTest.crf(e, w);
        double expected = 0;
        for (CrfTrainer.Instance s : e.data) {
            double z = 0;
            for (int[] y : LinearChainCrfTest.allLabellings(s.y().length, 3)) z += Math.exp(score(m, s.x(), y));
            expected += Math.log(z) - score(m, s.x(), s.y());
        }
        var f = new CrfTrainer.Objective(e, dim(e), 1);
        try {
            assertThat(f.valueAt(w)).isCloseTo(expected, within(1e-9));
        } finally {
            f.pool.shutdown();
        }
    }

    @Test
    void viterbiFindsTheHighestScoringLabelling() {
        CrfTrainer.Encoded e = toyProblem();
        for (long seed = 0; seed < 10; seed++) {
            LinearChainCrf m = LinearChainCrfTest.crf(e, LinearChainCrfTest.randomWeights(dim(e), seed));
            for (CrfTrainer.Instance s : e.data) {
                int[] best = LinearChainCrfTest.allLabellings(s.y().length, 3).stream()
                        .max((a, b) -> Double.compare(score(m, s.x(), a), score(m, s.x(), b))).orElseThrow();
                assertThat(m.decode(s.x()).labels()).isEqualTo(best);
            }
        }
    }

    @Test
    void marginalsAreProbabilitiesOfTheBruteForceDistribution() {
        CrfTrainer.Encoded e = toyProblem();
        LinearChainCrf m = LinearChainCrfTest.crf(e, LinearChainCrfTest.randomWeights(dim(e), 11));
        for (CrfTrainer.Instance s : e.data) {
            int n = s.y().length;
            double z = 0;
            double[][] brute = new double[n][3];
            for (int[] y : LinearChainCrfTest.allLabellings(n, 3)) {
                double p = Math.exp(score(m, s.x(), y));
                z += p;
                for (int t = 0; t < n; t++) brute[t][y[t]] += p;
            }
            var d = m.decode(s.x());
            for (int t = 0; t < n; t++) assertThat(d.probs()[t]).isCloseTo(brute[t][d.labels()[t]] / z, within(1e-9));
        }
    }

    @Test
    void sgdLearnsWhatOnlyTheTransitionAttributeTells() {
        // the tokens' state attributes are identical; only "E:join" on the second token says whether
        // the two words are one name (B-PER I-PER) or two (B-PER B-PER)
        List<List<List<String>>> xs = new ArrayList<>();
        List<List<String>> ys = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            xs.add(List.of(List.of("w=saw", "bias"), List.of("w=zaid", "bias"), List.of("w=amr", "bias", "E:join")));
            ys.add(List.of("O", "B-PER", "I-PER"));
            xs.add(List.of(List.of("w=saw", "bias"), List.of("w=zaid", "bias"), List.of("w=amr", "bias")));
            ys.add(List.of("O", "B-PER", "B-PER"));
        }
        CrfTrainer.Encoded e = CrfTrainer.encode(xs, ys, 1);
        LinearChainCrf m = CrfTrainer.trainSgd(e, 0.1, 20);
        assertThat(labels(m, e.data.get(0).x())).containsExactly("O", "B-PER", "I-PER");
        assertThat(labels(m, e.data.get(1).x())).containsExactly("O", "B-PER", "B-PER");
    }

    @Test
    void modelFileRoundTripsTransitionAttributes() throws IOException {
        CrfTrainer.Encoded e = toyProblem();
        LinearChainCrf m = LinearChainCrfTest.crf(e, LinearChainCrfTest.randomWeights(dim(e), 4));
        var bytes = new ByteArrayOutputStream();
        m.write(bytes);
        LinearChainCrf back = LinearChainCrf.read(new ByteArrayInputStream(bytes.toByteArray()));
        for (CrfTrainer.Instance s : e.data) {
            var a = m.decode(s.x());
            var b = back.decode(s.x());
            assertThat(b.labels()).isEqualTo(a.labels());
            for (int t = 0; t < a.probs().length; t++) assertThat(b.probs()[t]).isCloseTo(a.probs()[t], within(1e-5));
        }
    }

    @Test
    void pruningKeepsTheTransitionAttributesThatMatter() {
        CrfTrainer.Encoded e = toyProblem();
        LinearChainCrf m = LinearChainCrfTest.crf(e, LinearChainCrfTest.randomWeights(dim(e), 9));
        LinearChainCrf p = m.pruned(1e-3);
        assertThat(p.attrIndex.keySet().stream().filter(k -> k.startsWith(LinearChainCrf.EDGE))).isNotEmpty();
        for (CrfTrainer.Instance s : e.data) {
            int[][] x = new int[s.x().length][];
            for (int t = 0; t < x.length; t++) {
                List<String> names = new ArrayList<>();
                for (int a : s.x()[t]) for (var en : e.attrIndex.entrySet()) if (en.getValue() == a) names.add(en.getKey());
                x[t] = p.attributes(names);
            }
            assertThat(p.decode(x).labels()).isEqualTo(m.decode(s.x()).labels());
        }
    }

    private static List<String> labels(LinearChainCrf m, int[][] x) {
        return Arrays.stream(m.decode(x).labels()).mapToObj(l -> m.labels[l]).toList();
    }
}
