package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.common.DatePrecision;

/** The event's day: its own time words, the lede's, the publication week, or honestly unknown. */
class DateAssignerTest {
    private static final String PLACE = "ناحية العلم";

    private static Doc doc(String text) {
        return Doc.of(text).place(PLACE, "subdistrict", "IQG16", "IQG16Q07", 2);
    }

    @Test
    void usesTheEventsOwnTimeExpression() {
        Event e = doc("هاجم مسلحون نقطة تفتيش في ناحية العلم فجر الثلاثاء.")
                .day("فجر الثلاثاء", LocalDate.of(2024, 3, 12), true).events().get(0);
        assertThat(e.date()).contains(LocalDate.of(2024, 3, 12));
        assertThat(e.datePrecision()).isEqualTo(DatePrecision.DAY);
        assertThat(e.dateDerivation()).startsWith("relative:");
    }

    @Test
    void absoluteDatesAreExplicit() {
        Event e = doc("في 9 آذار 2024 هاجم مسلحون نقطة تفتيش في ناحية العلم.")
                .period("9 آذار 2024", LocalDate.of(2024, 3, 9), DatePrecision.DAY).events().get(0);
        assertThat(e.date()).contains(LocalDate.of(2024, 3, 9));
    }

    @Test
    void nightSpanningTwoDaysKeepsTheAlternate() {
        Event e = doc("ليلة 10/11 آذار هاجم مسلحون نقطة تفتيش في ناحية العلم.")
                .night("ليلة 10/11 آذار", LocalDate.of(2024, 3, 10), LocalDate.of(2024, 3, 11)).events().get(0);
        assertThat(e.date()).contains(LocalDate.of(2024, 3, 10));
        assertThat(e.dateAlt()).contains(LocalDate.of(2024, 3, 11));
    }

    @Test
    void statementDayAfterASpeechVerbIsNotTheEventDay() {
        List<Event> ev = doc("إثر الهجوم على ناحية العلم أكد المحافظ الخميس أن الوضع تحت السيطرة. وكان الهجوم قد وقع مساء الاربعاء في ناحية العلم.")
                .day("الخميس", LocalDate.of(2024, 3, 14), true).day("مساء الاربعاء", LocalDate.of(2024, 3, 13), true).events();
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).date()).contains(LocalDate.of(2024, 3, 13));
    }

    @Test
    void ledeRelativeExpressionDatesTheLedeEvent() {
        Event e = doc("أعلنت الشرطة امس عن هجوم مسلح على ناحية العلم.")
                .day("امس", LocalDate.of(2024, 3, 13), true).events().get(0);
        assertThat(e.date()).contains(LocalDate.of(2024, 3, 13));
    }

    @Test
    void withoutTimeWordsThePublicationDayIsWidenedToAWeek() {
        Event e = doc("هاجم مسلحون نقطة تفتيش في ناحية العلم.").events().get(0);
        assertThat(e.date()).contains(Doc.PUB);
        assertThat(e.datePrecision()).isEqualTo(DatePrecision.WEEK);
        assertThat(e.dateDerivation()).isEqualTo("publication-widened");
    }

    @Test
    void unknownPublicationAndRelativeWordsGiveAnUnknownDate() {
        Event e = doc("انطلقت اليوم عملية أمنية في ناحية العلم.").unknownPublication().unresolvedTime("اليوم").events().get(0);
        assertThat(e.date()).isEmpty();
        assertThat(e.datePrecision()).isEqualTo(DatePrecision.UNKNOWN);
    }

    @Test
    void unknownPublicationWithoutTimeWordsIsUnknownNotInvented() {
        Event e = doc("انطلقت عملية أمنية في ناحية العلم.").unknownPublication().events().get(0);
        assertThat(e.date()).isEmpty();
        assertThat(e.datePrecision()).isEqualTo(DatePrecision.UNKNOWN);
    }

    @Test
    void listItemInheritsTheDayOfItsSentence() {
        List<Event> ev = doc("في السابع من آذار هاجم مسلحون ناحية العلم، كما شنوا هجوما على قرية البو عجيل.")
                .day("السابع من آذار", LocalDate.of(2024, 3, 7), true)
                .place("قرية البو عجيل", "village", "IQG16", "IQG16Q07", 1).events();
        assertThat(ev).hasSize(2);
        assertThat(ev).allSatisfy(e -> assertThat(e.date()).contains(LocalDate.of(2024, 3, 7)));
    }

    @Test
    void pluralEventsSinceTheStartOfTheMonthHaveMonthPrecision() {
        Event e = doc("ومنذ مطلع الشهر الجاري شن مسلحون هجمات على ناحية العلم.")
                .period("مطلع الشهر الجاري", LocalDate.of(2024, 3, 1), DatePrecision.WEEK).events().get(0);
        assertThat(e.datePrecision()).isEqualTo(DatePrecision.MONTH);
        assertThat(e.date()).contains(LocalDate.of(2024, 3, 1));
    }

    @Test
    void compatibleDatesAreADayApartOrTheSameMonth() {
        DateChoice a = new DateChoice(java.util.Optional.of(LocalDate.of(2024, 3, 10)), DatePrecision.DAY, java.util.Optional.empty(), "explicit", 3);
        DateChoice b = new DateChoice(java.util.Optional.of(LocalDate.of(2024, 3, 11)), DatePrecision.DAY, java.util.Optional.empty(), "explicit", 3);
        DateChoice c = new DateChoice(java.util.Optional.of(LocalDate.of(2024, 3, 14)), DatePrecision.DAY, java.util.Optional.empty(), "explicit", 3);
        DateChoice m = new DateChoice(java.util.Optional.of(LocalDate.of(2024, 3, 1)), DatePrecision.MONTH, java.util.Optional.empty(), "explicit", 2);
        assertThat(a.compatible(b)).isTrue();
        assertThat(a.compatible(c)).isFalse();
        assertThat(c.compatible(m)).isTrue();
        assertThat(a.compatible(DateChoice.NONE)).isTrue();
    }

    @Test
    void dawnIsATimeNotADetonation() {
        List<Event> ev = doc("هاجم مسلحون نقطة تفتيش في ناحية العلم فجر اليوم.").day("فجر اليوم", Doc.PUB, true).events();
        assertThat(ev).extracting(Event::type).containsExactly(EventType.ATTACK);
    }

    @Test
    void incidentSomeDaysBeforeTheReportedOneIsDatedFromIt() {
        var ev = Doc.of("قتل جنديان بانفجار عبوة في قضاء بيجي أمس. ويأتي التفجير بعد ثلاثة أيام من هجوم على نقطة للشرطة في قضاء تكريت.")
                .place("قضاء بيجي", "district", "IQG16", "IQG16Q02", 2).place("قضاء تكريت", "district", "IQG16", "IQG16Q06", 2)
                .day("أمس", Doc.PUB.minusDays(1), true).number("جنديان", 2).events();
        assertThat(ev).hasSize(2);
        assertThat(ev.get(1).type()).isEqualTo(EventType.ATTACK);
        assertThat(ev.get(1).date()).hasValue(Doc.PUB.minusDays(4));
        assertThat(ev.get(1).background()).isTrue();
    }

    @Test
    void daysBeforeReadsWordsDigitsAndWeeks() {
        for (String[] x : new String[][] {{"بعد يومين من", "2"}, {"بعد 5 أيام من", "5"}, {"بعد أسبوع من", "7"}, {"بعد خمسة أيام فقط من", "5"},
                {"بعد أسبوع على", "7"}, {"بعد ثلاثة أيام على", "3"}}) {
            var ev = Doc.of("قتل جندي بهجوم في قضاء بيجي أمس. ويأتي الهجوم " + x[0] + " تفجير في قضاء تكريت.")
                    .place("قضاء بيجي", "district", "IQG16", "IQG16Q02", 2).place("قضاء تكريت", "district", "IQG16", "IQG16Q06", 2)
                    .day("أمس", Doc.PUB.minusDays(1), true).events();
            assertThat(ev).as(x[0]).hasSize(2);
            assertThat(ev.get(1).date()).as(x[0]).hasValue(Doc.PUB.minusDays(1 + Integer.parseInt(x[1])));
        }
    }

    @Test
    void theDayOfADeathThatRevisedTheTollIsNotTheIncidentsDay() {
        var ev = doc("ارتفعت حصيلة الهجوم على ناحية العلم إلى أربعة قتلى بعدما توفي جريح في المستشفى صباح اليوم. وكان مسلحون قد هاجموا النقطة في ناحية العلم مساء الثلاثاء.")
                .day("صباح اليوم", Doc.PUB, true).day("مساء الثلاثاء", LocalDate.of(2024, 3, 12), true).events();
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).date()).hasValue(LocalDate.of(2024, 3, 12));
    }

    @Test
    void aTimeBeforeTheDeathStillDatesTheIncident() {
        var ev = doc("قتل جندي بهجوم على نقطة في ناحية العلم فجر اليوم وتوفي متأثراً بجروحه.")
                .day("فجر اليوم", Doc.PUB, true).events();
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).date()).hasValue(Doc.PUB);
    }

    @Test
    void theNextDayIsDatedFromTheIncidentJustTold() {
        var ev = doc("هاجم مسلحون نقطة للشرطة في ناحية العلم ليلة 5 آذار 2024. وفي اليوم التالي، اعتقلت قوة أمنية أربعة مشتبه بهم في ناحية العلم.")
                .period("ليلة 5 آذار 2024", LocalDate.of(2024, 3, 5), DatePrecision.DAY).unknownPublication().events();
        assertThat(ev).hasSize(2);
        assertThat(ev.get(1).type()).isEqualTo(EventType.ARREST);
        assertThat(ev.get(1).date()).hasValue(LocalDate.of(2024, 3, 6));
        var later = doc("هاجم مسلحون نقطة للشرطة في ناحية العلم ليلة 5 آذار 2024. وصباح اليوم الذي تلاه اعتقلت قوة أمنية أربعة مشتبه بهم في ناحية العلم.")
                .period("ليلة 5 آذار 2024", LocalDate.of(2024, 3, 5), DatePrecision.DAY).unknownPublication().events();
        assertThat(later.get(1).date()).hasValue(LocalDate.of(2024, 3, 6));
    }

    @Test
    void theDayOfAnAnnouncementYieldsToTheActsOwnTime() {
        var ev = doc("أعلنت قيادة الشرطة اليوم الخميس اعتقال ثلاثة مطلوبين في ناحية العلم. "
                        + "وقالت القيادة إنه فجر أمس، نفذت قوة خاصة إنزالاً، أسفر عن اعتقال المطلوبين في ناحية العلم.")
                .day("اليوم الخميس", Doc.PUB, true).day("فجر أمس", Doc.PUB.minusDays(1), true).events();
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).date()).hasValue(Doc.PUB.minusDays(1));
    }

    @Test
    void anAnnouncementAloneStillDatesTheAct() {
        var ev = doc("أعلنت قيادة الشرطة، اليوم الخميس، اعتقال ثلاثة مطلوبين في ناحية العلم.")
                .day("اليوم الخميس", Doc.PUB, true).events();
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).date()).hasValue(Doc.PUB);
        assertThat(ev.get(0).datePrecision()).isEqualTo(DatePrecision.DAY);
    }

    @Test
    void aWrittenDateOfAnotherReportBeatsTheBareTodayOfTheAnnouncement() {
        var ev = doc("أعلنت قيادة الشرطة، اليوم، اعتقال ثلاثة مطلوبين في ناحية العلم. "
                        + "وقالت القيادة إنه في 13 آذار 2024، نفذت قوة خاصة إنزالاً، أسفر عن اعتقال المطلوبين في ناحية العلم.")
                .day("اليوم", Doc.PUB, true).day("13 آذار 2024", LocalDate.of(2024, 3, 13), false).events();
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).date()).hasValue(LocalDate.of(2024, 3, 13));
    }
}
