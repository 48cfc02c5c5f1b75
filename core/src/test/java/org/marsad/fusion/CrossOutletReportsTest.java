package org.marsad.fusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.fusion.TestEvents.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.events.Event;
import org.marsad.events.EventType;
import org.marsad.geo.Place;

/**
 * Outlets report one incident differently: a neighbouring sub-district, the governorate seat, an
 * unresolved village, a revised toll days later, "attack" for a drone strike, the attacker or only
 * the target. Each rule that joins such reports has its counterpart that keeps two incidents apart.
 */
class CrossOutletReportsTest {
    private static final String TURKEY = "Turkish Armed Forces";
    private static final String IS = "Islamic State";
    private static final String ARMY = "Iraqi Army";

    // two sub-districts of one district, about 12 km apart, and a third 45 km away (coordinates of the test only)
    private static final Place SUB_A = place("t-sub-a", "قرية الصفصاف", "village", "IQG15", "IQG15Q07", "IQG15Q07N02", 36.40, 41.70);
    private static final Place SUB_B = place("t-sub-b", "مجمع الوادي", "town", "IQG15", "IQG15Q07", "IQG15Q07N03", 36.48, 41.80);
    private static final Place SUB_FAR = place("t-sub-far", "قرية البيدر", "village", "IQG15", "IQG15Q07", "IQG15Q07N01", 36.35, 42.25);
    private static final Place DUHOK_CITY = place("M-DUHOK", "دهوك", "city", "IQG09", "IQG09Q02", "IQG09Q02N02", 36.86, 42.99);
    private static final Place AMADIYA_VILLAGE = place("t-amadiya-v", "قرية الجوزة", "village", "IQG09", "IQG09Q01", "", 37.05, 43.30);
    private static final Place ZAKHO = place("t-zakho", "زاخو", "city", "IQG09", "IQG09Q04", "IQG09Q04N01", 37.14, 42.68);
    private static final Place NASIRIYAH = place("M-NASIRIYAH", "الناصرية", "city", "IQG17", "IQG17Q04", "IQG17Q04N02", 31.04, 46.26);
    private static final Place SHATRA = place("t-shatra", "الشطرة", "district", "IQG17", "IQG17Q03", "", 31.41, 46.17);
    private static final Place PENJWEN = place("t-penjwen", "بنجوين", "district", "IQG06", "IQG06Q07", "", 35.62, 45.94);
    private static final Place TARMIYAH = place("t-tarmiyah", "الطارمية", "district", "IQG08", "IQG08Q06", "", 33.67, 44.40);
    private static final Place MISHAHDA = place("t-mishahda", "المشاهدة", "subdistrict", "IQG08", "IQG08Q06", "IQG08Q06N02", 33.60, 44.30);
    private static final Place BASE = place("t-base", "قاعدة الصخرة الجوية", "base", "IQG11", "IQG11Q06", "IQG11Q06N03", 36.53, 44.35);
    private static final Place QAYYARAH = place("t-qayyarah", "القيارة", "subdistrict", "IQG15", "IQG15Q05", "IQG15Q05N01", 35.80, 43.29);

    private static Place place(String id, String name, String type, String a1, String a2, String a3, double lat, double lon) {
        return new Place(id, name, "", type, "Iraq", a1, a2, a3, List.of(), lat, lon, type.equals("district") ? 2 : 1);
    }

    private static FusionContext oneStory(String... docs) {
        Map<String, String> story = new java.util.HashMap<>();
        for (String d : docs) story.put(d, "story-" + docs[0]);
        return new FusionContext(Map.of(), story);
    }

    private static int fused(FusionContext ctx, Event... events) {
        return Fusion.apply(List.of(events), List.of(), ctx).size();
    }

    @Test
    void neighbouringSubDistrictsInOneStoryAreOneStrike() {
        // "استهدفت مسيرة تركية سيارة على الطريق بين مجمع الوادي وقرية الصفصاف": each outlet names one end
        Event a = event("docA", 1).type(EventType.AIRSTRIKE).day("2021-08-16").at(SUB_A).by(TURKEY).on("PKK").killed(2).build();
        Event b = event("docB", 1).type(EventType.AIRSTRIKE).day("2021-08-16").at(SUB_B).by(TURKEY).on("PKK", "Civilians").killed(1).build();
        assertThat(fused(oneStory("docA", "docB"), a, b)).isEqualTo(1);
    }

    @Test
    void aRecallByDayAndPlaceJoinsTheReportThatNamedOnlyTheAttacker() {
        // the news: "هجوم نفذه داعش على نقطة مرابطة في القيارة"; six weeks later an analysis piece: "ويستذكر الضابط
        // الهجوم الذي استهدف نقطة للجيش في القيارة في الثالث من أيار"
        Event news = event("docA", 1).type(EventType.ATTACK).day("2022-05-03").at(QAYYARAH).by(IS).killed(2).build();
        Event recall = event("docB", 1).type(EventType.ATTACK).day("2022-05-03").at(QAYYARAH).by("Unidentified Armed Group").on(ARMY)
                .killed(3).background().build();
        assertThat(fused(FusionContext.EMPTY, news, recall)).isEqualTo(1);
    }

    @Test
    void aRecallOfAnotherDayStaysApartFromTheReport() {
        Event news = event("docA", 1).type(EventType.ATTACK).day("2022-05-03").at(QAYYARAH).by(IS).killed(2).build();
        Event recall = event("docB", 1).type(EventType.ATTACK).day("2022-05-05").at(QAYYARAH).by("Unidentified Armed Group").on(ARMY)
                .killed(3).background().build();
        assertThat(fused(FusionContext.EMPTY, news, recall)).isEqualTo(2);
    }

    @Test
    void twoNewsReportsNamingOppositeHalvesStayApartWithoutAStoryOrASite() {
        // the recall rule needs one side recalled, and the same-spot rule the same day: two fresh reports of a
        // sub-district a day apart may be two incidents
        Event a = event("docA", 1).type(EventType.ATTACK).day("2022-05-03").at(QAYYARAH).by(IS).killed(2).build();
        Event b = event("docB", 1).type(EventType.ATTACK).day("2022-05-04").at(QAYYARAH).by("Unidentified Armed Group").on(ARMY)
                .killed(3).build();
        assertThat(fused(FusionContext.EMPTY, a, b)).isEqualTo(2);
    }

    @Test
    void neighbouringSubDistrictsWithTheSameTollAreOneIncident() {
        Event a = event("docA", 1).type(EventType.EXPLOSION).day("2021-08-16").at(SUB_A).by("Unidentified Armed Group").on("Civilians").killed(3).build();
        Event b = event("docB", 1).type(EventType.EXPLOSION).day("2021-08-17").at(SUB_B).by("Unidentified Armed Group").killed(3).build();
        assertThat(fused(FusionContext.EMPTY, a, b)).isEqualTo(1);
    }

    @Test
    void neighbouringSubDistrictsWithOnlyTheSameSidesStayApart() {
        // Turkish strikes on PKK hit several villages of one district on one day
        Event a = event("docA", 1).type(EventType.AIRSTRIKE).day("2021-08-16").at(SUB_A).by(TURKEY).on("PKK").killed(2).build();
        Event b = event("docB", 1).type(EventType.AIRSTRIKE).day("2021-08-16").at(SUB_B).by(TURKEY).on("PKK").killed(1).build();
        assertThat(fused(FusionContext.EMPTY, a, b)).isEqualTo(2);
    }

    @Test
    void neighbouringSubDistrictsWithNoNamedSideInCommonStayApart() {
        Event a = event("docA", 1).type(EventType.EXPLOSION).day("2021-08-16").at(SUB_A).by("Unidentified Armed Group").on("Civilians").killed(1).build();
        Event b = event("docB", 1).type(EventType.EXPLOSION).day("2021-08-16").at(SUB_B).by("Unidentified Armed Group").on("Civilians").killed(3).build();
        assertThat(fused(FusionContext.EMPTY, a, b)).isEqualTo(2);
    }

    @Test
    void subDistrictsFarApartStayApartEvenWithTheSameAttacker() {
        Event a = event("docA", 1).type(EventType.AIRSTRIKE).day("2021-08-16").at(SUB_A).by(TURKEY).on("PKK").killed(2).build();
        Event b = event("docB", 1).type(EventType.AIRSTRIKE).day("2021-08-16").at(SUB_FAR).by(TURKEY).on("PKK").killed(2).build();
        assertThat(EventMatch.kilometres(SUB_A, SUB_FAR)).isGreaterThan(EventMatch.SIBLING_KM);
        assertThat(fused(oneStory("docA", "docB"), a, b)).isEqualTo(2);
    }

    @Test
    void neighbouringSubDistrictsTwoDaysApartStayApart() {
        Event a = event("docA", 1).type(EventType.AIRSTRIKE).day("2021-08-16").at(SUB_A).by(TURKEY).on("PKK").killed(2).build();
        Event b = event("docB", 1).type(EventType.AIRSTRIKE).day("2021-08-18").at(SUB_B).by(TURKEY).on("PKK").killed(2).build();
        assertThat(fused(oneStory("docA", "docB"), a, b)).isEqualTo(2);
    }

    @Test
    void governorateSeatStandsForTheGovernorateWhenTheArticlesTellOneStory() {
        // "الضربة التي استهدفت سيارة قرب سرسنك في دهوك": the geocoder read دهوك as the city
        Event a = event("docA", 1).type(EventType.AIRSTRIKE).day("2024-08-20").at(AMADIYA_VILLAGE).by(TURKEY).killed(2).build();
        Event b = event("docB", 1).type(EventType.AIRSTRIKE).day("2024-08-20").at(DUHOK_CITY).by("Unidentified Armed Group").killed(3).build();
        assertThat(fused(oneStory("docA", "docB"), a, b)).isEqualTo(1);
    }

    @Test
    void governorateSeatWithTheSameTollJoinsWithoutAStory() {
        Event a = event("docA", 1).type(EventType.AIRSTRIKE).day("2024-08-20").at(AMADIYA_VILLAGE).by(TURKEY).killed(3).build();
        Event b = event("docB", 1).type(EventType.AIRSTRIKE).day("2024-08-21").at(DUHOK_CITY).by(TURKEY).killed(3).build();
        assertThat(fused(FusionContext.EMPTY, a, b)).isEqualTo(1);
    }

    @Test
    void governorateSeatWithOnlyTheUsualBelligerentsInCommonStaysApart() {
        // coalition strikes hit the seat and a district town of one governorate on the same day
        Event a = event("docA", 1).type(EventType.AIRSTRIKE).day("2015-07-30").at(QAYYARAH).by("International Coalition").on(IS).build();
        Event b = event("docB", 1).type(EventType.AIRSTRIKE).day("2015-07-30")
                .at(place("M-MOSUL", "الموصل", "city", "IQG15", "IQG15Q05", "IQG15Q05N04", 36.34, 43.13))
                .by("International Coalition").on(IS).build();
        assertThat(fused(FusionContext.EMPTY, a, b)).isEqualTo(2);
    }

    @Test
    void governorateSeatWithoutCorroborationStaysApart() {
        Event a = event("docA", 1).type(EventType.AIRSTRIKE).day("2024-08-20").at(AMADIYA_VILLAGE).by(TURKEY).killed(2).build();
        Event b = event("docB", 1).type(EventType.AIRSTRIKE).day("2024-08-20").at(DUHOK_CITY).by("Unidentified Armed Group").killed(3).build();
        assertThat(fused(FusionContext.EMPTY, a, b)).isEqualTo(2);
    }

    @Test
    void aCityThatIsNoSeatNeverStandsForTheGovernorate() {
        Event a = event("docA", 1).type(EventType.AIRSTRIKE).day("2024-08-20").at(AMADIYA_VILLAGE).by(TURKEY).build();
        Event b = event("docB", 1).type(EventType.AIRSTRIKE).day("2024-08-20").at(ZAKHO).by(TURKEY).build();
        assertThat(fused(oneStory("docA", "docB"), a, b)).isEqualTo(2);
    }

    @Test
    void protestsInTheSeatAndInADistrictStayApartEvenInOneStory() {
        // "تجددت الاحتجاجات في الناصرية … وامتدت التظاهرات إلى قضاء الشطرة": a wave, two protests
        Event a = event("docA", 1).type(EventType.PROTEST).day("2023-07-17").at(NASIRIYAH).by("Protesters").build();
        Event b = event("docB", 1).type(EventType.PROTEST).day("2023-07-17").at(SHATRA).by("Protesters").build();
        assertThat(fused(oneStory("docA", "docB"), a, b)).isEqualTo(2);
    }

    @Test
    void twoExplosionsInTwoDistrictsOfOneGovernorateStayApartInOneStory() {
        Event a = event("docA", 1).type(EventType.EXPLOSION).day("2022-03-10").at(TARMIYAH).by("Unidentified Armed Group").on("Civilians").killed(2).build();
        Event b = event("docB", 1).type(EventType.EXPLOSION).day("2022-03-10")
                .at(place("t-abughraib", "أبو غريب", "district", "IQG08", "IQG08Q02", "", 33.29, 44.06))
                .by("Unidentified Armed Group").on("Civilians").killed(2).build();
        assertThat(fused(oneStory("docA", "docB"), a, b)).isEqualTo(2);
    }

    @Test
    void unresolvedVillageJoinsTheDistrictReportWhenTheShellingSideAgrees() {
        // "سقطت قذائف على أطراف قرية كانيسور" (not in the gazetteer) vs "قصف المناطق الحدودية لقضاء بنجوين"
        Event a = event("docA", 1).type(EventType.SHELLING).day("2023-06-14").named("كانيسور").by("Iranian Revolutionary Guard").on("Civilians").build();
        Event b = event("docB", 1).type(EventType.SHELLING).day("2023-06-13").at(PENJWEN).by("Iranian Revolutionary Guard").wounded(1).build();
        assertThat(fused(FusionContext.EMPTY, a, b)).isEqualTo(1);
    }

    @Test
    void unresolvedVillageIsNotTiedToAPlaceByTheStoryAlone() {
        // a war's story thread holds many shelling reports a day; without a place the story proves nothing
        Event a = event("docA", 1).type(EventType.SHELLING).day("2023-06-14").named("كانيسور").by("Unidentified Armed Group").on("Civilians").killed(0).build();
        Event b = event("docB", 1).type(EventType.SHELLING).day("2023-06-13").at(PENJWEN).by("Iranian Revolutionary Guard").wounded(1).build();
        assertThat(fused(oneStory("docA", "docB"), a, b)).isEqualTo(2);
        assertThat(fused(FusionContext.EMPTY, a, b)).isEqualTo(2);
    }

    @Test
    void revisedTollDatedByTheLaterDeathJoinsTheAttack() {
        Event attack = event("docA", 1).day("2020-05-11").at(QAYYARAH).by(IS).on(ARMY).killed(2).wounded(3)
                .quote("هاجم مسلحون من داعش سيطرة للجيش قرب القيارة مساء الاثنين ما أدى إلى مقتل جنديين").build();
        Event revised = event("docB", 1).day("2020-05-13").at(QAYYARAH).by(IS).on(ARMY).killed(3)
                .quote("ارتفعت حصيلة الهجوم إلى ثلاثة قتلى بعدما فارق جندي ثالث الحياة متأثراً بجروحه فجر الأربعاء").build();
        List<CanonicalEvent> out = Fusion.apply(List.of(revised, attack), List.of(),
                new FusionContext(Map.of("docA", LocalDate.parse("2020-05-12"), "docB", LocalDate.parse("2020-05-13")), Map.of()));
        assertThat(out).hasSize(1);
        assertThat(out.get(0).event().date()).contains(LocalDate.parse("2020-05-11"));
        assertThat(out.get(0).event().casualties().killed()).hasValue(3);
    }

    @Test
    void theIncidentsDayWinsOverSeveralFollowUpReports() {
        Event attack = event("docA", 1).day("2020-05-11").at(QAYYARAH).by(IS).on(ARMY).killed(2).build();
        Event r1 = event("docB", 1).day("2020-05-13").at(QAYYARAH).by(IS).on(ARMY).killed(3).quote("ارتفع عدد القتلى إلى ثلاثة").build();
        Event r2 = event("docC", 1).day("2020-05-13").at(QAYYARAH).by(IS).on(ARMY).killed(3).quote("توفي جندي ثالث متأثرا بجراحه").build();
        List<CanonicalEvent> out = Fusion.apply(List.of(attack, r1, r2), List.of());
        assertThat(out).hasSize(1);
        assertThat(out.get(0).event().date()).contains(LocalDate.parse("2020-05-11"));
    }

    @Test
    void aLaterReportWithoutFollowUpWordingIsAnotherAttack() {
        Event first = event("docA", 1).day("2020-05-11").at(QAYYARAH).by(IS).on(ARMY).killed(2).build();
        Event second = event("docB", 1).day("2020-05-13").at(QAYYARAH).by(IS).on(ARMY).killed(2)
                .quote("هاجم مسلحون من داعش سيطرة للجيش قرب القيارة فجر الأربعاء").build();
        assertThat(fused(FusionContext.EMPTY, first, second)).isEqualTo(2);
    }

    @Test
    void aFollowUpMoreThanAWeekLaterStaysApart() {
        Event attack = event("docA", 1).day("2020-05-01").at(QAYYARAH).by(IS).on(ARMY).killed(2).build();
        Event revised = event("docB", 1).day("2020-05-13").at(QAYYARAH).by(IS).on(ARMY).killed(3).quote("ارتفعت حصيلة الهجوم إلى ثلاثة").build();
        assertThat(fused(FusionContext.EMPTY, attack, revised)).isEqualTo(2);
    }

    @Test
    void aFollowUpElsewhereStaysApart() {
        Event attack = event("docA", 1).day("2020-05-11").at(QAYYARAH).by(IS).on(ARMY).killed(2).build();
        Event revised = event("docB", 1).day("2020-05-13").at(TestEvents.KIFRI).by(IS).on(ARMY).killed(3).quote("ارتفعت حصيلة الهجوم إلى ثلاثة").build();
        assertThat(fused(FusionContext.EMPTY, attack, revised)).isEqualTo(2);
    }

    @Test
    void followUpWordingIsFoundThroughTashkeelAndAlefForms() {
        assertThat(EventMatch.followUp(event("d", 1).quote("وارتفعت حصيلة ضحايا الانفجار").build())).isFalse(); // clitic و: not the cue word
        assertThat(EventMatch.followUp(event("d", 1).quote("ارتفعت حصيلةُ ضحايا الانفجار").build())).isTrue();
        assertThat(EventMatch.followUp(event("d", 1).quote("فارق الحياة متاثراً بجروحه").build())).isTrue();
        assertThat(EventMatch.followUp(event("d", 1).quote("أسفر الانفجار عن جرح ثلاثة").build())).isFalse();
    }

    @Test
    void droneAttackTypedAsAnAttackJoinsTheStrikeOnTheSameBase() {
        Event attack = event("docA", 1).day("2024-01-22").at(BASE).by("Islamic Resistance in Iraq").on("US Armed Forces").killed(0).build();
        Event strike = event("docB", 1).type(EventType.AIRSTRIKE).day("2024-01-21").at(BASE).by("Islamic Resistance in Iraq").build();
        assertThat(fused(FusionContext.EMPTY, attack, strike)).isEqualTo(1);
    }

    @Test
    void attackAndExplosionInOneTownStayApart() {
        Event attack = event("docA", 1).day("2022-03-10").at(TARMIYAH).by(IS).on(ARMY).build();
        Event ied = event("docB", 1).type(EventType.EXPLOSION).day("2022-03-10").at(TARMIYAH).by(IS).on(ARMY).build();
        assertThat(fused(oneStory("docA", "docB"), attack, ied)).isEqualTo(2);
    }

    @Test
    void attackAndStrikeOnTheSameBaseDaysApartStayApart() {
        Event attack = event("docA", 1).day("2024-01-10").at(BASE).by("Islamic Resistance in Iraq").on("US Armed Forces").build();
        Event strike = event("docB", 1).type(EventType.AIRSTRIKE).day("2024-01-21").at(BASE).by("Islamic Resistance in Iraq").build();
        assertThat(fused(FusionContext.EMPTY, attack, strike)).isEqualTo(2);
    }

    @Test
    void aReportNamingOnlyTheAttackerIsNotTiedToOneNamingOnlyTheTargetElsewhereOrAnotherDay() {
        // nothing tells them from two incidents in one district a day apart, or in a whole governorate
        Event a = event("docA", 1).day("2022-03-10").at(MISHAHDA).by(IS).build();
        Event b = event("docB", 1).day("2022-03-11").at(MISHAHDA).on(ARMY).build();
        assertThat(fused(FusionContext.EMPTY, a, b)).isEqualTo(2);
        Place baghdad = new Place("t-bgd-gov", "بغداد", "", "governorate", "Iraq", "IQG08", "", "", List.of(), 33.3, 44.4, 3);
        Event c = event("docC", 1).day("2022-03-10").at(baghdad).by(IS).build();
        Event d = event("docD", 1).day("2022-03-10").at(baghdad).on(ARMY).build();
        assertThat(fused(FusionContext.EMPTY, c, d)).isEqualTo(2);
    }

    @Test
    void reportsOfOneTypeInOneSubDistrictOnOneDayWithoutContradictionAreOneIncident() {
        // "قصفت طائرات تركية …" / "غارة أسفرت عن مقتل عناصر من داعش": ACLED codes one event per place, day and type
        Event a = event("docA", 1).day("2022-03-10").at(MISHAHDA).by(IS).build();
        Event b = event("docB", 1).day("2022-03-10").at(MISHAHDA).on(ARMY).build();
        assertThat(fused(FusionContext.EMPTY, a, b)).isEqualTo(1);
        // but not across types, and not when both name the same side differently (IS on the army / IS on the PMF)
        Event c = event("docC", 1).type(EventType.EXPLOSION).day("2022-03-10").at(MISHAHDA).by(IS).build();
        assertThat(fused(FusionContext.EMPTY, a, c)).isEqualTo(2);
        Event onArmy = event("docD", 1).day("2022-03-10").at(MISHAHDA).by(IS).on(ARMY).build();
        Event onPmf = event("docE", 1).day("2022-03-10").at(MISHAHDA).by(IS).on("Popular Mobilization Forces").build();
        assertThat(fused(FusionContext.EMPTY, onArmy, onPmf)).isEqualTo(2);
        // IS attacking and the PMF attacking there that day: one clash told from either side
        Event byPmf = event("docF", 1).day("2022-03-10").at(MISHAHDA).by("Popular Mobilization Forces").build();
        assertThat(fused(FusionContext.EMPTY, a, byPmf)).isEqualTo(1);
    }

    @Test
    void securityForcesAndTheArmyForOneSideAreOneIncidentOnlyAtOnePreciseSpot() {
        // "القوات الأمنية" in one outlet, "الجيش" in the other, unnamed gunmen vs IS as attacker
        Event a = event("docA", 1).day("2022-03-10").at(QAYYARAH).by("Unidentified Armed Group").on("Iraqi Security Forces (unspecified)").killed(2).build();
        Event b = event("docB", 1).day("2022-03-10").at(QAYYARAH).by(IS).on(ARMY).killed(3).build();
        assertThat(fused(FusionContext.EMPTY, a, b)).isEqualTo(1);
        Place nineveh = new Place("t-nin-gov", "نينوى", "", "governorate", "Iraq", "IQG15", "", "", List.of(), 36.2, 43.1, 3);
        Event c = event("docC", 1).day("2022-03-10").at(nineveh).by("Unidentified Armed Group").on("Iraqi Security Forces (unspecified)").build();
        Event d = event("docD", 1).day("2022-03-10").at(nineveh).by(IS).on(ARMY).build();
        assertThat(fused(FusionContext.EMPTY, c, d)).isEqualTo(2);
    }

    @Test
    void attackerOnlyAndTargetOnlyReportsOfOneStoryAtOnePlaceAreOneIncident() {
        // "تبنى داعش تفجير بغداد الجديدة" / "ارتفعت حصيلة تفجير السيارة المفخخة الذي استهدف دورية للشرطة"
        Event a = event("docA", 1).type(EventType.EXPLOSION).day("2022-03-10").at(MISHAHDA).by(IS).killed(19).build();
        Event b = event("docB", 1).type(EventType.EXPLOSION).day("2022-03-11").at(MISHAHDA).on("Iraqi Police").build();
        assertThat(fused(oneStory("docA", "docB"), a, b)).isEqualTo(1);
    }

    @Test
    void attackerOnlyAndTargetOnlyReportsAtAFacilityOnOneDayAreOneIncident() {
        Event attack = event("docA", 1).day("2024-01-22").at(BASE).on("US Armed Forces").killed(0).build();
        Event strike = event("docB", 1).type(EventType.AIRSTRIKE).day("2024-01-21").at(BASE).by("Islamic Resistance in Iraq").build();
        assertThat(fused(FusionContext.EMPTY, attack, strike)).isEqualTo(1);
    }

    @Test
    void attackerOnlyAndTargetOnlyReportsOfOneStoryInTwoSubDistrictsStayApart() {
        Event a = event("docA", 1).type(EventType.EXPLOSION).day("2022-03-10").at(SUB_A).by(IS).build();
        Event b = event("docB", 1).type(EventType.EXPLOSION).day("2022-03-10").at(SUB_B).on("Iraqi Police").build();
        assertThat(fused(oneStory("docA", "docB"), a, b)).isEqualTo(2);
    }

    @Test
    void securityForcesArmyAndPoliceAreOneSideForOutlets() {
        Event a = event("docA", 1).day("2022-03-10").at(MISHAHDA).by(IS).on("Iraqi Security Forces (unspecified)").build();
        Event b = event("docB", 1).day("2022-03-10").at(MISHAHDA).by(IS).on(ARMY).build();
        assertThat(fused(FusionContext.EMPTY, a, b)).isEqualTo(1);
        assertThat(EventMatch.compatibleActors("International Coalition", "US Armed Forces")).isTrue();
        assertThat(EventMatch.compatibleActors("Iraqi Army", "Iraqi Police")).isTrue();
        assertThat(EventMatch.compatibleActors("Peshmerga", "Iraqi Security Forces (unspecified)")).isTrue();
        assertThat(EventMatch.compatibleActors("Peshmerga", "Iraqi Army")).isFalse();
        assertThat(EventMatch.compatibleActors("Iraqi Army", "Popular Mobilization Forces")).isFalse();
    }

    @Test
    void theSameAttackerOnTwoDifferentTargetsIsTwoAttacks() {
        Event a = event("docA", 1).day("2022-03-10").at(MISHAHDA).by(IS).on(ARMY).build();
        Event b = event("docB", 1).day("2022-03-10").at(MISHAHDA).by(IS).on("Tribal militia").build();
        assertThat(fused(oneStory("docA", "docB"), a, b)).isEqualTo(2);
    }

    @Test
    void aClashToldFromEitherSideIsOneClash() {
        Event a = event("docA", 1).type(EventType.ARMED_CLASH).day("2022-03-10").at(MISHAHDA).by(ARMY).on(IS).build();
        Event b = event("docB", 1).type(EventType.ARMED_CLASH).day("2022-03-10").at(MISHAHDA).by(IS).on(ARMY).build();
        assertThat(fused(FusionContext.EMPTY, a, b)).isEqualTo(1);
    }

    @Test
    void aBestMatchWinsWhenTwoIncidentsOfOneStoryLieInNeighbouringSubDistricts() {
        // outlet A reports both strikes; outlet B only the one at SUB_B
        Event a1 = event("docA", 1).type(EventType.AIRSTRIKE).day("2021-08-16").at(SUB_A).by(TURKEY).on("PKK").build();
        Event a2 = event("docA", 2).type(EventType.AIRSTRIKE).day("2021-08-16").at(SUB_B).by(TURKEY).on("PKK").build();
        Event b = event("docB", 1).type(EventType.AIRSTRIKE).day("2021-08-16").at(SUB_B).by(TURKEY).on("PKK").build();
        List<CanonicalEvent> out = Fusion.apply(List.of(a1, a2, b), List.of(), oneStory("docA", "docB"));
        assertThat(out).hasSize(2);
        assertThat(out).anySatisfy(c -> assertThat(c.sources()).extracting(Event::id).containsExactlyInAnyOrder("docA-e2", "docB-e1"));
    }

    private static Event one(FusionContext ctx, Event... events) {
        List<CanonicalEvent> out = Fusion.apply(List.of(events), List.of(), ctx);
        assertThat(out).hasSize(1);
        return out.get(0).event();
    }

    @Test
    void theGroupThatClaimedTheBombingReplacesUnknownGunmen() {
        // the first report: "انفجار عبوة ناسفة" with no perpetrator; the next day's: "تبنى تنظيم داعش التفجير"
        Event a = event("docA", 1).type(EventType.EXPLOSION).day("2023-03-13").at(QAYYARAH).by("Unidentified Armed Group").on(ARMY).killed(1).build();
        Event b = event("docB", 1).type(EventType.EXPLOSION).day("2023-03-13").at(QAYYARAH).by(IS).on(ARMY).killed(2).build();
        Event f = one(new FusionContext(Map.of(), Map.of()), a, b);
        assertThat(f.actor1()).containsExactly(IS);
    }

    @Test
    void aClashKeepsUnknownGunmenAsOneOfItsSides() {
        Event a = event("docA", 1).type(EventType.ARMED_CLASH).day("2023-03-13").at(QAYYARAH).by(ARMY, "Unidentified Armed Group").build();
        Event b = event("docB", 1).type(EventType.ARMED_CLASH).day("2023-03-13").at(QAYYARAH).by(ARMY).killed(2).build();
        Event f = one(new FusionContext(Map.of(), Map.of()), a, b);
        assertThat(f.actor1()).contains(ARMY, "Unidentified Armed Group");
    }

    @Test
    void anUndatedReportJoinsTheRiotOfTheEveBeforeItsPublication() {
        // "مساء الثلاثاء" in one outlet; the other, published on Wednesday, gives no day at all
        Event a = event("docA", 1).type(EventType.RIOT).day("2025-07-15").at(SHATRA).by("Rioters").on("Iraqi Police").killed(1).build();
        Event b = event("docB", 1).type(EventType.RIOT).widened("2025-07-16").at(SHATRA).by("Rioters").on("Iraqi Security Forces (unspecified)").killed(2).build();
        assertThat(fused(new FusionContext(Map.of(), Map.of()), a, b)).isEqualTo(1);
    }

    @Test
    void anUndatedReportDoesNotJoinAnIncidentAfterItsPublication() {
        Event a = event("docA", 1).type(EventType.RIOT).day("2025-07-18").at(SHATRA).by("Rioters").killed(1).build();
        Event b = event("docB", 1).type(EventType.RIOT).widened("2025-07-16").at(SHATRA).by("Rioters").killed(1).build();
        assertThat(fused(new FusionContext(Map.of(), Map.of()), a, b)).isEqualTo(2);
    }

    @Test
    void anUndatedReportDoesNotJoinAGovernorateWideMentionOfADemonstration() {
        // a protest placed only in "محافظة ذي قار" and an undated one in Al-Shatra district: not shown to be one
        Place dhiQar = place("t-dhiqar", "ذي قار", "governorate", "IQG17", "", "", 31.05, 46.25);
        Event a = event("docA", 1).type(EventType.PROTEST).day("2025-07-15").at(dhiQar).by("Protesters").build();
        Event b = event("docB", 1).type(EventType.PROTEST).widened("2025-07-16").at(SHATRA).by("Protesters").build();
        assertThat(fused(new FusionContext(Map.of(), Map.of()), a, b)).isEqualTo(2);
    }

    @Test
    void dayReportsGroupBeforeAMonthRecallThatCouldSplitThem() {
        // a column recalls "منتصف نيسان" loosely (its sides named otherwise); the two day reports are still one incident
        Event a = event("docA", 1).type(EventType.EXPLOSION).day("2024-04-14").at(QAYYARAH).by("Unidentified Armed Group").on(ARMY).killed(2).build();
        Event b = event("docB", 1).type(EventType.EXPLOSION).day("2024-04-14").at(QAYYARAH).by("Unidentified Armed Group").on("Iraqi Security Forces (unspecified)", "Civilians").killed(3).build();
        Event c = event("docC", 1).type(EventType.EXPLOSION).month("2024-04-01").at(QAYYARAH).by(IS).on("Iraqi Security Forces (unspecified)").killed(3).background().build();
        List<CanonicalEvent> out = Fusion.apply(List.of(c, a, b), List.of(), new FusionContext(Map.of(), Map.of()));
        assertThat(out).anySatisfy(ce -> assertThat(ce.event().documents()).contains("docA", "docB"));
    }

    @Test
    void aMonthRecallAtTheVerySpotJoinsTheDayReport() {
        // "ففي نيسان الماضي قُتل جندي … في اشتباك داخل البلدة": the same clash, its sides named by group words
        Event a = event("docA", 1).type(EventType.ARMED_CLASH).day("2025-04-13").at(QAYYARAH).by(ARMY).on("Popular Mobilization Forces").killed(1).build();
        Event b = event("docB", 1).type(EventType.ARMED_CLASH).month("2025-04-01").at(QAYYARAH).by("Iraqi Security Forces (unspecified)").on("Civilians").killed(2).background().build();
        assertThat(fused(new FusionContext(Map.of(), Map.of()), a, b)).isEqualTo(1);
    }

    @Test
    void aMonthRecallElsewhereInTheDistrictStaysApart() {
        Event a = event("docA", 1).type(EventType.ARMED_CLASH).day("2025-04-13").at(SUB_A).by(ARMY).on("Popular Mobilization Forces").killed(1).build();
        Event b = event("docB", 1).type(EventType.ARMED_CLASH).month("2025-04-01").at(SUB_FAR).by("Iraqi Security Forces (unspecified)").killed(2).background().build();
        assertThat(fused(new FusionContext(Map.of(), Map.of()), a, b)).isEqualTo(2);
    }
}
