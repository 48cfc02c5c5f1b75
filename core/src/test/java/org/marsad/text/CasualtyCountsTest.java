package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.common.DatePrecision;

class CasualtyCountsTest {

    static List<Quantity> quantities(String text) {
        return TextCore.analyze("t", text, Optional.of(LocalDate.of(2021, 12, 3)), DatePrecision.DAY).quantities();
    }

    static String describe(Quantity q) { return q.best() + " " + q.counted(); }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "أسفر الهجوم عن مقتل 3 جنود|3 KILLED",
            "أسفر الهجوم عن مقتل ثلاثة جنود|3 KILLED",
            "أسفر الهجوم عن مقتل ٣ جنود|3 KILLED",
            "قُتِلَ خَمْسَةُ مَدَنِيِّينَ في القصف|5 KILLED",
            "قتل خمسة مدنيين في القصف|5 KILLED",
            "قتلت ثلاث نساء في الانفجار|3 KILLED",
            "مصرع أربعة أشخاص بانفجار عبوة|4 KILLED",
            "استشهاد 7 من عناصر الحشد|7 KILLED",
            "أصيب ستة عناصر من الشرطة|6 WOUNDED",
            "أصيبت ثلاث نساء بجروح|3 WOUNDED",
            "إصابة 12 مدنيا بجروح|12 WOUNDED",
            "وإصابة خمسة آخرين|5 WOUNDED",
            "جرح عشرة أشخاص|10 WOUNDED",
            "سقوط 18 قتيلا في الهجوم|18 KILLED",
            "سقوط 7 جرحى|7 WOUNDED",
            "خلف الانفجار 4 شهداء|4 KILLED",
            "مقتل وإصابة 18 عسكريا ومدنيا|18 KILLED_OR_WOUNDED",
            "مقتل واصابة ١٨ عسكريا|18 KILLED_OR_WOUNDED",
            "سقوط 18 قتيلا وجريحا|18 KILLED_OR_WOUNDED",
            "سقوط 9 بين قتيل وجريح|9 KILLED_OR_WOUNDED",
            "ارتفع عدد القتلى إلى 20|20 KILLED",
            "عدد القتلى والجرحى 25|25 KILLED_OR_WOUNDED",
            "لقي ثلاثة أشخاص حتفهم|3 KILLED",
            "لقي 4 عمال مصرعهم|4 KILLED",
            "مقتل جنديين|2 KILLED",
            "مقتل جنديين اثنين|2 KILLED",
            "سقوط قتيلين|2 KILLED",
            "إصابة جريحين|2 WOUNDED",
            "إصابة مدنيَّين بجروح|2 WOUNDED",
            "سقوط قتيل في الاشتباك|1 KILLED",
            "هاجم مسلحون قرية فقتلوا 6 مدنيين|6 KILLED",
            "مقتل أحد عشر جنديا|11 KILLED",
            "مقتل خمسة وعشرين شخصا|25 KILLED",
            "مقتل ما لا يقل عن 10 أشخاص|10 KILLED",
            "مقتل نحو 30 مسلحا|30 KILLED",
            "إصابة أكثر من 40 شخصا|41 WOUNDED",
            "راح ضحيته 5 مدنيين|5 KILLED",
    })
    void readsWhatTheNumberCounts(String sentence, String expected) {
        List<Quantity> qs = quantities(sentence);
        assertThat(qs).isNotEmpty();
        assertThat(describe(qs.get(0))).isEqualTo(expected);
    }

    @Test
    void twoQuantitiesInOneClause() {
        List<Quantity> qs = quantities("مقتل جنديين وإصابة خمسة آخرين في هجوم");
        assertThat(qs).extracting(CasualtyCountsTest::describe).containsExactly("2 KILLED", "5 WOUNDED");
        assertThat(qs.get(1).noun()).isEqualTo("اخرين");
    }

    @Test
    void killedAndWoundedSeparately() {
        List<Quantity> qs = quantities("قتل 3 جنود وأصيب 7 آخرون بجروح");
        assertThat(qs).extracting(CasualtyCountsTest::describe).containsExactly("3 KILLED", "7 WOUNDED");
    }

    @Test
    void countedNounIsFoldedAndSpanPointsIntoTheOriginal() {
        String text = "أدى إلى مقتل ١٣ عسكرياً";
        Quantity q = quantities(text).get(0);
        assertThat(q.noun()).isEqualTo("عسكريا");
        assertThat(q.text()).isEqualTo("١٣");
        assertThat(q.span().of(text)).isEqualTo(q.text());
    }

    @Test
    void numberAfterPrepositionIsNotACasualtyCount() {
        List<Quantity> qs = quantities("قتل مسلحون مدنيا في 3 قرى");
        assertThat(qs).allMatch(q -> q.counted() == Counted.UNSPECIFIED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "هاجم مسلحون مقر اللواء 126 في الحشد",
            "ارتفعت الأسعار بنسبة 10%",
            "ارتفعت الأسعار 15 في المئة",
            "بلغت الكلفة 300 دولار",
            "تبعد البلدة 40 كم عن المدينة",
            "وقع الانفجار عند الساعة 10 صباحا",
            "تأسست الفرقة عام 2003",
            "في 2014 سيطر التنظيم على المدينة",
            "صدر القرار رقم 5",
            "مدة السجن 15 عاما",
    })
    void labelsMeasuresMoneyAndYearsAreNotQuantities(String sentence) {
        assertThat(quantities(sentence)).noneMatch(q -> q.counted() != Counted.UNSPECIFIED)
                .noneMatch(q -> q.best() == 126 || q.best() == 2003 || q.best() == 2014 || q.best() == 10 || q.best() == 300);
    }

    @Test
    void theNumberOfIsNotAVagueQuantity() {
        // "عدد القتلى 20": عدد is "the number of" here, the count is 20
        List<Quantity> qs = quantities("بلغ عدد القتلى 20 شخصا");
        assertThat(qs).extracting(CasualtyCountsTest::describe).containsExactly("20 KILLED");
    }

    @Test
    void plainCountsOfThingsAreUnspecified() {
        List<Quantity> qs = quantities("دمرت الغارات 4 عجلات للتنظيم");
        assertThat(qs).hasSize(1);
        assertThat(qs.get(0).counted()).isEqualTo(Counted.UNSPECIFIED);
        assertThat(qs.get(0).noun()).isEqualTo("عجلات");
    }
}
