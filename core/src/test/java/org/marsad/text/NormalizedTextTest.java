package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.common.Span;

class NormalizedTextTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "مُحَمَّدٌ, محمد",
            "قُتِلَ, قتل",
            "الجَيْشُ العِراقِيُّ, الجيش العراقي",
            "هٰذا, هذا",
            "قـــتـــل, قتل",
            "أحمد, احمد",
            "إرهابي, ارهابي",
            "آمرلي, امرلي",
            "ٱلموصل, الموصل",
            "مستشفى, مستشفي",
            "على, علي",
            "محافظة, محافظه",
            "مدينة, مدينه",
            "کوردستان, كوردستان",
            "کەرکووک, كهركووك",
            "هەولێر, ههولير",
            "ڕانیە, رانيه",
            "کۆیە, كويه",
            "گەرمیان, كهرميان",
            "چمچمال, جمجمال",
            "پێنجوێن, بينجوين",
            "ڤیان, فيان",
            "ژمارە, زماره",
            "١٢٣٤٥٦٧٨٩٠, 1234567890",
            "۱۲۳۴۵۶۷۸۹۰, 1234567890",
            "٢٫٥, 2.5",
            "٪١٠, %10",
            "قال؟, قال?",
    })
    void foldsLettersDigitsAndMarks(String in, String out) {
        assertThat(NormalizedText.of(in).normalized()).isEqualTo(out);
        assertThat(NormalizedText.fold(in)).isEqualTo(out);
    }

    @Test
    void mapsArabicPunctuationToAsciiCounterparts() {
        assertThat(NormalizedText.fold("بغداد، البصرة؛ الموصل؟")).isEqualTo("بغداد, البصره; الموصل?");
        assertThat(NormalizedText.fold("١٬٢٠٠ قتيل")).isEqualTo("1,200 قتيل");
    }

    @Test
    void unifiesEveryQuotationMark() {
        assertThat(NormalizedText.fold("«داعش» “الحشد” ‘البيشمركة’ „x‟ ‹y›")).isEqualTo("\"داعش\" \"الحشد\" \"البيشمركه\" \"x\" \"y\"");
    }

    @Test
    void keepsAsciiApostrophe() {
        assertThat(NormalizedText.fold("O'Brien")).isEqualTo("O'Brien");
    }

    @Test
    void removesFormatCharacters() {
        String in = "\u200Fبغداد\u200E \u200Cمي\u200Dرا \u202Bنص\u202C \uFEFFx\u061C";
        assertThat(NormalizedText.fold(in)).isEqualTo("بغداد ميرا نص x");
    }

    @Test
    void turnsEverySpaceSeparatorIntoAsciiSpace() {
        assertThat(NormalizedText.fold("كركوك\u00A0اليوم\u2009أمس")).isEqualTo("كركوك اليوم امس");
    }

    @Test
    void keepsLineBreaks() {
        assertThat(NormalizedText.fold("سطر\nسطر")).isEqualTo("سطر\nسطر");
    }

    @Test
    void decomposesPresentationFormsIncludingLamAlef() {
        // ﻻ (lam-alef isolated), ﺑ (beh initial), ﻙ (kaf isolated)
        assertThat(NormalizedText.fold("\uFEFB")).isEqualTo("لا");
        assertThat(NormalizedText.fold("\uFE91\uFEAE")).isEqualTo("بر");
        assertThat(NormalizedText.fold("\uFEF7")).isEqualTo("لا");
    }

    @Test
    void leavesPlainTextUntouchedAndSameInstance() {
        String s = "قتل 3 مدنيين في بغداد";
        assertThat(NormalizedText.fold(s)).isSameAs(s);
        assertThat(NormalizedText.of(s).normalized()).isEqualTo(s);
    }

    @Test
    void mapsSpansBackOverRemovedDiacritics() {
        String original = "قُتِلَ ثَلاثَةُ جُنُودٍ";
        NormalizedText t = NormalizedText.of(original);
        assertThat(t.normalized()).isEqualTo("قتل ثلاثه جنود");
        int s = t.normalized().indexOf("ثلاثه");
        Span o = t.toOriginal(s, s + 5);
        // the final damma after the ta marbuta is outside the smallest span
        assertThat(o.of(original)).isEqualTo("ثَلاثَة");
        assertThat(NormalizedText.fold(o.of(original))).isEqualTo("ثلاثه");
    }

    @Test
    void mapsSpansBackOverTatweelAndFormatChars() {
        String original = "\u200Fمـــقـــتـــل\u200F";
        NormalizedText t = NormalizedText.of(original);
        assertThat(t.normalized()).isEqualTo("مقتل");
        Span o = t.toOriginal(0, 4);
        assertThat(o).isEqualTo(new Span(1, original.length() - 1));
    }

    @Test
    void mapsLigatureSpanToTheWholeLigature() {
        String original = "\uFEFBحد";
        NormalizedText t = NormalizedText.of(original);
        assertThat(t.normalized()).isEqualTo("لاحد");
        assertThat(t.toOriginal(1, 2)).isEqualTo(new Span(0, 1));
        assertThat(t.toOriginal(0, 4)).isEqualTo(new Span(0, 3));
    }

    @Test
    void mapsEmptySpansAndTheEnd() {
        NormalizedText t = NormalizedText.of("بَ");
        assertThat(t.toOriginal(1, 1)).isEqualTo(new Span(2, 2));
        assertThat(t.toOriginal(0, 0)).isEqualTo(new Span(0, 0));
        assertThat(t.toNormalized(2)).isEqualTo(1);
        assertThat(t.toNormalized(1)).isEqualTo(1);
    }

    @Test
    void mapsOriginalOffsetsForward() {
        String original = "أَمْسِ في بَغْدادَ";
        NormalizedText t = NormalizedText.of(original);
        int o = original.indexOf("بَغْدادَ");
        int n = t.toNormalized(o);
        assertThat(t.normalized().substring(n)).isEqualTo("بغداد");
        assertThat(t.toNormalized(new Span(o, original.length()))).isEqualTo(new Span(n, n + 5));
    }

    @Test
    void treatsNullAsEmpty() {
        assertThat(NormalizedText.of(null).normalized()).isEmpty();
        assertThat(NormalizedText.fold(null)).isEmpty();
    }
}
