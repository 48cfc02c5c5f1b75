package org.marsad.entities.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Trains on a dozen sentences written for this test and checks the model finds their entities. */
class TinyCorpusNerTest {
    static List<ConllCorpus.Sentence> corpus;
    static TokenNameFinderModel model;

    @BeforeAll
    static void train() throws Exception {
        try (var r = new BufferedReader(new InputStreamReader(
                TinyCorpusNerTest.class.getResourceAsStream("tiny-ner.txt"), StandardCharsets.UTF_8))) {
            corpus = ConllCorpus.read(r, "tiny-ner.txt");
        }
        model = NerTrainer.train(corpus, new NerTrainer.Options("PERCEPTRON", 50, 0, "BILOU", 1));
    }

    @Test
    void corpusHasItsSentences() {
        assertThat(corpus).hasSize(14);
        assertThat(corpus.getFirst().tags()).contains("B-PER", "I-PER", "B-LOC");
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
    void modelSurvivesSerialisation() throws Exception {
        var bytes = new java.io.ByteArrayOutputStream();
        model.serialize(bytes);
        var loaded = new TokenNameFinderModel(new java.io.ByteArrayInputStream(bytes.toByteArray()));
        assertThat(loaded.getFactory()).isInstanceOf(ArabicNerFactory.class);
        assertThat(NerTrainer.evaluate(loaded, corpus).overall().f1()).isEqualTo(NerTrainer.evaluate(model, corpus).overall().f1());
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
