package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceSplitterTest {

    private static List<String> split(String text) {
        return SentenceSplitter.split(NormalizedText.of(text)).stream().map(Sentence::text).toList();
    }

    @Test
    void splitsAtFullStopQuestionExclamationAndSemicolon() {
        assertThat(split("قتل جندي في كركوك. وأصيب آخر في بغداد؟ هذا مؤسف! انتهى الاجتماع؛ ثم غادر الوفد"))
                .containsExactly("قتل جندي في كركوك.", "وأصيب آخر في بغداد؟", "هذا مؤسف!", "انتهى الاجتماع؛", "ثم غادر الوفد");
    }

    @Test
    void splitsAtLineBreaks() {
        assertThat(split("بغداد - قتل مدنيان\nوأصيب ثلاثة آخرون\n\nمصدر أمني")).containsExactly(
                "بغداد - قتل مدنيان", "وأصيب ثلاثة آخرون", "مصدر أمني");
    }

    @Test
    void keepsDecimalNumbersWhole() {
        assertThat(split("ارتفع المؤشر 2.5 بالمئة. وانخفض ٣٫٥")).containsExactly("ارتفع المؤشر 2.5 بالمئة.", "وانخفض ٣٫٥");
    }

    @Test
    void keepsDatesWhole() {
        assertThat(split("وقع الهجوم في 12/2/2021 قرب الحدود. ولم تعلن أي جهة مسؤوليتها"))
                .containsExactly("وقع الهجوم في 12/2/2021 قرب الحدود.", "ولم تعلن أي جهة مسؤوليتها");
    }

    @Test
    void doesNotSplitAfterSingleLetterAbbreviations() {
        assertThat(split("قال د. أحمد علي إن الوضع مستقر. وأضاف أن")).containsExactly("قال د. أحمد علي إن الوضع مستقر.", "وأضاف أن");
        assertThat(split("وصل وفد من U.S. Army إلى أربيل. ثم غادر")).containsExactly("وصل وفد من U.S. Army إلى أربيل.", "ثم غادر");
    }

    @Test
    void doesNotSplitInsideQuotations() {
        assertThat(split("وقال المتحدث: «لن نسمح بذلك. سنرد بقوة» مضيفا أن القوات جاهزة. وانتهى المؤتمر"))
                .containsExactly("وقال المتحدث: «لن نسمح بذلك. سنرد بقوة» مضيفا أن القوات جاهزة.", "وانتهى المؤتمر");
    }

    @Test
    void endsAfterTheClosingQuoteWhenTheQuotationEndsTheSentence() {
        assertThat(split("وقال: \"الوضع تحت السيطرة.\" وغادر القاعة"))
                .containsExactly("وقال: \"الوضع تحت السيطرة.\"", "وغادر القاعة");
    }

    @Test
    void questionMarkAndSemicolonInArabicScriptCount() {
        assertThat(split("من المسؤول؟ لا أحد يعلم")).hasSize(2);
        assertThat(split("قتل اثنان؛ وجرح ثلاثة")).hasSize(2);
    }

    @Test
    void ellipsisEndsOneSentenceOnce() {
        assertThat(split("انتظر... ثم رحل")).containsExactly("انتظر...", "ثم رحل");
    }

    @Test
    void splitsLongRunOnSentenceAtCommaPlusWa() {
        String clause = "هاجم مسلحون نقطة تفتيش للجيش العراقي في ناحية قريبة من الحدود الإدارية للمحافظة";
        String text = clause + "، وأسفر الهجوم عن مقتل جنديين وإصابة ثلاثة آخرين بجروح متفاوتة الخطورة"
                + "، فيما فرضت القوات الأمنية طوقا حول المنطقة وبدأت عمليات تفتيش واسعة في القرى المجاورة"
                + "، وقال مصدر في الشرطة إن المهاجمين فروا باتجاه منطقة زراعية مفتوحة بعد الاشتباك الذي دام ساعة";
        List<String> parts = split(text);
        assertThat(text.length()).isGreaterThan(SentenceSplitter.MAX_LEN);
        assertThat(parts.size()).isGreaterThan(1);
        assertThat(parts.get(0)).startsWith(clause);
        assertThat(String.join(" ", parts).replace(" ", "")).isEqualTo(text.replace(" ", ""));
    }

    @Test
    void shortSentencesWithCommasStayWhole() {
        assertThat(split("قتل جندي، وأصيب آخر، في هجوم")).hasSize(1);
    }

    @Test
    void sentenceSpansPointIntoTheOriginal() {
        String text = "  قُتِلَ جُنْدِيٌّ.  وَأُصِيبَ آخَرُ  ";
        List<Sentence> s = SentenceSplitter.split(NormalizedText.of(text));
        assertThat(s).hasSize(2);
        for (Sentence x : s) assertThat(x.span().of(text)).isEqualTo(x.text());
        assertThat(s.get(1).index()).isEqualTo(1);
    }

    @Test
    void emptyAndBlankTextHaveNoSentences() {
        assertThat(split("")).isEmpty();
        assertThat(split("  \n\n ")).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "قتل جندي. وأصيب آخر.|2",
            "قُتِلَ جُنْدِيٌّ. وَأُصِيبَ آخَرُ.|2",
            "هل انتهت العملية؟ نعم.|2",
            "انفجرت عبوة! قتل ثلاثة.|2",
            "بلغت النسبة 3.5 بالمئة في 2021.|1",
            "بلغت النسبة ٣٫٥ بالمئة.|1",
            "وقع الحادث في 5/12/2021 صباحا. ثم هدأ الوضع|2",
            "وقع الحادث في 5-12-2021 صباحا|1",
            "وقع الحادث في 12.2.2021 صباحا. ثم هدأ الوضع|2",
            "قال م. علي إن الوضع هادئ|1",
            "قال Dr. Smith إن الوضع هادئ|1",
            "وقال: «انتهى الهجوم. عادت القوات». ثم غادر|2",
            "وقال: “انتهى الهجوم. عادت القوات”. ثم غادر|2",
            "قتل مدني؛ وأصيب اثنان؛ واعتقل ثالث|3",
            "من المسؤول؟؟ لا أحد!!|2",
            "أعلنت الشرطة، صباح اليوم، اعتقال متهم|1",
            "بغداد/ قتل جندي|1",
            "قتل 1.200 شخص. وأصيب 2,500 آخرون|2",
            "انتهت العملية...|1",
    })
    void countsSentences(String text, int count) {
        assertThat(split(text)).hasSize(count);
    }
}
