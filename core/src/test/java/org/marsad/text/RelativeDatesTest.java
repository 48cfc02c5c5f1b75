package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.common.DatePrecision;

class RelativeDatesTest {

    static final LocalDate PUB = LocalDate.of(2021, 12, 3); // a Friday

    private static TimeExpr first(String text) {
        List<TimeExpr> ts = AbsoluteDatesTest.times(text, Optional.of(PUB));
        assertThat(ts).as(text).isNotEmpty();
        return ts.get(0);
    }

    @ParameterizedTest(name = "{0} = {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "قتل جندي اليوم|2021-12-03|DAY",
            "قتل جندي أمس|2021-12-02|DAY",
            "قتل جندي امس|2021-12-02|DAY",
            "قُتِلَ جُنْدِيٌّ أَمْسِ|2021-12-02|DAY",
            "قتل جندي البارحة|2021-12-02|DAY",
            "قتل جندي أول أمس|2021-12-01|DAY",
            "قتل جندي أول من أمس|2021-12-01|DAY",
            "وقع الهجوم الليلة الماضية|2021-12-02|DAY",
            "وقع الهجوم ليل أمس|2021-12-02|DAY",
            "وقع الهجوم ليلة أمس|2021-12-02|DAY",
            "وقع الهجوم فجر اليوم|2021-12-03|DAY",
            "وقع الهجوم صباح أمس|2021-12-02|DAY",
            "وقع الهجوم مساء أمس|2021-12-02|DAY",
            "وقع الهجوم مساء أول أمس|2021-12-01|DAY",
            "وقع الهجوم منذ يومين|2021-12-01|DAY",
            "وقع الهجوم قبل يومين|2021-12-01|DAY",
            "وقع الهجوم قبل ثلاثة أيام|2021-11-30|DAY",
            "وقع الهجوم قبل ٣ أيام|2021-11-30|DAY",
            "وقع الهجوم منذ 5 أيام|2021-11-28|DAY",
            "وقع الهجوم قبل أسبوع|2021-11-22|WEEK",
            "وقع الهجوم قبل أيام|2021-11-30|WEEK",
            "وقع الهجوم منذ أيام|2021-11-30|WEEK",
            "وقع الهجوم قبل أسابيع|2021-11-01|MONTH",
            "وقع الهجوم الأسبوع الماضي|2021-11-22|WEEK",
            "وقع الهجوم خلال الأسبوع الجاري|2021-11-29|WEEK",
            "وقع الهجوم الشهر الماضي|2021-11-01|MONTH",
            "وقع الهجوم خلال الشهر الجاري|2021-12-01|MONTH",
            "وقع الهجوم مطلع الشهر الجاري|2021-12-01|WEEK",
            "وقع الهجوم أواخر الشهر الماضي|2021-11-01|MONTH",
            "وقع الهجوم قبل شهرين|2021-10-01|MONTH",
            "وقع الهجوم يوم الخميس|2021-12-02|DAY",
            "وقع الهجوم الخميس|2021-12-02|DAY",
            "وقع الهجوم مساء الخميس|2021-12-02|DAY",
            "وقع الهجوم يوم الجمعة|2021-12-03|DAY",
            "وقع الهجوم يوم السبت|2021-11-27|DAY",
            "وقع الهجوم يوم الاثنين|2021-11-29|DAY",
            "وقع الهجوم الأربعاء|2021-12-01|DAY",
            "وقع الهجوم الثلاثاء الماضي|2021-11-30|DAY",
            "وقع الهجوم يوم الأحد الماضي|2021-11-28|DAY",
            "سيعقد الاجتماع الخميس المقبل|2021-12-09|DAY",
            "سيعقد الاجتماع يوم السبت القادم|2021-12-04|DAY",
    })
    void resolvesAgainstThePublicationDay(String text, LocalDate date, DatePrecision precision) {
        TimeExpr t = first(text);
        assertThat(t.date()).contains(date);
        assertThat(t.precision()).isEqualTo(precision);
        assertThat(t.relative()).isTrue();
    }

    @Test
    void nightAcrossTwoWeekdays() {
        TimeExpr t = first("وقع الهجوم ليلة السبت على الأحد");
        assertThat(t.date()).contains(LocalDate.of(2021, 11, 27));
        assertThat(t.alternate()).contains(LocalDate.of(2021, 11, 28));
        assertThat(t.text()).isEqualTo("ليلة السبت على الأحد");
    }

    @Test
    void nightAcrossTwoDates() {
        TimeExpr t = first("وقع الهجوم ليلة 5/6 كانون الأول 2021");
        assertThat(t.date()).contains(LocalDate.of(2021, 12, 5));
        assertThat(t.alternate()).contains(LocalDate.of(2021, 12, 6));
    }

    @Test
    void lastNightHasTheNextDayAsAlternate() {
        TimeExpr t = first("وقع الهجوم الليلة الماضية");
        assertThat(t.alternate()).contains(PUB);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"قتل جندي أمس", "قتل جندي يوم الخميس", "وقع الهجوم منذ يومين", "وقع الهجوم الأسبوع الماضي", "وقع الهجوم الشهر الماضي"})
    void withoutPublicationDateRelativeExpressionsHaveNoDate(String text) {
        List<TimeExpr> ts = AbsoluteDatesTest.times(text, Optional.empty());
        assertThat(ts).hasSize(1);
        assertThat(ts.get(0).date()).isEmpty();
        assertThat(ts.get(0).precision()).isEqualTo(DatePrecision.UNKNOWN);
    }

    @Test
    void publicationKnownOnlyToTheMonthGivesNoDayForYesterday() {
        var a = TextCore.analyze("t", "قتل جندي أمس", Optional.of(PUB), DatePrecision.MONTH);
        assertThat(a.times().get(0).date()).isEmpty();
        var b = TextCore.analyze("t", "قتل جندي الشهر الماضي", Optional.of(PUB), DatePrecision.MONTH);
        assertThat(b.times().get(0).date()).contains(LocalDate.of(2021, 11, 1));
    }

    @Test
    void ambiguousWeekdayWordsNeedACue() {
        assertThat(AbsoluteDatesTest.times("اتفق الطرفان الاثنين على الهدنة", Optional.of(PUB))).isEmpty();
        assertThat(AbsoluteDatesTest.times("بعد صلاة الجمعة خرج المتظاهرون", Optional.of(PUB))).isEmpty();
    }

    @Test
    void timeNumbersAreNotQuantities() {
        var a = TextCore.analyze("t", "قتل 4 جنود قبل ثلاثة أيام", Optional.of(PUB), DatePrecision.DAY);
        assertThat(a.quantities()).extracting(Quantity::best).containsExactly(4L);
    }

    @Test
    void aYearlessDateInAnUndatedArticleTakesTheYearOfTheFullDateBeforeIt() {
        var t = AbsoluteDatesTest.times("انفجرت عبوة فجر الخميس 11 آذار 2021 في بيجي، واعتقلت قوة يوم السبت 13 آذار أربعة مطلوبين.", Optional.empty());
        assertThat(t).extracting(TimeExpr::date).contains(Optional.of(LocalDate.of(2021, 3, 11)), Optional.of(LocalDate.of(2021, 3, 13)));
        // relative words and bare weekdays stay unknown without a publication date
        var r = AbsoluteDatesTest.times("وقع التفجير في 11 آذار 2021، وقتل جندي أمس.", Optional.empty());
        assertThat(r).filteredOn(x -> x.text().contains("أمس")).allSatisfy(x -> assertThat(x.date()).isEmpty());
        // without a full date before it, a yearless date stays unknown
        var u = AbsoluteDatesTest.times("اعتقلت قوة يوم السبت 13 آذار أربعة مطلوبين.", Optional.empty());
        assertThat(u).allSatisfy(x -> assertThat(x.date()).isEmpty());
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            // published 2021-12-03: every season over before December is this year's
            "نزح الأهالي الصيف الماضي|2021",
            "شن التنظيم هجوماً في الربيع الماضي|2021",
            "وقعت المعركة الخريف الماضي|2021",  // the autumn that ended in November
            "اجتاحت السيول القرى الشتاء الماضي|2021",
            "سقطت البلدة في صيف 2014|2014",
            "تحررت المدينة في شتاء عام 2017|2017",
            "وقع التفجير في ربيع العام الماضي|2020",
    })
    void seasonsOfAKnownYearHaveYearPrecision(String text, int year) {
        TimeExpr t = first(text);
        assertThat(t.precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(t.date()).contains(LocalDate.of(year, 1, 1));
    }

    @Test
    void seasonWordsWithoutAYearAreNoDates() {
        assertThat(AbsoluteDatesTest.times("تحدث عن الربيع العربي في شتاء قارس", Optional.of(PUB))).isEmpty();
        assertThat(AbsoluteDatesTest.times("وصل الوفد في الصيف", Optional.of(PUB))).isEmpty();
        // a Hijri month that starts like a season stays a month
        assertThat(first("ولد في ربيع الأول 1436").precision()).isEqualTo(DatePrecision.MONTH);
        // no publication date: the last summer is unknown, never invented
        assertThat(AbsoluteDatesTest.times("نزح الأهالي الصيف الماضي", Optional.empty()))
                .allMatch(t -> t.precision() == DatePrecision.UNKNOWN && t.date().isEmpty());
    }

    @ParameterizedTest(name = "{0} = week of {1}")
    @CsvSource(delimiter = '|', value = {
            // published 2021-12-03
            "قُتل ثلاثة جنود منتصف تشرين الثاني الماضي|2021-11-11",
            "وقع الهجوم في أواسط تشرين الأول الماضي|2021-10-11",
            "اختطف في أوائل أيلول 2020|2020-09-01",
            "انسحبت القوات مطلع آب الماضي|2021-08-01",
            "جرت المعركة أواخر آذار 2019|2019-03-22",
    })
    void aPartOfANamedMonthIsAWeekOfIt(String text, String day) {
        TimeExpr t = first(text);
        assertThat(t.precision()).isEqualTo(DatePrecision.WEEK);
        assertThat(t.date()).contains(LocalDate.parse(day));
        assertThat(text).contains(t.text());
    }
}
