package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.marsad.text.NormalizedText;
import org.marsad.text.TextAnalysis;

/** Random text through the event stage never throws, and every evidence span is inside the text. */
class EventStageProperties {

    @Provide
    Arbitrary<String> newsish() {
        Arbitrary<String> words = Arbitraries.of("هجوم", "الهجوم", "هجمات", "داعش", "مقتل", "واصابة", "13", "بينهم", "مدنيين",
                "في", "قرية", "عبوة", "ناسفة", "،", ".", "\n", "أمس", "ندين", "سيتم", "هذا", "عملية", "أمنية", "قرب", "كما",
                "اشتباكات", "بين", "ـ", "ً", "\"", "(", ")", "x", " ");
        return Arbitraries.oneOf(words.list().ofMaxSize(60).map(l -> String.join(" ", l)),
                Arbitraries.strings().ofMaxLength(200));
    }

    @Property(tries = 300)
    void neverThrowsAndSpansStayInside(@ForAll("newsish") String text) {
        Doc d = Doc.of(text.isBlank() ? "." : text);
        List<Event> ev = d.events();
        for (Event e : ev) {
            for (Evidence x : e.evidence()) {
                assertThat(x.span().end()).isLessThanOrEqualTo(text.length());
                assertThat(x.text()).isEqualTo(x.span().of(text));
            }
        }
    }

    @Property(tries = 200)
    void foldedOffsetsMapBack(@ForAll("newsish") String text) {
        Folded f = Folded.of(text);
        for (int i = 0; i <= f.folded().length(); i++) {
            var s = f.toOriginal(0, i);
            assertThat(s.end()).isLessThanOrEqualTo(text.length());
        }
        TextAnalysis t = new TextAnalysis("p", NormalizedText.of(text), EventSegmenter.sentencesOf(text), List.of(), List.of(), List.of());
        assertThat(t.sentences()).allSatisfy(s -> assertThat(s.text()).isEqualTo(s.span().of(text)));
    }
}
