package org.marsad.entities.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marsad.common.SharedData;

/**
 * Held-out check on the real corpus (skipped without ../shared): trains with the shipped settings on
 * the last four fifths of ANERcorp's training file (and, self-training, on SaudiNewsNet sentences
 * that a model of those four fifths tagged confidently) and scores the first fifth, a block of stories
 * the model has not seen, as one running text (the document stage sees the neighbouring sentences).
 * Floor set just below the measured score (see docs/ner.md).
 */
class AnercorpNerIT {
    @Test
    void heldOutFifthScoresAboveTheMeasuredFloor() throws Exception {
        Optional<Path> file = SharedData.resolve("data/anercorp/ANERCorp_train.txt");
        assumeTrue(file.isPresent(), "../shared/data/anercorp not present");
        // the shipped settings self-train on SaudiNewsNet article bodies
        assumeTrue(SharedData.resolve("corpus/saudinewsnet/dataset").isPresent(), "../shared/corpus/saudinewsnet not present");
        List<ConllCorpus.Sentence> all = ConllCorpus.read(file.get());
        assertThat(all).hasSizeGreaterThan(3000);
        int cut = all.size() / 5;
        var model = NerTrainer.train(all.subList(cut, all.size()), NerTrainer.Options.defaults());
        ConllEval eval = NerTrainer.evaluate(model, all.subList(0, cut));
        System.out.print(eval.report());
        assertThat(eval.overall(ConllEval.CORE_TYPES).f1()).isGreaterThanOrEqualTo(FLOOR);
        assertThat(eval.byType().get("LOC").f1()).isGreaterThanOrEqualTo(0.80);
    }

    /** Measured 0.7969 with the shipped settings (transition attributes; 0.7957 without them; self-training on SaudiNewsNet at weight 0.5; 0.7937 at weight 1, 0.7886 without it, 0.7861 without the part-of-name features, 0.7832 without the span ones either), 0.7526 with the earlier perceptron. */
    static final double FLOOR = 0.795;

    @Test
    void shippedModelTagsAnercorpSentences() throws Exception {
        Optional<Path> file = SharedData.resolve("data/anercorp/ANERCorp_train.txt");
        assumeTrue(file.isPresent(), "../shared/data/anercorp not present");
        // the shipped model saw these sentences in training: this only checks the shipped artefact works
        List<ConllCorpus.Sentence> some = ConllCorpus.read(file.get()).subList(0, 300);
        assertThat(NerTrainer.evaluate(ArabicNer.shipped().model(), some).overall(ConllEval.CORE_TYPES).f1()).isGreaterThan(0.85);
    }
}
