package org.marsad.entities.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which self-tagged sentences are kept for self-training, and how raw text is cut for it. */
class SelfTrainingTest {
    private static final SelfTraining.Config ANY = new SelfTraining.Config(100, 1, 0.9, 0.95, false, 1);
    private static final SelfTraining.Config NOVEL = new SelfTraining.Config(100, 1, 0.9, 0.95, true, 1);

    /** A decoder that always returns the given tags and probabilities, whatever the tokens. */
    private static NerModel.Decoder fixed(List<String> tags, double... probs) {
        return tokens -> new NerModel.Tagged(tags.subList(0, tokens.length), Arrays.copyOf(probs, tokens.length));
    }

    private static final String[] SENTENCE = "قال الوزير خالد العبيدي في بغداد أمس .".split(" ");
    private static final List<String> TAGS = List.of("O", "O", "B-PER", "I-PER", "O", "B-LOC", "O", "O");

    private static List<List<String[]>> one(String[] s) {
        List<String[]> article = new ArrayList<>();
        article.add(s);
        return List.of(article);
    }

    @Test
    void keepsASentenceTaggedConfidentlyWithAnEntity() {
        var got = SelfTraining.select(fixed(TAGS, 0.99, 0.99, 0.97, 0.96, 0.99, 0.98, 0.99, 1), one(SENTENCE), ANY, Set.of());
        assertThat(got).hasSize(1);
        assertThat(got.getFirst().tags()).isEqualTo(TAGS);
        assertThat(got.getFirst().tokens()).containsExactly(SENTENCE);
    }

    @Test
    void dropsASentenceWithOneUncertainToken() {
        var got = SelfTraining.select(fixed(TAGS, 0.99, 0.6, 0.97, 0.96, 0.99, 0.98, 0.99, 1), one(SENTENCE), ANY, Set.of());
        assertThat(got).isEmpty();
    }

    @Test
    void dropsASentenceWhoseEntitiesAreOnAverageBelowTheEntityThreshold() {
        var got = SelfTraining.select(fixed(TAGS, 1, 1, 0.91, 0.92, 1, 0.93, 1, 1), one(SENTENCE), ANY, Set.of());
        assertThat(got).isEmpty();
    }

    @Test
    void dropsASentenceWithoutPersonPlaceOrOrganisation() {
        List<String> misc = List.of("O", "O", "B-MISC", "I-MISC", "O", "O", "O", "O");
        assertThat(SelfTraining.select(fixed(misc, 1, 1, 1, 1, 1, 1, 1, 1), one(SENTENCE), ANY, Set.of())).isEmpty();
        List<String> none = List.of("O", "O", "O", "O", "O", "O", "O", "O");
        assertThat(SelfTraining.select(fixed(none, 1, 1, 1, 1, 1, 1, 1, 1), one(SENTENCE), ANY, Set.of())).isEmpty();
    }

    @Test
    void dropsSentencesTooShortOrTooLong() {
        String[] shortOne = "زار العبيدي بغداد .".split(" ");
        assertThat(SelfTraining.select(fixed(TAGS, 1, 1, 1, 1, 1, 1, 1, 1), one(shortOne), ANY, Set.of())).isEmpty();
        String[] longOne = new String[SelfTraining.MAX_LENGTH + 1];
        Arrays.fill(longOne, "بغداد");
        List<String> tags = new ArrayList<>(java.util.Collections.nCopies(longOne.length, "B-LOC"));
        double[] probs = new double[longOne.length];
        Arrays.fill(probs, 1);
        assertThat(SelfTraining.select(fixed(tags, probs), one(longOne), ANY, Set.of())).isEmpty();
    }

    @Test
    void novelModeKeepsOnlySentencesWithAnEntityWordTheLabelledDataLacks() {
        double[] sure = {1, 1, 1, 1, 1, 1, 1, 1};
        Set<String> allKnown = Set.of("خالد", "العبيدي", "بغداد");
        assertThat(SelfTraining.select(fixed(TAGS, sure), one(SENTENCE), NOVEL, allKnown)).isEmpty();
        // words are compared folded: the hamza of أمس or the alef forms do not matter, the name does
        Set<String> nameUnknown = Set.of("خالد", "بغداد");
        assertThat(SelfTraining.select(fixed(TAGS, sure), one(SENTENCE), NOVEL, nameUnknown)).hasSize(1);
    }

    @Test
    void stopsAtTheRequestedNumberOfSentences() {
        List<String[]> article = new ArrayList<>();
        for (int i = 0; i < 5; i++) article.add(SENTENCE);
        var cfg = new SelfTraining.Config(3, 1, 0.9, 0.95, false, 1);
        assertThat(SelfTraining.select(fixed(TAGS, 1, 1, 1, 1, 1, 1, 1, 1), List.of(article), cfg, Set.of())).hasSize(3);
    }

    @Test
    void cutsTextIntoSentencesAtFinalPunctuation() {
        List<String[]> s = SelfTraining.sentences("وصل الوفد إلى أربيل. ثم عاد إلى بغداد؟ وانتهت الزيارة");
        assertThat(s).hasSize(3);
        assertThat(s.get(0)).containsExactly("وصل", "الوفد", "إلى", "أربيل", ".");
        assertThat(s.get(1)).containsExactly("ثم", "عاد", "إلى", "بغداد", "؟");
        assertThat(s.get(2)).containsExactly("وانتهت", "الزيارة");
        assertThat(SelfTraining.sentences("")).isEmpty();
    }

    @Test
    void configRejectsImpossibleSettings() {
        assertThatThrownBy(() -> new SelfTraining.Config(-1, 1, 0.9, 0.9, false, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SelfTraining.Config(10, 0, 0.9, 0.9, false, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SelfTraining.Config(10, 1, 1.5, 0.9, false, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SelfTraining.Config(10, 1, 0.9, 0.9, false, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
