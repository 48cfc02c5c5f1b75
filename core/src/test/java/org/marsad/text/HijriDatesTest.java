package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.common.DatePrecision;

/** Expected Gregorian days are those of the Umm al-Qura calendar. */
class HijriDatesTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "في 1 رمضان 1442 هـ|2021-04-13",
            "في ١ رمضان ١٤٤٢هـ|2021-04-13",
            "في 10 ذي الحجة 1442|2021-07-20",
            "في 1 شوال 1442 هـ|2021-05-13",
            "في 1 محرم 1443 هـ|2021-08-09",
            "في 12 ربيع الأول 1443 هـ|2021-10-18",
            "في ١٢ ربيع الاول ١٤٤٣ هـ|2021-10-18",
            "في 1 رجب 1442 هـ|2021-02-13",
            "في 15 شعبان 1442 هـ|2021-03-28",
            "في 27 رمضان 1442 هـ|2021-05-09",
            "في 9 ذو الحجة 1442 هـ|2021-07-19",
            "في 1 جمادى الأولى 1443 هـ|2021-12-05",
            "في 1 محرم 1436 هـ|2014-10-25",
            "في 10 محرم 1443 هـ|2021-08-18",
            "في 1 صفر 1443 هـ|2021-09-08",
            "في 1 ربيع الآخر 1443 هـ|2021-11-06",
    })
    void convertsHijriDatesWithIcu(String text, LocalDate date) {
        List<TimeExpr> ts = AbsoluteDatesTest.times(text, Optional.empty());
        assertThat(ts).hasSize(1);
        assertThat(ts.get(0).date()).contains(date);
        assertThat(ts.get(0).precision()).isEqualTo(DatePrecision.DAY);
    }

    @Test
    void hijriMonthNeedsItsYear() {
        // رجب and صفر are also personal names
        assertThat(AbsoluteDatesTest.times("التقى 3 رجب في المدينة", Optional.empty())).isEmpty();
    }

    @Test
    void hijriMonthAndYear() {
        List<TimeExpr> ts = AbsoluteDatesTest.times("خلال شهر رمضان 1442 هـ", Optional.empty());
        assertThat(ts.get(0).precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(ts.get(0).date()).contains(LocalDate.of(2021, 4, 13));
    }

    @Test
    void fromHijriMatchesKnownDay() {
        assertThat(TimeScanner.fromHijri(1442, 9, 1)).isEqualTo(LocalDate.of(2021, 4, 13));
    }
}
