package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.common.DatePrecision;

/** An article reports several incidents: each trigger clause with its own place or date is its own event. */
class MultipleEventsTest {

    @Test
    void twoAttacksInOneSentenceWithDifferentPlacesAreTwoEvents() {
        List<Event> ev = Doc.of("وفي العاشر من آذار، هاجم عناصر من داعش نقطة للجيش في ناحية العباسي، كما شنوا هجوما آخر على دورية للشرطة في قرية الزركة.")
                .day("العاشر من آذار", LocalDate.of(2024, 3, 10), true).isis("داعش")
                .forces("للجيش", "Iraqi Army").forces("للشرطة", "Iraqi Police")
                .place("ناحية العباسي", "subdistrict", "IQG13", "IQG13Q02", 2)
                .place("قرية الزركة", "village", "IQG13", "IQG13Q02", 1).events();
        assertThat(ev).hasSize(2);
        assertThat(ev).extracting(Event::locationName).containsExactly("ناحية العباسي", "قرية الزركة");
        assertThat(ev).allSatisfy(e -> assertThat(e.date()).contains(LocalDate.of(2024, 3, 10)));
    }

    @Test
    void listOfEarlierAttacksGivesOneEventPerPlaceAndDate() {
        List<Event> ev = Doc.of("ومنذ مطلع الشهر الجاري، نفذ مسلحو داعش العديد من الهجمات، أبرزها في الثالث من آذار حيث هاجموا قوات الحشد في قرية البو دور، إلى جانب هجمات أخرى على الجيش في ناحية يثرب، فضلا عن هجوم في يوم 8 آذار على حقل عجيل النفطي.")
                .period("مطلع الشهر الجاري", LocalDate.of(2024, 3, 1), DatePrecision.WEEK)
                .day("الثالث من آذار", LocalDate.of(2024, 3, 3), true).day("يوم 8 آذار", LocalDate.of(2024, 3, 8), true)
                .isis("داعش").forces("الحشد", "Popular Mobilization Forces").forces("الجيش", "Iraqi Army")
                .place("قرية البو دور", "village", "IQG16", "IQG16Q06", 1)
                .place("ناحية يثرب", "subdistrict", "IQG16", "IQG16Q02", 2)
                .place("حقل عجيل النفطي", "oilfield", "IQG16", "IQG16Q06", 1).events();
        assertThat(ev).extracting(Event::locationName).containsExactly("قرية البو دور", "ناحية يثرب", "حقل عجيل النفطي");
        assertThat(ev.get(0).date()).contains(LocalDate.of(2024, 3, 3));
        assertThat(ev.get(1).datePrecision()).isEqualTo(DatePrecision.MONTH);
        assertThat(ev.get(2).date()).contains(LocalDate.of(2024, 3, 8));
        assertThat(ev).allSatisfy(e -> assertThat(e.actor1()).containsExactly("Islamic State"));
        assertThat(ev).allSatisfy(e -> assertThat(e.background()).isTrue());
    }

    @Test
    void mainEventAndRecalledEarlierEventAreSeparate() {
        List<Event> ev = Doc.of("قتل جنديان بانفجار عبوة ناسفة استهدف دورية للجيش في قضاء الطارمية امس. وكان التنظيم قد شن في الخامس من الشهر الجاري هجوما على نقطة للشرطة في ناحية العظيم.")
                .day("امس", LocalDate.of(2024, 3, 13), true).day("الخامس من الشهر الجاري", LocalDate.of(2024, 3, 5), true)
                .number("جنديان", 2, org.marsad.text.Counted.KILLED)
                .forces("للجيش", "Iraqi Army").forces("للشرطة", "Iraqi Police").isis("التنظيم")
                .place("قضاء الطارمية", "district", "IQG07", "IQG07Q05", 2)
                .place("ناحية العظيم", "subdistrict", "IQG10", "IQG10Q02", 2).events();
        assertThat(ev).hasSize(2);
        assertThat(ev.get(0).type()).isEqualTo(EventType.EXPLOSION);
        assertThat(ev.get(0).background()).isFalse();
        assertThat(ev.get(1).type()).isEqualTo(EventType.ATTACK);
        assertThat(ev.get(1).background()).isTrue();
        assertThat(ev.get(1).date()).contains(LocalDate.of(2024, 3, 5));
    }

    @Test
    void otherMarksADifferentIncident() {
        List<Event> ev = Doc.of("هاجم مسلحون مجهولون قرية الحيجل في قضاء خانقين، وفي هجوم آخر في القضاء نفسه اصيب مزارع.")
                .actor("مسلحون مجهولون", "Unidentified Armed Group", "unidentified")
                .place("قرية الحيجل", "village", "IQG10", "IQG10Q05", 1)
                .place("قضاء خانقين", "district", "IQG10", "IQG10Q05", 2).events();
        assertThat(ev).hasSize(2);
    }

    @Test
    void idsFollowTextOrderAndNameTheDocument() {
        List<Event> ev = Doc.of("هاجم داعش قرية الحيجل. واشتبكت قوات البيشمركة مع مسلحين في ناحية قره تبه.")
                .isis("داعش").forces("قوات البيشمركة", "Peshmerga")
                .place("قرية الحيجل", "village", "IQG10", "IQG10Q05", 1)
                .place("ناحية قره تبه", "subdistrict", "IQG10", "IQG10Q06", 2).events();
        assertThat(ev).extracting(Event::id).containsExactly("doc1-e1", "doc1-e2");
        assertThat(ev).allSatisfy(e -> assertThat(e.documents()).containsExactly("doc1"));
        assertThat(ev.get(1).type()).isEqualTo(EventType.ARMED_CLASH);
    }

    @Test
    void evidenceSpansPointIntoTheOriginalText() {
        String text = "أعلنت الشرطة اليوم أن مسلحين مجهولين اغتالوا مختارا في قرية الصفرة.";
        List<Event> ev = Doc.of(text).day("اليوم", Doc.PUB, true).place("قرية الصفرة", "village", "IQG13", "IQG13Q02", 1).events();
        assertThat(ev).hasSize(1);
        Evidence e = ev.get(0).evidence().get(0);
        assertThat(text.substring(e.span().start(), e.span().end())).isEqualTo(e.text());
        assertThat(e.docId()).isEqualTo("doc1");
    }

    @Test
    void bombingThatKilledIsOneIncident() {
        assertThat(Doc.of("استهدفت عبوة ناسفة دورية للجيش في قضاء الطارمية، ما أدى إلى مقتل جنديين، وقتل المهاجمون سائقاً كان قربها.")
                .place("قضاء الطارمية", "district", "IQG07", "IQG07Q05", 2).events())
                .singleElement().satisfies(e -> assertThat(e.type()).isEqualTo(EventType.EXPLOSION));
    }

    @Test
    void clashWithMortarFireIsOneClash() {
        assertThat(Doc.of("اندلعت اشتباكات بين الجيش ومسلحين في قضاء سنجار، وتبادل الطرفان القصف بقذائف الهاون.")
                .place("قضاء سنجار", "district", "IQG15", "IQG15Q07", 2).events())
                .singleElement().satisfies(e -> assertThat(e.type()).isEqualTo(EventType.ARMED_CLASH));
    }

    @Test
    void stormingAndShootingAtACrowdIsOneRiot() {
        assertThat(Doc.of("اقتحم محتجون مقر حزب في قضاء رانية وأضرموا النار فيه، وأطلق الحراس النار على الحشود.")
                .place("قضاء رانية", "district", "IQG06", "IQG06Q09", 2).events())
                .singleElement().satisfies(e -> assertThat(e.type()).isEqualTo(EventType.RIOT));
    }

    @Test
    void newSceneSentenceStartsAnotherEvent() {
        List<Event> es = Doc.of("تظاهر مئات الموظفين في مدينة السليمانية للمطالبة بالرواتب. وفي قضاء رانية، أحرق محتجون مقار حزبية.")
                .place("مدينة السليمانية", "city", "IQG06", "IQG06Q01", 1).place("قضاء رانية", "district", "IQG06", "IQG06Q09", 2).events();
        assertThat(es).extracting(Event::type).containsExactly(EventType.PROTEST, EventType.RIOT);
    }

    @Test
    void protestInTwoCoordinatedPlacesIsOneEventPerPlace() {
        List<Event> es = Doc.of("تظاهر العشرات في قضاءي كلار وجمجمال للمطالبة بالرواتب.")
                .place("كلار", "town", "IQG06", "IQG06Q06", 1).place("جمجمال", "town", "IQG06", "IQG06Q02", 1).events();
        assertThat(es).extracting(Event::locationName).containsExactlyInAnyOrder("كلار", "جمجمال");
        assertThat(es).allMatch(e -> e.type() == EventType.PROTEST);
    }

    @Test
    void renewedProtestIsANewEvent() {
        List<Event> es = Doc.of("تظاهر المئات أمس في قضاء كلار. وتجددت الاحتجاجات اليوم في قضاء كلار.")
                .place("قضاء كلار", "district", "IQG06", "IQG06Q06", 2)
                .day("أمس", Doc.PUB.minusDays(1), true).day("اليوم", Doc.PUB, true).events();
        assertThat(es).hasSize(2);
    }

    @Test
    void organisersOfProtestsAreNoProtest() {
        assertThat(Doc.of("اعتقلت الشرطة ثلاثة من منظمي التظاهرات في قضاء كلار.")
                .place("قضاء كلار", "district", "IQG06", "IQG06Q06", 2).events())
                .extracting(Event::type).containsExactly(EventType.ARREST);
    }
}
