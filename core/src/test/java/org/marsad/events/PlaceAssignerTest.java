package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marsad.entities.PlaceCue;
import org.marsad.geo.Place;

/** The event's place, not the dateline's or the speaker's; the most precise one named for it. */
class PlaceAssignerTest {

    @Test
    void statementInOneCityAboutAnAttackInAnotherIsPlacedAtTheAttack() {
        Event e = Doc.of("أربيل - قالت وزارة البيشمركة في بيان صدر في أربيل إن مسلحين هاجموا قرية كولجو في قضاء كفري.")
                .placeCue("أربيل", PlaceCue.SPEAKER, "city", "IQG11", "IQG11Q01", 1)
                .place("قرية كولجو", "village", "IQG10", "IQG10Q06", 1)
                .place("قضاء كفري", "district", "IQG10", "IQG10Q06", 2).events().get(0);
        assertThat(e.locationName()).isEqualTo("قرية كولجو");
        assertThat(e.location().map(Place::admin1Pcode)).contains("IQG10");
    }

    @Test
    void datelinePlaceIsSkipped() {
        Event e = Doc.of("بغداد – انفجرت عبوة ناسفة في سوق قضاء المحمودية.")
                .placeCue("بغداد", PlaceCue.DATELINE, "capital", "IQG07", "IQG07Q01", 1)
                .place("قضاء المحمودية", "district", "IQG07", "IQG07Q04", 2).events().get(0);
        assertThat(e.locationName()).isEqualTo("قضاء المحمودية");
    }

    @Test
    void villageIsPreferredOverItsDistrict() {
        Event e = Doc.of("هاجم مسلحون قضاء الدبس في قرية سركران.")
                .place("قضاء الدبس", "district", "IQG13", "IQG13Q01", 2)
                .place("قرية سركران", "village", "IQG13", "IQG13Q01", 1).events().get(0);
        assertThat(e.locationName()).isEqualTo("قرية سركران");
    }

    @Test
    void placesAfterBetweenOnlyDescribe() {
        Event e = Doc.of("هاجم مسلحون بلدة سنجار المتنازع عليها بين بغداد وأربيل.")
                .place("بلدة سنجار", "town", "IQG15", "IQG15Q06", 1)
                .place("بغداد", "capital", "IQG07", "IQG07Q01", 1).place("أربيل", "city", "IQG11", "IQG11Q01", 1).events().get(0);
        assertThat(e.locationName()).isEqualTo("بلدة سنجار");
    }

    @Test
    void unknownVillageKeepsItsWrittenNameAndTheGovernorate() {
        Event e = Doc.of("هاجم مسلحون قرية الشيخ حميد في محافظة صلاح الدين.")
                .place("صلاح الدين", "governorate", "IQG16", "", 3).events().get(0);
        assertThat(e.locationName()).isEqualTo("الشيخ حميد");
        assertThat(e.location().map(Place::admin1Pcode)).contains("IQG16");
    }

    @Test
    void unknownVillageAfterTheTriggerKeepsItsNameInsideTheKnownDistrict() {
        Event e = Doc.of("وكان قضاء الخالص قد شهد امس هجوما على قرية أم الحديد.")
                .day("امس", Doc.PUB.minusDays(1), true)
                .place("قضاء الخالص", "district", "IQG10", "IQG10Q03", 2).events().get(0);
        assertThat(e.locationName()).isEqualTo("أم الحديد");
        assertThat(e.location().map(Place::admin2Pcode)).contains("IQG10Q03");
    }

    @Test
    void fallsBackToTheSentenceThenTheArticle() {
        List<Event> ev = Doc.of("في قضاء بلد، وقع هجوم مسلح على دورية للجيش مساء امس.")
                .day("مساء امس", Doc.PUB.minusDays(1), true)
                .place("قضاء بلد", "district", "IQG16", "IQG16Q01", 2).events();
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).locationName()).isEqualTo("قضاء بلد");
    }

    @Test
    void containmentAndSameDistrictAreCompatible() {
        Place district = Doc.gazetteerPlace("مخمور", "district", "IQG11", "IQG11Q04", 2);
        Place village = Doc.gazetteerPlace("قرية", "village", "IQG11", "IQG11Q04", 1);
        Place town = Doc.gazetteerPlace("بلدة", "town", "IQG11", "IQG11Q04", 1);
        Place elsewhere = Doc.gazetteerPlace("الرمادي", "city", "IQG01", "IQG01Q05", 1);
        Place governorate = Doc.gazetteerPlace("أربيل", "governorate", "IQG11", "", 3);
        assertThat(PlaceAssigner.compatible(Optional.of(district), Optional.of(village))).isTrue();
        assertThat(PlaceAssigner.compatible(Optional.of(town), Optional.of(village))).isTrue();
        assertThat(PlaceAssigner.compatible(Optional.of(governorate), Optional.of(village))).isTrue();
        assertThat(PlaceAssigner.compatible(Optional.of(elsewhere), Optional.of(village))).isFalse();
        assertThat(PlaceAssigner.compatible(Optional.empty(), Optional.of(village))).isTrue();
    }

    @Test
    void definiteAreaNounIntroducesNoName() {
        List<Event> es = Doc.of("هاجم مسلحون قرية الصفرة في قضاء الحويجة. وطوقت قوة من الجيش المنطقة وتمكنت من القبض على اثنين منهم.")
                .place("قضاء الحويجة", "district", "IQG13", "IQG13Q01", 2).events();
        assertThat(es).noneMatch(e -> e.locationName().startsWith("وتمكنت") || e.locationName().equals("المنطقة"));
    }

    @Test
    void adjectiveAfterSettlementNounIsNoName() {
        List<Event> es = Doc.of("انفجرت عبوة ناسفة في المنطقة المحيطة بقضاء بيجي.")
                .place("قضاء بيجي", "district", "IQG16", "IQG16Q02", 2).events();
        assertThat(es).singleElement().satisfies(e -> assertThat(e.locationName()).isEqualTo("قضاء بيجي"));
        List<Event> others = Doc.of("انفجرت عبوة ناسفة في منطقة تابعة لقضاء بيجي.")
                .place("قضاء بيجي", "district", "IQG16", "IQG16Q02", 2).events();
        assertThat(others).singleElement().satisfies(e -> assertThat(e.locationName()).doesNotContain("تابعة"));
    }

    @Test
    void ambiguousVillageIsReadInsideTheDistrictNamedAfterIt() {
        Place elsewhere = Doc.gazetteerPlace("الجديدة", "town", "IQG07", "IQG07Q02", 1);
        Place inside = Doc.gazetteerPlace("الجديدة", "village", "IQG14", "IQG14Q03", 1);
        String text = "قتل شخص بنزاع عشائري في قرية الجديدة التابعة لقضاء الكحلاء.";
        Doc d = Doc.of(text).place("قضاء الكحلاء", "district", "IQG14", "IQG14Q03", 2);
        int s = text.indexOf("الجديدة");
        List<Event> es = d.withPlace(new org.marsad.entities.PlaceMention(new org.marsad.common.Span(s, s + 7), "الجديدة",
                elsewhere, List.of(inside), PlaceCue.NONE)).events();
        assertThat(es).singleElement().satisfies(e -> assertThat(e.location().map(Place::admin1Pcode)).contains("IQG14"));
    }

    @Test
    void citiesARoadIsNamedAfterAreNotTheEventPlace() {
        Event e = Doc.of("انفجرت عبوة ناسفة على طريق بغداد – كركوك قرب ناحية العظيم.")
                .place("بغداد", "city", "IQG07", "IQG07Q01", 1).place("كركوك", "city", "IQG13", "IQG13Q02", 1)
                .place("ناحية العظيم", "subdistrict", "IQG10", "IQG10Q01", 2).events().get(0);
        assertThat(e.location().map(Place::admin1Pcode)).contains("IQG10");
    }

    @Test
    void placeNamedAsReferencePointYieldsToThePlaceItLocates() {
        Event e = Doc.of("هاجم مسلحون ناحية الرشاد جنوب كركوك.")
                .place("ناحية الرشاد", "subdistrict", "IQG13", "IQG13Q02", 2).place("كركوك", "city", "IQG13", "IQG13Q02", 1)
                .events().get(0);
        assertThat(e.locationName()).isEqualTo("ناحية الرشاد");
    }

    @Test
    void aVerbOfLocationAfterTheSettlementNounIsNoName() {
        List<Event> es = Doc.of("هاجم مسلحون قرية تقع على بعد خمسة كيلومترات من قضاء بيجي.")
                .place("قضاء بيجي", "district", "IQG16", "IQG16Q02", 2).events();
        assertThat(es).singleElement().satisfies(e -> assertThat(e.locationName()).doesNotContain("تقع"));
        List<Event> rugged = Doc.of("قتل راعيان بهجوم مسلح في منطقة وعرة جنوب قضاء بيجي.")
                .place("قضاء بيجي", "district", "IQG16", "IQG16Q02", 2).events();
        assertThat(rugged).singleElement().satisfies(e -> assertThat(e.locationName()).doesNotContain("وعرة"));
    }
}
