package org.marsad.fusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.fusion.Fixtures.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.marsad.common.Span;

class StorySummarizerTest {
    private static final List<StorySummarizer.Doc> STORY = List.of(
            StorySummarizer.Doc.of("a", MAKHMOUR_A), StorySummarizer.Doc.of("b", MAKHMOUR_B),
            StorySummarizer.Doc.of("c", MAKHMOUR_FOLLOWUP));

    @Test
    void picksThreeToFiveSentences() {
        assertThat(StorySummarizer.summarize(STORY)).hasSizeBetween(3, 5);
    }

    @Test
    void everySentenceIsTheExactSpanOfItsArticle() {
        java.util.Map<String, String> texts = java.util.Map.of("a", MAKHMOUR_A, "b", MAKHMOUR_B, "c", MAKHMOUR_FOLLOWUP);
        for (SummarySentence s : StorySummarizer.summarize(STORY)) {
            assertThat(s.span().of(texts.get(s.docId()))).isEqualTo(s.text());
        }
    }

    @Test
    void prefersTheSentenceWithTheCasualtyFigure() {
        assertThat(StorySummarizer.summarize(STORY)).extracting(SummarySentence::text)
                .anySatisfy(t -> assertThat(t).contains("13"));
    }

    @Test
    void neverRepeatsSyndicatedCopy() {
        List<StorySummarizer.Doc> copies = List.of(StorySummarizer.Doc.of("a", MAKHMOUR_A), StorySummarizer.Doc.of("a2", MAKHMOUR_A),
                StorySummarizer.Doc.of("b", MAKHMOUR_B));
        List<String> texts = StorySummarizer.summarize(copies).stream().map(SummarySentence::text).toList();
        assertThat(texts).doesNotHaveDuplicates();
    }

    @Test
    void drawsFromMoreThanOneArticle() {
        assertThat(StorySummarizer.summarize(STORY).stream().map(SummarySentence::docId).distinct().count()).isGreaterThan(1);
    }

    @Test
    void keepsStoryOrder() {
        List<SummarySentence> s = StorySummarizer.summarize(STORY);
        List<String> order = List.of("a", "b", "c");
        for (int i = 1; i < s.size(); i++) {
            int prev = order.indexOf(s.get(i - 1).docId());
            int cur = order.indexOf(s.get(i).docId());
            assertThat(prev < cur || prev == cur && s.get(i - 1).span().start() < s.get(i).span().start()).isTrue();
        }
    }

    @Test
    void givenFactSpansAreRewarded() {
        String text = "قال المتحدث إن الوضع في المدينة هادئ تماما هذا المساء بعد يوم طويل. "
                + "وأكد المتحدث أن القوات الأمنية اعتقلت مطلوبين في حي الزهراء شمال المدينة بعد مداهمة ليلية.";
        int at = text.indexOf("حي الزهراء");
        StorySummarizer.Doc withFacts = new StorySummarizer.Doc("a", text, List.of(), List.of(new Span(at, at + 10)));
        List<SummarySentence> s = StorySummarizer.summarize(List.of(withFacts));
        assertThat(s).hasSize(2);
    }

    @Test
    void skipsFragmentsTooShortToRead() {
        assertThat(StorySummarizer.summarize(List.of(StorySummarizer.Doc.of("a", "عاجل.\nكركوك.\nانفجار")))).isEmpty();
    }

    @Test
    void attachesToTheStory() {
        Story st = new Story("story-a", "هجوم", Optional.of(LocalDate.parse("2021-12-03")), Optional.empty(), List.of("a", "b", "c"),
                List.of(), List.of());
        assertThat(StorySummarizer.summarize(st, STORY).summary()).isNotEmpty();
    }

    @Test
    void fallbackSplitterKeepsDecimalNumbersAndTrims() {
        List<org.marsad.text.Sentence> s = Sentences.split("  بلغ النمو 3.5 بالمئة. وارتفع التضخم؟ نعم\n");
        assertThat(s).extracting(org.marsad.text.Sentence::text).containsExactly("بلغ النمو 3.5 بالمئة.", "وارتفع التضخم؟", "نعم");
    }

    @Property(tries = 200)
    void randomTextNeverThrows(@ForAll String text) {
        List<SummarySentence> s = StorySummarizer.summarize(List.of(StorySummarizer.Doc.of("a", text)));
        assertThat(s.size()).isLessThanOrEqualTo(5);
        s.forEach(x -> assertThat(x.span().of(text)).isEqualTo(x.text()));
    }
}
