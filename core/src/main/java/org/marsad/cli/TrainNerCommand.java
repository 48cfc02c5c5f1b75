package org.marsad.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.common.SharedData;
import org.marsad.entities.ner.ConllCorpus;
import org.marsad.entities.ner.ConllEval;
import org.marsad.entities.ner.NerTrainer;
import org.marsad.entities.ner.SelfTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `marsad train ner`: trains the Arabic NER from ANERcorp's training split and writes the shipped model. */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Train the Arabic NER (PER/LOC/ORG/MISC) from a CoNLL \"TOKEN TAG\" file; optionally cross-validate.")
public final class TrainNerCommand implements Callable<Integer> {
    static final String DEFAULT_OUT = "core/src/main/resources/org/marsad/entities/ner/ner-ar.crf.gz";

    @Option(names = "--train", description = "Training file (default: ../shared/data/anercorp/ANERCorp_train.txt).")
    Path train;

    @Option(names = "--out", description = "Model file to write (default: ${DEFAULT-VALUE}).")
    Path out = Path.of(DEFAULT_OUT);

    @Option(names = "--folds", description = "Also print k-fold cross-validated P/R/F1 per type (0 = skip; default ${DEFAULT-VALUE}).")
    int folds = 0;

    @Option(names = "--run-folds", description = "Run only the first N folds of the cross-validation (quick comparisons).")
    int runFolds = Integer.MAX_VALUE;

    @Option(names = "--cv-only", description = "Cross-validate only; do not write a model.")
    boolean cvOnly;

    @Option(names = "--iterations", description = "Training iterations (default: ${DEFAULT-VALUE}).")
    int iterations = NerTrainer.Options.defaults().iterations();

    @Option(names = "--cutoff", description = "Minimum feature count (default: ${DEFAULT-VALUE}).")
    int cutoff = NerTrainer.Options.defaults().cutoff();

    @Option(names = "--l1", description = "CRF L1 penalty (default: ${DEFAULT-VALUE}).")
    double l1 = NerTrainer.Options.defaults().l1();

    @Option(names = "--l2", description = "CRF L2 penalty (default: ${DEFAULT-VALUE}).")
    double l2 = NerTrainer.Options.defaults().l2();

    @Option(names = "--document-stage", negatable = true, description = "CRF: second stage with document-level features (default: ${DEFAULT-VALUE}).")
    boolean documentStage = NerTrainer.Options.defaults().documentStage();

    @Option(names = "--self-train", description = "CRF: add up to N confidently self-tagged SaudiNewsNet sentences to the training data (0 = none; default: ${DEFAULT-VALUE}).")
    int selfTrain = SelfTraining.Config.DEFAULT.sentences();

    @Option(names = "--self-train-every", description = "Self-training: tag every n-th SaudiNewsNet article (default: ${DEFAULT-VALUE}).")
    int selfTrainEvery = SelfTraining.Config.DEFAULT.every();

    @Option(names = "--self-train-novel", negatable = true, description = "Self-training: keep only sentences with an entity word unseen in the labelled data (default: ${DEFAULT-VALUE}).")
    boolean selfTrainNovel = SelfTraining.Config.DEFAULT.novel();

    @Option(names = "--self-train-weight", description = "Self-training: loss weight of a self-tagged sentence (default: ${DEFAULT-VALUE}).")
    double selfTrainWeight = SelfTraining.Config.DEFAULT.weight();

    @Option(names = "--transitions", negatable = true, description = "CRF: transition attributes, the words and their clusters on either side of each label transition (default: ${DEFAULT-VALUE}).")
    boolean transitions = NerTrainer.Options.defaults().transitions();

    @Option(names = "--algorithm", description = "CRF, PERCEPTRON, MAXENT, MAXENT_QN or PERCEPTRON_SEQUENCE (default: ${DEFAULT-VALUE}).")
    String algorithm = NerTrainer.Options.defaults().algorithm();

    @Option(names = "--encoding", description = "BIO or BILOU (default: ${DEFAULT-VALUE}).")
    String encoding = NerTrainer.Options.defaults().encoding();

    @Option(names = "--threads", description = "Training threads (default: ${DEFAULT-VALUE}).")
    int threads = NerTrainer.Options.defaults().threads();

    @Option(names = "--limit", description = "Use only the first N sentences (quick experiments; default all).")
    int limit = Integer.MAX_VALUE;

    @Override
    public Integer call() throws Exception {
        // OpenNLP logs every training iteration at INFO; keep the console to our own summary lines
        System.setProperty("org.slf4j.simpleLogger.log.opennlp", "warn");
        Path in = train != null ? train : SharedData.resolve("data/anercorp/ANERCorp_train.txt").orElseThrow(() ->
                new IllegalArgumentException("no training file: give --train FILE or put ANERcorp under ../shared/data/anercorp"));
        String alg = algorithm.toUpperCase(Locale.ROOT);
        boolean docStage = documentStage && alg.startsWith("CRF");
        var self = alg.equals("CRF") && docStage ? new SelfTraining.Config(selfTrain, selfTrainEvery, SelfTraining.Config.DEFAULT.minTokenProb(),
                SelfTraining.Config.DEFAULT.minEntityProb(), selfTrainNovel, selfTrainWeight) : SelfTraining.Config.NONE;
        var options = new NerTrainer.Options(alg, iterations, cutoff, encoding.toUpperCase(Locale.ROOT), threads, l1, l2, docStage, self,
                transitions && alg.startsWith("CRF"));
        List<ConllCorpus.Sentence> data = ConllCorpus.read(in);
        if (data.size() > limit) data = data.subList(0, limit);
        System.err.printf("train ner: %d sentences from %s, %s%n", data.size(), in, options);
        if (folds > 0) {
            long t0 = System.nanoTime();
            ConllEval cv = NerTrainer.crossValidate(data, folds, runFolds, options, System.err);
            System.out.printf("%d-fold cross-validation (contiguous folds), %s, %.0f s:%n", folds, options, (System.nanoTime() - t0) / 1e9);
            System.out.print(cv.report());
        }
        if (!cvOnly) {
            long t0 = System.nanoTime();
            var model = NerTrainer.train(data, options);
            if (out.getParent() != null) Files.createDirectories(out.getParent());
            try (OutputStream os = Files.newOutputStream(out)) {
                model.write(os);
            }
            System.out.printf("wrote model %s (%,d bytes) in %.0f s%n", out, Files.size(out), (System.nanoTime() - t0) / 1e9);
        }
        return Main.OK;
    }
}
