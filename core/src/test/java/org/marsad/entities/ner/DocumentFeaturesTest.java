package org.marsad.entities.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The second stage's document features: how the first stage tagged the same word in nearby sentences. */
class DocumentFeaturesTest {
    static final WordClusters NO_CLUSTERS = WordClusters.of(Map.of());

    static String[] keys(String sentence) {
        String[] toks = sentence.split(" ");
        String[] k = new String[toks.length];
        for (int i = 0; i < toks.length; i++) k[i] = DocumentFeatures.key(toks[i], NO_CLUSTERS);
        return k;
    }

    @Test
    void keyDropsTheArticleTheConjunctionAndSpellingVariants() {
        assertThat(DocumentFeatures.key("وبلنسية", NO_CLUSTERS)).isEqualTo(DocumentFeatures.key("بلنسيه", NO_CLUSTERS));
        assertThat(DocumentFeatures.key("والموصل", NO_CLUSTERS)).isEqualTo("موصل");
        assertThat(DocumentFeatures.key("أربيل", NO_CLUSTERS)).isEqualTo(DocumentFeatures.key("اربيل", NO_CLUSTERS));
    }

    @Test
    void aWordTaggedEarlierPassesItsTypeToLaterOccurrences() {
        List<String[]> keys = List.of(keys("وصل الوزير سلطانوف إلى بغداد"), keys("وقال سلطانوف إن المحادثات جيدة"));
        List<List<String>> tags = List.of(List.of("O", "O", "B-PER", "O", "B-LOC"), List.of("O", "O", "O", "O", "O"));
        var f = DocumentFeatures.of(keys, tags);
        assertThat(f.get(1).get(1)).contains("d=PER", "dm=PER");
        // the first occurrence sees only the second, which the first stage left O
        assertThat(f.get(0).get(2)).contains("dm=O").doesNotContain("d=PER");
        assertThat(f.get(1).get(0)).contains("d[+1]=P");
    }

    @Test
    void aWordSeenNowhereElseHasNoEvidence() {
        var f = DocumentFeatures.of(List.<String[]>of(keys("زار الوفد كركوك")), List.of(List.of("O", "O", "B-LOC")));
        assertThat(f.getFirst().get(2)).contains("dm=none").noneMatch(s -> s.startsWith("d="));
    }

    @Test
    void sentencesBeyondTheWindowDoNotCount() {
        List<String[]> keys = new ArrayList<>();
        List<List<String>> tags = new ArrayList<>();
        keys.add(keys("قال كامل"));
        tags.add(List.of("O", "B-PER"));
        for (int i = 0; i < DocumentFeatures.WINDOW; i++) {
            keys.add(keys("جاء الخبر"));
            tags.add(List.of("O", "O"));
        }
        keys.add(keys("قال كامل"));
        tags.add(List.of("O", "O"));
        var f = DocumentFeatures.of(keys, tags);
        assertThat(f.getLast().get(1)).contains("dm=none");
        assertThat(f.get(DocumentFeatures.WINDOW).get(0)).contains("dm=O");
    }

    @Test
    void everyTokenGetsFeaturesAndTheyAreDeterministic() {
        List<String[]> keys = List.of(keys("أ ب ج"), keys("ب ج د ه"), keys("ج"));
        List<List<String>> tags = List.of(List.of("B-ORG", "I-ORG", "O"), List.of("O", "B-LOC", "O", "O"), List.of("B-MISC"));
        var a = DocumentFeatures.of(keys, tags);
        assertThat(a).hasSize(3);
        for (int k = 0; k < 3; k++) assertThat(a.get(k)).hasSize(keys.get(k).length).allSatisfy(t -> assertThat(t).isNotEmpty());
        assertThat(DocumentFeatures.of(keys, tags)).isEqualTo(a);
        assertThat(DocumentFeatures.of(Collections.emptyList(), Collections.emptyList())).isEmpty();
    }

    @Test
    void aWholeNameTaggedElsewhereMarksItsOtherOccurrence() {
        List<String[]> keys = List.of(keys("قال الشيخ عبد الله بن ناصر إن الاتفاق قريب"), keys("وأكد عبد الله بن ناصر ذلك"));
        List<List<String>> tags = List.of(List.of("O", "O", "B-PER", "I-PER", "I-PER", "I-PER", "O", "O", "O"),
                List.of("O", "B-PER", "I-PER", "O", "O", "O"));
        var f = DocumentFeatures.of(keys, tags);
        // the second sentence's name was cut short by the first stage: the full span from the first one marks all four tokens
        assertThat(f.get(1).get(1)).contains("ds=B-PER").doesNotContain("ds=I-PER");
        for (int i = 2; i <= 4; i++) assertThat(f.get(1).get(i)).contains("ds=I-PER").doesNotContain("ds=B-PER");
        assertThat(f.get(1).get(0)).noneMatch(x -> x.startsWith("ds="));
        assertThat(f.get(1).get(5)).noneMatch(x -> x.startsWith("ds="));
    }

    @Test
    void aNameDoesNotCountAsEvidenceForItself() {
        var f = DocumentFeatures.of(List.<String[]>of(keys("وصل عبد الله بن ناصر أمس")), List.of(List.of("O", "B-PER", "I-PER", "I-PER", "I-PER", "O")));
        for (List<String> t : f.getFirst()) assertThat(t).noneMatch(x -> x.startsWith("ds="));
    }

    @Test
    void aSingleWordEntityGivesNoSpanEvidence() {
        List<String[]> keys = List.of(keys("زار الوفد كركوك"), keys("عاد الوفد من كركوك"));
        var f = DocumentFeatures.of(keys, List.of(List.of("O", "O", "B-LOC"), List.of("O", "O", "O", "O")));
        for (List<String> t : f.get(1)) assertThat(t).noneMatch(x -> x.startsWith("ds="));
    }

    @Test
    void spansBeyondTheWindowDoNotCount() {
        List<String[]> keys = new ArrayList<>();
        List<List<String>> tags = new ArrayList<>();
        keys.add(keys("قال نوري المالكي"));
        tags.add(List.of("O", "B-PER", "I-PER"));
        for (int i = 1; i < DocumentFeatures.WINDOW; i++) {
            keys.add(keys("جاء الخبر"));
            tags.add(List.of("O", "O"));
        }
        for (int i = 0; i < 2; i++) {
            keys.add(keys("قال نوري المالكي"));
            tags.add(List.of("O", "O", "O"));
        }
        var f = DocumentFeatures.of(keys, tags);
        // sentence WINDOW still sees sentence 0, sentence WINDOW + 1 no longer does
        assertThat(f.get(DocumentFeatures.WINDOW).get(1)).contains("ds=B-PER");
        assertThat(f.get(DocumentFeatures.WINDOW).get(2)).contains("ds=I-PER");
        assertThat(f.getLast().get(1)).noneMatch(x -> x.startsWith("ds="));
    }

    @Test
    void aFamilyNameSeenInAFullNameIsMarkedWhenItStandsAlone() {
        List<String[]> keys = List.of(keys("قال رئيس الوزراء نوري المالكي إن الاتفاق قريب"), keys("وأكد المالكي ذلك أمس"));
        List<List<String>> tags = List.of(List.of("O", "O", "O", "B-PER", "I-PER", "O", "O", "O"), List.of("O", "O", "O", "O"));
        var f = DocumentFeatures.of(keys, tags);
        assertThat(f.get(1).get(1)).contains("dp=PER-last").doesNotContain("dp=PER-first");
        assertThat(f.get(1).get(0)).contains("dp[+1]=PER-last");
        assertThat(f.get(1).get(2)).contains("dp[-1]=PER-last").noneMatch(x -> x.startsWith("dp="));
    }

    @Test
    void theFirstAndInnerWordsOfANameAreMarkedByPosition() {
        List<String[]> keys = List.of(keys("قال الشيخ عبد الله بن ناصر إن الاتفاق قريب"), keys("وأكد عبد الله ذلك"));
        List<List<String>> tags = List.of(List.of("O", "O", "B-PER", "I-PER", "I-PER", "I-PER", "O", "O", "O"), List.of("O", "O", "O", "O"));
        var f = DocumentFeatures.of(keys, tags);
        assertThat(f.get(1).get(1)).contains("dp=PER-first");
        assertThat(f.get(1).get(2)).contains("dp=PER-mid");
    }

    @Test
    void aNameDoesNotGivePartEvidenceToItself() {
        var f = DocumentFeatures.of(List.<String[]>of(keys("وصل نوري المالكي أمس")), List.of(List.of("O", "B-PER", "I-PER", "O")));
        for (List<String> t : f.getFirst()) assertThat(t).noneMatch(x -> x.startsWith("dp="));
    }

    @Test
    void aSingleWordEntityGivesNoPartEvidence() {
        List<String[]> keys = List.of(keys("زار الوفد كركوك"), keys("عاد الوفد من كركوك"));
        var f = DocumentFeatures.of(keys, List.of(List.of("O", "O", "B-LOC"), List.of("O", "O", "O", "O")));
        for (List<String> t : f.get(1)) assertThat(t).noneMatch(x -> x.startsWith("dp="));
    }
}
