package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicNumbersTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "13|13", "١٣|13", "۱۳|13", "1,200|1200", "١٬٢٠٠|1200", "1.200.000|1200000", "٢٫٥|3", "0|0",
            "واحد|1", "واحدة|1", "اثنان|2", "اثنين|2", "اثنتان|2", "اثنتين|2",
            "ثلاثة|3", "ثلاث|3", "ثَلاثَةُ|3", "أربعة|4", "اربع|4", "خمسة|5", "ستة|6", "سبع|7", "ثماني|8", "ثمانية|8",
            "تسعة|9", "عشرة|10", "عشر|10",
            "أحد عشر|11", "إحدى عشرة|11", "اثنا عشر|12", "اثني عشر|12", "اثنتا عشرة|12", "ثلاثة عشر|13",
            "ثلاث عشرة|13", "خمسة عشر|15", "تسعة عشر|19",
            "عشرون|20", "عشرين|20", "ثلاثين|30", "أربعون|40", "تسعين|90",
            "خمسة وعشرين|25", "خمس وعشرون|25", "واحد وثلاثون|31", "ثلاثة وأربعين|43", "تِسْعَةٌ وَتِسْعُونَ|99",
            "مئة|100", "مائة|100", "مئتين|200", "مائتان|200", "ثلاثمئة|300", "ثلاثمائة|300", "ثلاث مئة|300",
            "خمسمائة|500", "مئة وخمسون|150", "مائة وعشرة|110", "ثلاثمائة وخمسة وعشرين|325",
            "ألف|1000", "الف|1000", "ألفان|2000", "ألفين|2000", "ثلاثة آلاف|3000", "عشرة آلاف|10000",
            "خمسون ألفا|50000", "ألف وخمسمائة|1500", "مليون|1000000", "مليونين|2000000",
            "3 آلاف|3000", "1.5 مليون|1500000", "٢ مليون|2000000",
            "جنديين|2", "جنديان|2", "قتيلين|2", "جريحين|2", "شخصين|2", "امرأتين|2", "طفلين|2", "مدنيَّين|2", "مدنيان|2",
            "قتيل|1", "جريح|1",
    })
    void parsesDigitsWordsAndDuals(String text, long value) {
        assertThat(ArabicNumbers.parse(text)).isEqualTo(OptionalLong.of(value));
    }

    @ParameterizedTest(name = "{0} is not a number")
    @CsvSource({"بغداد", "مدنيين", "مدنيِّين", "الجيش", "آلاف", "أحد", "قتلى", "''", "abc", "1/2"})
    void refusesWordsThatAreNotNumbers(String text) {
        assertThat(ArabicNumbers.parse(text)).isEmpty();
    }

    @Test
    void parsesDecimalsExactly() {
        assertThat(ArabicNumbers.parseDigits("٢٫٥").getAsDouble()).isEqualTo(2.5);
        assertThat(ArabicNumbers.parseDigits("2.5").getAsDouble()).isEqualTo(2.5);
        assertThat(ArabicNumbers.parseDigits("1,250").getAsDouble()).isEqualTo(1250);
        assertThat(ArabicNumbers.parseDigits("3,5").getAsDouble()).isEqualTo(3.5);
        assertThat(ArabicNumbers.parseDigits("x")).isEmpty();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"الأول, 1", "الأولى, 1", "الثالث, 3", "الثالثة, 3", "والخامس, 5", "العاشرة, 10", "الحادي, 1"})
    void readsOrdinals(String word, long value) {
        assertThat(ArabicNumbers.ordinal(word)).isEqualTo(OptionalLong.of(value));
    }

    @Test
    void handlesNullAndBlank() {
        assertThat(ArabicNumbers.parse(null)).isEmpty();
        assertThat(ArabicNumbers.parse("   ")).isEmpty();
        assertThat(ArabicNumbers.ordinal("بغداد")).isEmpty();
    }
}
