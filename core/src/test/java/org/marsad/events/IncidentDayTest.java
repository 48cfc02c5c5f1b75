package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The day an incident happened when the report tells it indirectly: "في اليوم ذاته" after another act, the day the
 * victims went missing told after their bodies were found, a confessed act dated by its own words, and an outlet's
 * name ("بغداد اليوم") that is neither a place nor a day. Sentences written for these tests, whole pipeline.
 */
class IncidentDayTest {

    private static List<Event> events(String text, LocalDate published) {
        return Doc.pipeline(text, published);
    }

    @Test
    void theSameDayDatesASecondArrestByTheFirst() {
        List<Event> ev = events("""
                أعلنت مديرية الأسايش في السليمانية، اليوم الخميس، اعتقال متهمين اثنين في عمليتين منفصلتين يوم الاثنين الماضي.
                وقالت المديرية إن "قوة اعتقلت المتهم الأول في قضاء رانية، فيما اعتقلت قوة أخرى في اليوم ذاته متهماً ثانياً في قضاء دوكان".""",
                LocalDate.of(2024, 6, 20));
        assertThat(ev).hasSize(2);
        assertThat(ev).allSatisfy(e -> assertThat(e.date()).contains(LocalDate.of(2024, 6, 17)));
    }

    @Test
    void theSameDayWithoutAnEarlierActKeepsTheReportsOwnDay() {
        List<Event> ev = events("اعتقلت قوة من الشرطة في اليوم ذاته متهماً بالسرقة في قضاء دوكان، اليوم الخميس.", LocalDate.of(2024, 6, 20));
        assertThat(ev).allSatisfy(e -> assertThat(e.date()).contains(LocalDate.of(2024, 6, 20)));
    }

    @Test
    void theDayTheVictimsWentMissingDatesTheAbductionFoundLater() {
        List<Event> ev = events("""
                عثرت الشرطة في محافظة الأنبار، اليوم الأحد، على جثتي اثنين من الصيادين الذين اختطفوا على يد مسلحين في صحراء قضاء الرطبة.
                وقال مصدر إن "الصيادين خرجوا مساء يوم الجمعة إلى البادية وانقطع الاتصال بهم".""", LocalDate.of(2024, 6, 16));
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).type()).isEqualTo(EventType.VIOLENCE_AGAINST_CIVILIANS);
        assertThat(ev.get(0).date()).contains(LocalDate.of(2024, 6, 14));
    }

    @Test
    void aLaterDayAfterTheFindIsNotTheAbductionDay() {
        List<Event> ev = events("""
                عثرت الشرطة في محافظة الأنبار، اليوم الأحد، على جثتي اثنين من الصيادين الذين اختطفوا على يد مسلحين في صحراء قضاء الرطبة.
                وقال مصدر إن "الجثتين ستنقلان غداً الاثنين إلى دائرة الطب العدلي".""", LocalDate.of(2024, 6, 16));
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).date()).contains(LocalDate.of(2024, 6, 16));
    }

    @Test
    void anOutletNameInBracketsIsNoPlaceAndNoDay() {
        List<Event> ev = events("""
                قتل شخصان وأصيب ثلاثة، مساء أمس، في اشتباك مسلح بين عشيرتين في قرية الحمدانية التابعة لناحية السلام في ميسان.
                ونقل مراسل (بغداد اليوم) عن مصادر محلية أن بين القتلى شاباً لم يكن طرفاً في الاشتباك.""", LocalDate.of(2024, 6, 19));
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).date()).contains(LocalDate.of(2024, 6, 18));
        assertThat(ev.get(0).locationName()).doesNotContain("بغداد");
    }

    @Test
    void aConfessedActWithItsOwnTimeIsRecalledNotTheArrestDay() {
        List<Event> ev = events("""
                أعلنت قيادة شرطة البصرة، اليوم الأربعاء، القبض على متهمين اثنين في قضاء الزبير اعترفا بالمشاركة في الاشتباك المسلح الذي شهدته ناحية سفوان مساء السبت الماضي.""",
                LocalDate.of(2024, 6, 19));
        assertThat(ev).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.ARREST);
            assertThat(e.date()).contains(LocalDate.of(2024, 6, 19));
        });
        assertThat(ev).filteredOn(e -> e.type() != EventType.ARREST).allSatisfy(e -> {
            assertThat(e.background()).isTrue();
            assertThat(e.date()).contains(LocalDate.of(2024, 6, 15));
        });
    }

    @Test
    void aChargeWithoutATimeOfItsOwnIsNoEvent() {
        List<Event> ev = events("أعلنت قيادة شرطة البصرة، اليوم الأربعاء، القبض على متهم بتفجير عبوة ناسفة في قضاء الزبير.",
                LocalDate.of(2024, 6, 19));
        assertThat(ev).extracting(Event::type).containsOnly(EventType.ARREST);
    }
}
