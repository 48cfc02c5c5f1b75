package org.marsad.entities.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class NerTextTest {
    @Test
    void foldUnifiesAlefHamzaForms() {
        assertThat(NerText.fold("أحمد")).isEqualTo("احمد");
        assertThat(NerText.fold("إبراهيم")).isEqualTo("ابراهيم");
        assertThat(NerText.fold("آمرلي")).isEqualTo("امرلي");
    }

    @Test
    void foldMapsTaMarbutaToHaAndAlefMaqsuraToYa() {
        assertThat(NerText.fold("محافظة")).isEqualTo("محافظه");
        assertThat(NerText.fold("ديالى")).isEqualTo("ديالي");
    }

    @Test
    void foldDropsTashkeelAndTatweel() {
        assertThat(NerText.fold("بَغْدَادُ")).isEqualTo("بغداد");
        assertThat(NerText.fold("بغـــداد")).isEqualTo("بغداد");
    }

    @Test
    void foldMapsPersianLettersAndArabicIndicDigits() {
        assertThat(NerText.fold("کرکوک")).isEqualTo("كركوك");
        assertThat(NerText.fold("٢٠١٤")).isEqualTo("2014");
        assertThat(NerText.fold("Mosul")).isEqualTo("mosul");
    }

    @Test
    void splitStripsConjunctionPrepositionAndArticle() {
        assertThat(NerText.split("وبالعراق")).isEqualTo(new NerText.Clitics("وبال", "عراق", ""));
        assertThat(NerText.split("للحكومه")).isEqualTo(new NerText.Clitics("لل", "حكومه", ""));
        assertThat(NerText.split("والموصل")).isEqualTo(new NerText.Clitics("وال", "موصل", ""));
    }

    @Test
    void splitLeavesShortWordsWhole() {
        assertThat(NerText.split("وزير").stem()).isEqualTo("وزير");
        assertThat(NerText.split("بدر").stem()).isEqualTo("بدر");
        assertThat(NerText.split("الي").stem()).isEqualTo("الي");
    }

    @Test
    void splitStripsAConjunctionBeforeAKnownWordOnly() {
        Set<String> known = Set.of("بغداد");
        assertThat(NerText.split("وبغداد", known::contains).stem()).isEqualTo("بغداد");
        assertThat(NerText.split("وبغداد").stem()).isEqualTo("وبغداد");
    }

    @Test
    void splitSeparatesAPronounSuffixFromAnIndefiniteWord() {
        assertThat(NerText.split("حكومتها")).isEqualTo(new NerText.Clitics("", "حكومت", "ها"));
        assertThat(NerText.split("الحكومه").suffix()).isEmpty();
    }

    @Test
    void shapeNamesScriptAndLength() {
        assertThat(NerText.shape("بغداد")).isEqualTo("arl");
        assertThat(NerText.shape("2014")).isEqualTo("numm");
        assertThat(NerText.shape("UN")).isEqualTo("latCs");
        assertThat(NerText.shape("،")).isEqualTo("ars");
        assertThat(NerText.shape(".")).isEqualTo("ps");
    }

    @Test
    void tokenizeSplitsPunctuationAndKeepsOffsets() {
        String text = "وصل الوزير إلى أربيل، أمس.";
        var toks = NerText.tokenize(text);
        assertThat(toks).extracting(NerText.RawToken::surface).containsExactly("وصل", "الوزير", "إلى", "أربيل", "،", "أمس", ".");
        for (var t : toks) assertThat(t.span().of(text)).isEqualTo(t.surface());
    }

    @Property
    void tokensAlwaysPointIntoTheOriginalText(@ForAll String text) {
        for (var t : NerText.tokenize(text)) {
            assertThat(t.span().of(text)).isEqualTo(t.surface());
            assertThat(t.surface()).isNotBlank();
        }
    }

    @Property
    void foldAndSplitNeverThrowAndStemIsPartOfTheFold(@ForAll String word) {
        String f = NerText.fold(word);
        NerText.Clitics c = NerText.split(f);
        assertThat(f).contains(c.stem());
        assertThat(NerText.fold(f)).isEqualTo(f);
    }
}
