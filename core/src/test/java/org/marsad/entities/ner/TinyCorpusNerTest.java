package org.marsad.entities.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Trains on a dozen sentences written for this test and checks the model finds their entities. */
class TinyCorpusNerTest {
    static List<ConllCorpus.Sentence> corpus;
    static NerModel model;

    @BeforeAll
    static void train() throws Exception {
        try (var r = new BufferedReader(new InputStreamReader(
                TinyCorpusNerTest.class.getResourceAsStream("tiny-ner.txt"), StandardCharsets.UTF_8))) {
            corpus = ConllCorpus.read(r, "tiny-ner.txt");
        }
        model = NerTrainer.train(corpus, new NerTrainer.Options("CRF", 50, 1, "BIO", 1, 0, 0.1, true, SelfTraining.Config.NONE, true));
    }

    @Test
    void corpusHasItsSentences() {
        assertThat(corpus).hasSize(14);
        assertThat(corpus.getFirst().tags()).contains("B-PER", "I-PER", "B-LOC");
    }

    @Test
    void modelHasTransitionAttributesAsShipped() {
        assertThat(((NerModel.Crf) model).stages()).allMatch(LinearChainCrf::hasTransitionAttributes);
    }

    @Test
    void findsTheTrainingEntitiesAgain() {
        ConllEval e = NerTrainer.evaluate(model, corpus);
        assertThat(e.overall().f1()).isGreaterThan(0.9);
    }

    @Test
    void tagsKnownNamesInANewSentenceWithOriginalOffsets() {
        ArabicNer ner = new ArabicNer(model);
        String text = "قال الرئيس كريم الناصري إن وفدا سيزور الموصل .";
        List<NerSpan> spans = ner.tag(text);
        assertThat(spans).extracting(s -> s.span().of(text) + "/" + s.type())
                .contains("كريم الناصري/PER", "الموصل/LOC");
        assertThat(spans).allSatisfy(s -> assertThat(s.prob()).isBetween(0.0, 1.0));
    }

    @Test
    void tagsTextCoreTokensWithTheirOriginalSpans() {
        String text = "أشار العميد فارس العبيدي إلى أن الوضع في كركوك مستقر.";
        var analysis = org.marsad.text.TextCore.analyze("t1", text, java.util.Optional.empty(),
                org.marsad.common.DatePrecision.UNKNOWN);
        List<NerSpan> spans = new ArabicNer(model).tag(analysis.tokens());
        assertThat(spans).extracting(s -> s.span().of(text) + "/" + s.type()).contains("كركوك/LOC");
    }

    @Test
    void modelSurvivesSerialisation() throws Exception {
        var bytes = new java.io.ByteArrayOutputStream();
        model.write(bytes);
        var loaded = NerModel.read(new java.io.ByteArrayInputStream(bytes.toByteArray()));
        assertThat(loaded).isInstanceOf(NerModel.Crf.class);
        assertThat(NerTrainer.evaluate(loaded, corpus).overall().f1()).isEqualTo(NerTrainer.evaluate(model, corpus).overall().f1());
    }

    @Test
    void perceptronLearnerStillTrainsAndReloads() throws Exception {
        NerModel p = NerTrainer.train(corpus, new NerTrainer.Options("PERCEPTRON", 50, 0, "BILOU", 1));
        assertThat(NerTrainer.evaluate(p, corpus).overall().f1()).isGreaterThan(0.9);
        var bytes = new java.io.ByteArrayOutputStream();
        p.write(bytes);
        var loaded = NerModel.read(new java.io.ByteArrayInputStream(bytes.toByteArray()));
        assertThat(loaded).isInstanceOf(NerModel.OpenNlp.class);
        assertThat(new ArabicNer(loaded).tag("قال الرئيس كريم الناصري إن وفدا سيزور الموصل ."))
                .isEqualTo(new ArabicNer(p).tag("قال الرئيس كريم الناصري إن وفدا سيزور الموصل ."));
    }

    @Test
    void trainingIsDeterministic() throws Exception {
        var a = new java.io.ByteArrayOutputStream();
        var b = new java.io.ByteArrayOutputStream();
        model.write(a);
        NerTrainer.train(corpus, new NerTrainer.Options("CRF", 50, 1, "BIO", 1, 0, 0.1, true, SelfTraining.Config.NONE, true)).write(b);
        assertThat(b.toByteArray()).isEqualTo(a.toByteArray());
    }

    @Test
    void taggingIsSafeFromManyThreads() throws Exception {
        ArabicNer ner = new ArabicNer(model);
        String text = "وصل السيد نبيل الراوي إلى أربيل في زيارة رسمية .";
        List<NerSpan> expected = ner.tag(text);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<List<NerSpan>>>();
            for (int i = 0; i < 40; i++) futures.add(pool.submit(() -> ner.tag(text)));
            for (var f : futures) assertThat(f.get()).isEqualTo(expected);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void emptyTextHasNoEntities() {
        assertThat(new ArabicNer(model).tag("")).isEmpty();
        assertThat(new ArabicNer(model).tag("   ")).isEmpty();
    }
}
