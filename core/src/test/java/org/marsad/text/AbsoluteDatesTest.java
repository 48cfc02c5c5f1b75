package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.common.DatePrecision;

class AbsoluteDatesTest {

    static final LocalDate PUB = LocalDate.of(2021, 12, 3); // a Friday

    static List<TimeExpr> times(String text, Optional<LocalDate> pub) {
        return TextCore.analyze("t", text, pub, pub.isPresent() ? DatePrecision.DAY : DatePrecision.UNKNOWN).times();
    }

    static TimeExpr first(String text) {
        List<TimeExpr> ts = times(text, Optional.of(PUB));
        assertThat(ts).as(text).isNotEmpty();
        return ts.get(0);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "وقع الهجوم في 22 أيار 2021|2021-05-22",
            "وقع الهجوم في ٢٢ أيار ٢٠٢١|2021-05-22",
            "في 22 مايو 2021 هاجم مسلحون|2021-05-22",
            "في 2 كانون الأول/ديسمبر 2021|2021-12-02",
            "في 2 ديسمبر/كانون الأول 2021|2021-12-02",
            "في 2 كانون الأول (ديسمبر) 2021|2021-12-02",
            "في 15 كانون الثاني 2020|2020-01-15",
            "في 15 تشرين الأول 2019|2019-10-15",
            "في 7 تشرين الثاني 2021|2021-11-07",
            "في 9 شباط 2021|2021-02-09",
            "في 9 فبراير 2021|2021-02-09",
            "في 3 آذار 2021|2021-03-03",
            "في 3 مارس 2021|2021-03-03",
            "في 10 نيسان 2021|2021-04-10",
            "في 10 أبريل 2021|2021-04-10",
            "في 1 حزيران 2021|2021-06-01",
            "في 14 تموز 2021|2021-07-14",
            "في 14 يوليو 2021|2021-07-14",
            "في 5 آب 2021|2021-08-05",
            "في 5 أغسطس 2021|2021-08-05",
            "في 30 أيلول 2021|2021-09-30",
            "في 30 سبتمبر 2021|2021-09-30",
            "في 20 أكتوبر 2021|2021-10-20",
            "في 20 نوفمبر 2021|2021-11-20",
            "في 2021/12/2 أعلنت القيادة|2021-12-02",
            "في 2-12-2021 أعلنت القيادة|2021-12-02",
            "في 12/2/2021 أعلنت القيادة|2021-02-12",
            "في 12.2.2021 أعلنت القيادة|2021-02-12",
            "في ١٢/٢/٢٠٢١ أعلنت القيادة|2021-02-12",
            "في الأول من أيار 2021|2021-05-01",
            "في الحادي والعشرين من آذار 2021|2021-03-21",
            "في الخامس عشر من تموز 2021|2021-07-15",
            "يوم الخميس 2 كانون الأول 2021|2021-12-02",
            "في 22 أيار 2021م|2021-05-22",
    })
    void readsDayMonthYear(String text, LocalDate date) {
        TimeExpr t = first(text);
        assertThat(t.date()).contains(date);
        assertThat(t.precision()).isEqualTo(DatePrecision.DAY);
        assertThat(t.relative()).isFalse();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "في 2 كانون الأول|2021-12-02",
            "في 2 كانون الأول/ديسمبر|2021-12-02",
            "في 20 كانون الأول|2020-12-20",
            "في 22 أيار|2021-05-22",
            "في 12 من أيار الجاري|2021-05-12",
            "في 3 من الشهر الجاري|2021-12-03",
            "في 28 من الشهر الماضي|2021-11-28",
    })
    void infersTheYearThatPutsTheDateOnOrBeforePublication(String text, LocalDate date) {
        TimeExpr t = first(text);
        assertThat(t.date()).contains(date);
        assertThat(t.precision()).isEqualTo(DatePrecision.DAY);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "في ديسمبر 2021|2021-12-01",
            "في كانون الأول 2021|2021-12-01",
            "في كانون الأول/ديسمبر 2021|2021-12-01",
            "خلال شهر أيار 2020|2020-05-01",
            "في أيار الماضي|2021-05-01",
            "في شهر تشرين الثاني|2021-11-01",
            "خلال كانون الأول الجاري|2021-12-01",
    })
    void readsMonthPrecision(String text, LocalDate date) {
        TimeExpr t = first(text);
        assertThat(t.date()).contains(date);
        assertThat(t.precision()).isEqualTo(DatePrecision.MONTH);
    }

    @Test
    void readsYears() {
        TimeExpr t = first("سيطر التنظيم على الموصل عام 2014");
        assertThat(t.date()).contains(LocalDate.of(2014, 1, 1));
        assertThat(t.precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(first("منذ العام الماضي").date()).contains(LocalDate.of(2020, 1, 1));
    }

    @Test
    void absoluteDatesResolveWithoutPublicationDate() {
        List<TimeExpr> ts = times("في 22 أيار 2021 قتل جندي", Optional.empty());
        assertThat(ts).hasSize(1);
        assertThat(ts.get(0).date()).contains(LocalDate.of(2021, 5, 22));
    }

    @Test
    void dateWithoutYearAndWithoutPublicationIsUnknown() {
        TimeExpr t = times("في 2 كانون الأول قتل جندي", Optional.empty()).get(0);
        assertThat(t.date()).isEmpty();
        assertThat(t.precision()).isEqualTo(DatePrecision.UNKNOWN);
    }

    @Test
    void impossibleDatesAreNotDates() {
        assertThat(times("في 31 شباط 2021", Optional.of(PUB))).noneMatch(t -> t.date().isPresent() && t.precision() == DatePrecision.DAY);
        assertThat(times("في 2021/13/40", Optional.of(PUB))).isEmpty();
    }

    @Test
    void aMonthNameAloneIsNotADate() {
        assertThat(times("قال أب الضحية إن ابنه قتل", Optional.of(PUB))).isEmpty();
        assertThat(times("التقى الوزير بنظيره في آب", Optional.of(PUB))).isEmpty();
    }

    @Test
    void dateNumbersAreNotQuantities() {
        var a = TextCore.analyze("t", "في 22 أيار 2021 قتل 3 جنود", Optional.of(PUB), DatePrecision.DAY);
        assertThat(a.quantities()).extracting(Quantity::best).containsExactly(3L);
    }

    @Test
    void spanCoversTheWholeExpressionInTheOriginal() {
        String text = "وقع الهجوم في ٢٢ أَيّار ٢٠٢١ قرب الحدود";
        TimeExpr t = first(text);
        assertThat(t.text()).isEqualTo("٢٢ أَيّار ٢٠٢١");
        assertThat(t.span().of(text)).isEqualTo(t.text());
    }
}
