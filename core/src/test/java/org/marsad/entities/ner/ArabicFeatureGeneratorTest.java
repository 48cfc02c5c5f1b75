package org.marsad.entities.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArabicFeatureGeneratorTest {
    private final NerLexicon lexicon = NerLexicon.of(Map.of(
            "PER_TITLE", List.of("الرئيس", "وزير الخارجية"),
            "LOC", List.of("بغداد", "الولايات المتحدة")));
    private final WordClusters clusters = WordClusters.of(Map.of(
            "بغداد", new WordClusters.Ids(1, 10, 100, 9),
            "عراق", new WordClusters.Ids(2, 20, 200, 7)));
    private final ArabicFeatureGenerator gen = new ArabicFeatureGenerator(lexicon, clusters);

    private List<String> features(String sentence, int index) {
        List<String> f = new ArrayList<>();
        gen.createFeatures(f, sentence.split(" "), index, new String[0]);
        return f;
    }

    @Test
    void currentWordIsFoldedAndKeptRaw() {
        assertThat(features("زار أحمد بغداد", 1)).contains("w=احمد", "wr=أحمد");
    }

    @Test
    void cliticSplitGivesStemAndProclitics() {
        assertThat(features("وصل وبالعراق", 1)).contains("st=عراق", "pc=وبال");
    }

    @Test
    void prefixesAndSuffixesUpToThreeLetters() {
        assertThat(features("محافظة", 0)).contains("pre1=م", "pre2=مح", "pre3=محا", "suf1=ه", "suf2=ظه", "suf3=افظه");
    }

    @Test
    void clustersAtThreeLevelsForTheWordAndItsStem() {
        assertThat(features("في بغداد", 1)).contains("c1=1", "c2=10", "c3=100");
        // no cluster for the whole word: the stem's cluster stands in, marked "s"
        assertThat(features("في بالعراق", 1)).contains("c3=s200", "sc3=200");
        assertThat(features("في مجهولستان", 1)).contains("c3=none");
    }

    @Test
    void titleBeforeAWordIsSeenFromTheName() {
        assertThat(features("قال الرئيس كريم", 2)).contains("g[-1]=PER_TITLE:B");
    }

    @Test
    void multiWordListEntriesMarkBeginAndInside() {
        assertThat(features("زار الولايات المتحدة", 1)).contains("g=LOC:B");
        assertThat(features("زار الولايات المتحدة", 2)).contains("g=LOC:I");
        assertThat(features("التقى وزير الخارجية سامر", 3)).contains("g[-1]=PER_TITLE:I", "g[-2]=PER_TITLE:B");
    }

    @Test
    void listEntryMatchesBehindAClitic() {
        assertThat(features("وصل وبغداد", 1)).contains("g=LOC:B");
    }

    @Test
    void windowReachesTwoWordsEachSideWithSentenceBoundaries() {
        List<String> f = features("أ ب ج", 0);
        assertThat(f).contains("w[-1]=BOS", "w[-2]=BOS", "w[1]=ب", "w[2]=ج", "pos=first");
        assertThat(features("أ ب ج", 2)).contains("w[1]=EOS", "pos=last", "w[-2]=ا");
    }

    @Test
    void bigramsJoinTheNeighbours() {
        assertThat(features("قال الرئيس كريم", 1)).contains("w-1w0=قال|الرئيس", "w0w+1=الرئيس|كريم");
    }

    @Test
    void shapeOfDigitsAndLatin() {
        assertThat(features("عام 2014", 1)).contains("sh=numm");
        assertThat(features("شركة BP", 1)).contains("sh=latCs");
    }

    @Test
    void sameSentenceGivesSameFeatures() {
        String[] toks = "قال الرئيس كريم في بغداد".split(" ");
        List<String> a = new ArrayList<>(), b = new ArrayList<>();
        gen.createFeatures(a, toks, 2, new String[0]);
        gen.createFeatures(b, toks.clone(), 2, new String[0]);
        assertThat(a).isEqualTo(b);
    }

    @Test
    void shippedListsAndClustersLoad() {
        assertThat(NerLexicon.shipped().tags(new String[] {"الرئيس", "بغداد"}, new String[] {"رئيس", "بغداد"}))
                .containsExactly(List.of("PER_TITLE:B"), List.of("LOC:B"));
        assertThat(WordClusters.shipped().size()).isGreaterThan(10_000);
    }
}
