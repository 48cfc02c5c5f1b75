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
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/** Trains the Arabic name finder and cross-validates it. Deterministic for fixed options and data. */
public final class NerTrainer {
    private NerTrainer() {}

    /**
     * @param algorithm OpenNLP trainer: MAXENT (GIS), MAXENT_QN (L-BFGS), PERCEPTRON
     * @param encoding  BIO or BILOU
     */
    public record Options(String algorithm, int iterations, int cutoff, String encoding, int threads) {
        public Options {
            if (!List.of("MAXENT", "MAXENT_QN", "PERCEPTRON", "PERCEPTRON_SEQUENCE").contains(algorithm)) {
                throw new IllegalArgumentException("unknown algorithm " + algorithm + " (MAXENT, MAXENT_QN, PERCEPTRON, PERCEPTRON_SEQUENCE)");
            }
            if (!encoding.equals("BIO") && !encoding.equals("BILOU")) {
                throw new IllegalArgumentException("unknown encoding " + encoding + " (BIO, BILOU)");
            }
            if (iterations < 1 || cutoff < 0 || threads < 1) throw new IllegalArgumentException("iterations, threads >= 1, cutoff >= 0");
        }

        public static Options defaults() {
            return new Options("PERCEPTRON", 100, 1, "BIO", 2);
        }

        SequenceCodec<String> codec() {
            return encoding.equals("BIO") ? new BioCodec() : new BilouCodec();
        }
    }

    public static TokenNameFinderModel train(List<ConllCorpus.Sentence> data, Options o) {
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

    /** The BIO tags a model assigns to one sentence. */
    public static List<String> tag(NameFinderME finder, List<String> tokens) {
        Span[] spans = finder.find(tokens.toArray(String[]::new));
        List<String> tags = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) tags.add("O");
        for (Span s : spans) {
            for (int i = s.getStart(); i < s.getEnd(); i++) tags.set(i, (i == s.getStart() ? "B-" : "I-") + s.getType());
        }
        return tags;
    }

    public static ConllEval evaluate(TokenNameFinderModel model, List<ConllCorpus.Sentence> data) {
        NameFinderME finder = new NameFinderME(model);
        ConllEval eval = new ConllEval();
        for (ConllCorpus.Sentence s : data) eval.add(s.tags(), tag(finder, s.tokens()));
        return eval;
    }

    /**
     * k-fold cross-validation over contiguous blocks of sentences (not round-robin), so sentences
     * of one news story stay in one fold and the score is not inflated by near-duplicates.
     */
    public static ConllEval crossValidate(List<ConllCorpus.Sentence> data, int folds, Options o, PrintStream log) {
        if (folds < 2 || folds > data.size()) throw new IllegalArgumentException("folds must be in 2.." + data.size());
        ConllEval all = new ConllEval();
        for (int k = 0; k < folds; k++) {
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
