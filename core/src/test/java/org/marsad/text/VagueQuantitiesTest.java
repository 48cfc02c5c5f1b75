package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class VagueQuantitiesTest {

    private static Quantity first(String text) {
        List<Quantity> qs = CasualtyCountsTest.quantities(text);
        assertThat(qs).as(text).isNotEmpty();
        return qs.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // text | kind | low | best | high | counted
            "مقتل عشرات المدنيين|VAGUE|10|10|99|KILLED",
            "سقوط العشرات من القتلى|VAGUE|10|10|99|KILLED",
            "سقوط عشرات من الجرحى|VAGUE|10|10|99|WOUNDED",
            "أسفر عن سقوط عدد من الجرحى|VAGUE|2|3|99|WOUNDED",
            "مقتل عدد من المدنيين|VAGUE|2|3|99|KILLED",
            "سقوط المئات من الضحايا|VAGUE|100|100|999|KILLED_OR_WOUNDED",
            "إصابة المئات بجروح|VAGUE|100|100|999|WOUNDED",
            "مقتل بضعة جنود|VAGUE|3|3|9|KILLED",
            "إصابة عدة أشخاص|VAGUE|3|3|10|WOUNDED",
            "نزوح عشرات الآلاف|VAGUE|10000|10000|99999|UNSPECIFIED",
            "مقتل نحو 20 مسلحا|APPROXIMATE|16|20|24|KILLED",
            "مقتل حوالي عشرين مسلحا|APPROXIMATE|16|20|24|KILLED",
            "مقتل قرابة 50 شخصا|APPROXIMATE|40|50|50|KILLED",
            "مقتل زهاء ثلاثين شخصا|APPROXIMATE|24|30|36|KILLED",
            "مقتل أكثر من 10 أشخاص|AT_LEAST|11|11|20|KILLED",
            "مقتل ما لا يقل عن 10 أشخاص|AT_LEAST|10|10|20|KILLED",
            "مقتل ما يزيد عن ١٥ شخصا|AT_LEAST|16|16|30|KILLED",
            "مقتل 10 أشخاص على الأقل|AT_LEAST|10|10|20|KILLED",
            "إصابة أقل من 5 أشخاص|AT_MOST|1|4|4|WOUNDED",
            "إصابة ما لا يزيد عن 5 أشخاص|AT_MOST|1|5|5|WOUNDED",
            "مقتل ما بين 10 و15 شخصا|RANGE|10|10|15|KILLED",
            "مقتل بين 10 و 15 شخصا|RANGE|10|10|15|KILLED",
            "مقتل 10-15 شخصا|RANGE|10|10|15|KILLED",
            "مقتل من عشرة إلى خمسة عشر شخصا|RANGE|10|10|15|KILLED",
            "مقتل 30 شخصا تقريبا|APPROXIMATE|24|30|36|KILLED",
    })
    void vagueAndQualifiedQuantitiesBecomeRanges(String text, QuantityKind kind, long low, long best, long high, Counted counted) {
        Quantity q = first(text);
        assertThat(q.kind()).isEqualTo(kind);
        assertThat(new long[] {q.low(), q.best(), q.high()}).containsExactly(low, best, high);
        assertThat(q.counted()).isEqualTo(counted);
    }

    @Test
    void qualifierIsPartOfTheSpan() {
        String text = "مقتل ما لا يقل عن 10 أشخاص";
        Quantity q = first(text);
        assertThat(q.text()).isEqualTo("ما لا يقل عن 10");
    }
}
