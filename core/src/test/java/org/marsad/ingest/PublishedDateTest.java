package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.marsad.common.DatePrecision;

class PublishedDateTest {
    private static PublishedDate.Parsed p(String s) {
        return PublishedDate.parse(s).orElseThrow();
    }

    @Test
    void isoDate() {
        assertThat(p("2021-12-03")).isEqualTo(new PublishedDate.Parsed(LocalDate.of(2021, 12, 3), DatePrecision.DAY));
    }

    @Test
    void isoDateWithoutLeadingZeros() {
        assertThat(p("2021-2-3").date()).isEqualTo(LocalDate.of(2021, 2, 3));
    }

    @Test
    void dateTimeWithSpaceAsInSaudiNewsNet() {
        assertThat(p("2015-08-11 13:44:43").date()).isEqualTo(LocalDate.of(2015, 8, 11));
    }

    @Test
    void dateTimeKeepsTheWritersOwnDay() {
        assertThat(p("2021-12-03T23:30:00+03:00").date()).isEqualTo(LocalDate.of(2021, 12, 3));
        assertThat(p("2021-12-03T01:30:00Z").date()).isEqualTo(LocalDate.of(2021, 12, 3));
    }

    @Test
    void zonedDateTime() {
        assertThat(p("2021-12-03T10:00:00+03:00[Asia/Baghdad]").date()).isEqualTo(LocalDate.of(2021, 12, 3));
    }

    @Test
    void rfc1123AsInRss() {
        assertThat(p("Fri, 3 Dec 2021 10:15:00 GMT").date()).isEqualTo(LocalDate.of(2021, 12, 3));
        assertThat(p("3 Dec 2021 10:15:00 +0300").date()).isEqualTo(LocalDate.of(2021, 12, 3));
    }

    @Test
    void yearMonthHasMonthPrecision() {
        assertThat(p("2021-12")).isEqualTo(new PublishedDate.Parsed(LocalDate.of(2021, 12, 1), DatePrecision.MONTH));
    }

    @Test
    void slashesAsSeparators() {
        assertThat(p("2021/12/03").date()).isEqualTo(LocalDate.of(2021, 12, 3));
    }

    @Test
    void arabicIndicDigits() {
        assertThat(p("٢٠٢١-١٢-٠٣").date()).isEqualTo(LocalDate.of(2021, 12, 3));
        assertThat(p("۲۰۲۱-۱۲-۰۳").date()).isEqualTo(LocalDate.of(2021, 12, 3));
    }

    @Test
    void impossibleOrUnknownDatesAreEmpty() {
        assertThat(PublishedDate.parse("2021-02-30")).isEmpty();
        assertThat(PublishedDate.parse("yesterday")).isEmpty();
        assertThat(PublishedDate.parse("أمس")).isEmpty();
        assertThat(PublishedDate.parse("")).isEmpty();
        assertThat(PublishedDate.parse(null)).isEmpty();
    }
}
