package org.marsad.entities.ner;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.TrainingParameters;
import org.marsad.common.SharedData;

/** Trains the Arabic name finder and cross-validates it. Deterministic for fixed options and data. */
public final class NerTrainer {
    /** CRF weights smaller than this are dropped after training (see {@link LinearChainCrf#pruned}). */
    static final double PRUNE = 1e-3;

    private NerTrainer() {}

    /**
     * @param algorithm CRF (linear-chain CRF, SGD; iterations = epochs), CRF_LBFGS (the same CRF by L-BFGS), or an OpenNLP trainer: PERCEPTRON, MAXENT (GIS),
     *                  MAXENT_QN, PERCEPTRON_SEQUENCE
     * @param encoding  BIO or BILOU (BILOU only for the OpenNLP learners)
     * @param l1        CRF L1 penalty (0 = none)
     * @param l2        CRF L2 penalty
     * @param documentStage CRF only: add a second stage with document-level features ({@link DocumentFeatures})
     * @param selfTraining CRF with document stage only: sentences of unlabelled news tagged by a first model and added
     *                     to the training data of a second ({@link SelfTraining}); {@link SelfTraining.Config#NONE} for none
     * @param transitions  CRF only: transition attributes, the words (and their clusters) on either side of each label transition
     *                     ({@link NerModel.Crf#transitionFeatures})
     */
    public record Options(String algorithm, int iterations, int cutoff, String encoding, int threads, double l1, double l2,
                          boolean documentStage, SelfTraining.Config selfTraining, boolean transitions) {
        public Options {
            if (!List.of("CRF", "CRF_LBFGS", "MAXENT", "MAXENT_QN", "PERCEPTRON", "PERCEPTRON_SEQUENCE").contains(algorithm)) {
                throw new IllegalArgumentException("unknown algorithm " + algorithm + " (CRF, CRF_LBFGS, MAXENT, MAXENT_QN, PERCEPTRON, PERCEPTRON_SEQUENCE)");
            }
            if (!encoding.equals("BIO") && !encoding.equals("BILOU")) {
                throw new IllegalArgumentException("unknown encoding " + encoding + " (BIO, BILOU)");
            }
            if (algorithm.startsWith("CRF") && !encoding.equals("BIO")) throw new IllegalArgumentException("the CRF uses BIO tags");
            if (iterations < 1 || cutoff < 0 || threads < 1) throw new IllegalArgumentException("iterations, threads >= 1, cutoff >= 0");
            if (l1 < 0 || l2 < 0) throw new IllegalArgumentException("l1, l2 >= 0");
            if (documentStage && !algorithm.startsWith("CRF")) throw new IllegalArgumentException("the document stage needs the CRF");
            if (selfTraining.sentences() > 0 && !(algorithm.equals("CRF") && documentStage)) {
                throw new IllegalArgumentException("self-training needs the SGD CRF with its document stage");
            }
            if (transitions && !algorithm.startsWith("CRF")) throw new IllegalArgumentException("transition attributes need the CRF");
        }

        /** Without self-training and transition attributes. */
        public Options(String algorithm, int iterations, int cutoff, String encoding, int threads, double l1, double l2, boolean documentStage) {
            this(algorithm, iterations, cutoff, encoding, threads, l1, l2, documentStage, SelfTraining.Config.NONE, false);
        }

        /** An OpenNLP learner with the given settings. */
        public Options(String algorithm, int iterations, int cutoff, String encoding, int threads) {
            this(algorithm, iterations, cutoff, encoding, threads, 0, 0, false);
        }

        public static Options defaults() {
            return new Options("CRF", 30, 1, "BIO", 2, 0, 0.1, true, SelfTraining.Config.DEFAULT, true);
        }

        SequenceCodec<String> codec() {
            return encoding.equals("BIO") ? new BioCodec() : new BilouCodec();
        }
    }

    public static NerModel train(List<ConllCorpus.Sentence> data, Options o) {
        return o.algorithm().startsWith("CRF") ? trainCrf(data, o) : new NerModel.OpenNlp(trainOpenNlp(data, o));
    }

    private static NerModel.Crf trainCrf(List<ConllCorpus.Sentence> data, Options o) {
        NerModel.Crf base = trainCrf(data, List.of(), 0, o, Optional.empty());
        SelfTraining.Config cfg = o.selfTraining();
        if (cfg.sentences() == 0) return base;
        // self-training: the model of the labelled data alone picks and tags the extra sentences, so
        // inside cross-validation nothing of the test fold is used
        java.util.Set<String> known = new java.util.HashSet<>();
        for (ConllCorpus.Sentence s : data) for (String t : s.tokens()) known.add(NerText.fold(t));
        List<ConllCorpus.Sentence> extra = SelfTraining.select(base.decoder(), unlabelled(cfg.every()), cfg, known);
        if (Boolean.getBoolean("marsad.crf.verbose")) System.err.printf("self-training: %d sentences selected%n", extra.size());
        return trainCrf(data, extra, cfg.weight(), o, Optional.of(base.stages().getFirst()));
    }

    private static List<List<String[]>> unlabelledCache;
    private static int unlabelledEvery;

    private static synchronized List<List<String[]>> unlabelled(int every) {
        if (unlabelledCache == null || unlabelledEvery != every) {
            Path dir = SharedData.resolve("corpus/saudinewsnet/dataset").orElseThrow(() ->
                    new IllegalArgumentException("self-training needs SaudiNewsNet under ../shared/corpus/saudinewsnet/dataset"));
            unlabelledCache = SelfTraining.articles(dir, every, Integer.MAX_VALUE);
            unlabelledEvery = every;
        }
        return unlabelledCache;
    }

    /**
     * @param extra       self-tagged sentences added to the training data of both stages, with loss weight {@code extraWeight}
     * @param extraTagger the first stage that tags {@code extra} for the second stage's document features (it never saw them)
     */
    private static NerModel.Crf trainCrf(List<ConllCorpus.Sentence> data, List<ConllCorpus.Sentence> extra, double extraWeight,
                                         Options o, Optional<LinearChainCrf> extraTagger) {
        ArabicFeatureGenerator gen = new ArabicFeatureGenerator(NerLexicon.shipped(), NerResources.clusters());
        List<List<List<String>>> features = new ArrayList<>(data.size());
        List<List<String>> tags = new ArrayList<>(data.size());
        for (ConllCorpus.Sentence s : data) {
            features.add(NerModel.Crf.features(gen, s.tokens().toArray(String[]::new), o.transitions()));
            tags.add(cleanBio(s.tags()));
        }
        List<List<List<String>>> xf = new ArrayList<>(extra.size());
        List<List<String>> xt = new ArrayList<>(extra.size());
        for (ConllCorpus.Sentence s : extra) {
            xf.add(NerModel.Crf.features(gen, s.tokens().toArray(String[]::new), o.transitions()));
            xt.add(cleanBio(s.tags()));
        }
        LinearChainCrf first = trainStage(concat(features, xf), concat(tags, xt), weights(features.size(), xf.size(), extraWeight), o);
        if (!o.documentStage()) return new NerModel.Crf(List.of(first));
        // the second stage learns from first-stage tags the first stage did not see in training:
        // cross-fitted over contiguous parts of the training data
        int parts = 4, n = data.size();
        List<List<String>> predicted = new ArrayList<>(n);
        for (int k = 0; k < parts; k++) {
            int from = n * k / parts, to = n * (k + 1) / parts;
            List<List<List<String>>> f = new ArrayList<>(features.subList(0, from));
            f.addAll(features.subList(to, n));
            List<List<String>> t = new ArrayList<>(tags.subList(0, from));
            t.addAll(tags.subList(to, n));
            int m0 = f.size();
            f.addAll(xf);
            t.addAll(xt);
            LinearChainCrf m = trainStage(f, t, weights(m0, f.size() - m0, extraWeight), o);
            for (int i = from; i < to; i++) predicted.add(NerModel.Crf.decode(m, features.get(i), false).tags());
        }
        List<String[]> sentences = data.stream().map(s -> s.tokens().toArray(String[]::new)).toList();
        var doc = DocumentFeatures.of(NerModel.Crf.keys(sentences, NerResources.clusters()), predicted);
        List<List<List<String>>> joined = new ArrayList<>(n);
        for (int i = 0; i < n; i++) joined.add(NerModel.Crf.join(features.get(i), doc.get(i)));
        features = null;
        List<List<String>> secondTags = new ArrayList<>(tags);
        int secondExtra = 0;
        if (!extra.isEmpty()) {
            List<String[]> xs = extra.stream().map(s -> s.tokens().toArray(String[]::new)).toList();
            List<List<String>> xp = xf.stream().map(f -> NerModel.Crf.decode(extraTagger.orElseThrow(), f, false).tags()).toList();
            var xdoc = DocumentFeatures.of(NerModel.Crf.keys(xs, NerResources.clusters()), xp);
            for (int i = 0; i < xf.size(); i++) joined.add(NerModel.Crf.join(xf.get(i), xdoc.get(i)));
            secondTags.addAll(xt);
            secondExtra = xf.size();
        }
        return new NerModel.Crf(List.of(first, trainStage(joined, secondTags, weights(n, secondExtra, extraWeight), o)));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a.size() + b.size());
        out.addAll(a);
        out.addAll(b);
        return out;
    }

    private static double[] weights(int labelled, int extra, double extraWeight) {
        double[] w = new double[labelled + extra];
        java.util.Arrays.fill(w, 0, labelled, 1);
        java.util.Arrays.fill(w, labelled, w.length, extraWeight);
        return w;
    }

    private static LinearChainCrf trainStage(List<List<List<String>>> features, List<List<String>> tags, double[] weights, Options o) {
        CrfTrainer.Encoded e = CrfTrainer.encode(features, tags, weights, o.cutoff());
        LinearChainCrf crf = o.algorithm().equals("CRF") ? CrfTrainer.trainSgd(e, o.l2(), o.iterations())
                : CrfTrainer.train(e, o.l1(), o.l2(), o.iterations(), o.threads());
        return crf.pruned(PRUNE);
    }

    /** The tags rewritten from their conlleval chunks, so an I- after O becomes B-. */
    static List<String> cleanBio(List<String> tags) {
        String[] out = new String[tags.size()];
        java.util.Arrays.fill(out, "O");
        for (ConllEval.Chunk c : ConllEval.chunks(tags)) {
            for (int i = c.start(); i < c.end(); i++) out[i] = (i == c.start() ? "B-" : "I-") + c.type();
        }
        return List.of(out);
    }

    private static TokenNameFinderModel trainOpenNlp(List<ConllCorpus.Sentence> data, Options o) {
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, o.algorithm());
        p.put(TrainingParameters.ITERATIONS_PARAM, o.iterations());
        p.put(TrainingParameters.CUTOFF_PARAM, o.cutoff());
        p.put(TrainingParameters.THREADS_PARAM, o.threads());
        List<NameSample> samples = data.stream().map(ConllCorpus.Sentence::toNameSample).toList();
        try {
            return NameFinderME.train("ar", null, ObjectStreamUtils.createObjectStream(samples), p,
                    new ArabicNerFactory(o.codec()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Scores a model on sentences taken as one running text (the document stage sees its neighbours). */
    public static ConllEval evaluate(NerModel model, List<ConllCorpus.Sentence> data) {
        List<NerModel.Tagged> guess = model.decoder().tagDocument(data.stream().map(s -> s.tokens().toArray(String[]::new)).toList());
        ConllEval eval = new ConllEval();
        for (int i = 0; i < data.size(); i++) eval.add(data.get(i).tags(), guess.get(i).tags());
        return eval;
    }

    /**
     * k-fold cross-validation over contiguous blocks of sentences (not round-robin), so sentences
     * of one news story stay in one fold and the score is not inflated by near-duplicates.
     */
    public static ConllEval crossValidate(List<ConllCorpus.Sentence> data, int folds, Options o, PrintStream log) {
        return crossValidate(data, folds, folds, o, log);
    }

    /** The first {@code run} folds of a k-fold cross-validation only (quick comparisons). */
    public static ConllEval crossValidate(List<ConllCorpus.Sentence> data, int folds, int run, Options o, PrintStream log) {
        if (folds < 2 || folds > data.size()) throw new IllegalArgumentException("folds must be in 2.." + data.size());
        ConllEval all = new ConllEval();
        for (int k = 0; k < Math.min(run, folds); k++) {
            int from = (int) ((long) data.size() * k / folds), to = (int) ((long) data.size() * (k + 1) / folds);
            List<ConllCorpus.Sentence> train = new ArrayList<>(data.subList(0, from));
            train.addAll(data.subList(to, data.size()));
            ConllEval e = evaluate(train(train, o), data.subList(from, to));
            var c = e.overall(ConllEval.CORE_TYPES);
            log.printf(Locale.ROOT, "fold %d/%d: PER+LOC+ORG P %.4f R %.4f F1 %.4f%n", k + 1, folds, c.precision(), c.recall(), c.f1());
            all.addAll(e);
        }
        return all;
    }
}
