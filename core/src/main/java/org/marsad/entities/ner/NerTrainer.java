package org.marsad.entities.ner;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.TrainingParameters;

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
     */
    public record Options(String algorithm, int iterations, int cutoff, String encoding, int threads, double l1, double l2,
                          boolean documentStage) {
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
        }

        /** An OpenNLP learner with the given settings. */
        public Options(String algorithm, int iterations, int cutoff, String encoding, int threads) {
            this(algorithm, iterations, cutoff, encoding, threads, 0, 0, false);
        }

        public static Options defaults() {
            return new Options("CRF", 30, 1, "BIO", 2, 0, 0.1, true);
        }

        SequenceCodec<String> codec() {
            return encoding.equals("BIO") ? new BioCodec() : new BilouCodec();
        }
    }

    public static NerModel train(List<ConllCorpus.Sentence> data, Options o) {
        return o.algorithm().startsWith("CRF") ? trainCrf(data, o) : new NerModel.OpenNlp(trainOpenNlp(data, o));
    }

    private static NerModel.Crf trainCrf(List<ConllCorpus.Sentence> data, Options o) {
        ArabicFeatureGenerator gen = new ArabicFeatureGenerator(NerLexicon.shipped(), NerResources.clusters());
        List<List<List<String>>> features = new ArrayList<>(data.size());
        List<List<String>> tags = new ArrayList<>(data.size());
        for (ConllCorpus.Sentence s : data) {
            features.add(NerModel.Crf.features(gen, s.tokens().toArray(String[]::new)));
            tags.add(cleanBio(s.tags()));
        }
        LinearChainCrf first = trainStage(features, tags, o);
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
            LinearChainCrf m = trainStage(f, t, o);
            for (int i = from; i < to; i++) predicted.add(NerModel.Crf.decode(m, features.get(i), false).tags());
        }
        List<String[]> sentences = data.stream().map(s -> s.tokens().toArray(String[]::new)).toList();
        var doc = DocumentFeatures.of(NerModel.Crf.keys(sentences, NerResources.clusters()), predicted);
        List<List<List<String>>> joined = new ArrayList<>(n);
        for (int i = 0; i < n; i++) joined.add(NerModel.Crf.join(features.get(i), doc.get(i)));
        features = null;
        return new NerModel.Crf(List.of(first, trainStage(joined, tags, o)));
    }

    private static LinearChainCrf trainStage(List<List<List<String>>> features, List<List<String>> tags, Options o) {
        CrfTrainer.Encoded e = CrfTrainer.encode(features, tags, o.cutoff());
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
