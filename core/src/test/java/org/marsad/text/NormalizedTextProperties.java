package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.marsad.common.Span;

class NormalizedTextProperties {

    /** Letters, marks, tatweel, Kurdish letters, digits, punctuation, quotes and format chars, without ligatures. */
    private static final String ALPHABET = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإٱىةؤئ"
            + "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0670\u0640"
            + "کگیێەڕۆچپڤژ٠١٢٣٤٥٦٧٨٩۰۱۹0123456789،؛؟.,!«»“”\"' \n\u00A0"
            + "\u200C\u200D\u200E\u200F\u202B\u202C\uFEFFabcXYZ٫٬٪";

    @Provide
    Arbitrary<Tuple.Tuple3<String, Integer, Integer>> textAndSpan() {
        return Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMaxLength(80)
                .flatMap(s -> {
                    int n = NormalizedText.of(s).normalized().length();
                    Arbitrary<Integer> a = Arbitraries.integers().between(0, n);
                    return Combinators.combine(a, a).as((x, y) -> Tuple.of(s, Math.min(x, y), Math.max(x, y)));
                });
    }

    @Property(tries = 2000)
    void originalSubstringOfMappedSpanFoldsToTheSpan(@ForAll("textAndSpan") Tuple.Tuple3<String, Integer, Integer> t) {
        NormalizedText nt = NormalizedText.of(t.get1());
        Span o = nt.toOriginal(t.get2(), t.get3());
        assertThat(NormalizedText.fold(o.of(t.get1()))).isEqualTo(nt.normalized().substring(t.get2(), t.get3()));
    }

    @Property(tries = 2000)
    void mappedSpanIsTheSmallest(@ForAll("textAndSpan") Tuple.Tuple3<String, Integer, Integer> t) {
        NormalizedText nt = NormalizedText.of(t.get1());
        if (t.get2().equals(t.get3())) return;
        Span o = nt.toOriginal(t.get2(), t.get3());
        String inner = t.get1().substring(o.start() + 1, o.end());
        String innerLeft = t.get1().substring(o.start(), o.end() - 1);
        String want = nt.normalized().substring(t.get2(), t.get3());
        assertThat(NormalizedText.fold(inner)).isNotEqualTo(want);
        assertThat(NormalizedText.fold(innerLeft)).isNotEqualTo(want);
    }

    @Property(tries = 1000)
    void foldAndOfAgreeOnAnyString(@ForAll String s) {
        assertThat(NormalizedText.of(s).normalized()).isEqualTo(NormalizedText.fold(s));
    }

    @Property(tries = 1000)
    void forwardAndBackMappingsAreConsistent(@ForAll("textAndSpan") Tuple.Tuple3<String, Integer, Integer> t) {
        NormalizedText nt = NormalizedText.of(t.get1());
        Span o = nt.toOriginal(t.get2(), t.get3());
        assertThat(nt.toNormalized(o)).isEqualTo(new Span(t.get2(), t.get3()));
    }
}
