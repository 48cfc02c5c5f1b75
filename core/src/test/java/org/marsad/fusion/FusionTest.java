package org.marsad.fusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.fusion.TestEvents.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.common.DatePrecision;
import org.marsad.events.Event;
import org.marsad.events.EventType;

class FusionTest {
    private static final String IS = "Islamic State";
    private static final String PESH = "Peshmerga";

    private static Event elaph() {
        return event("docA", 1).day("2021-12-02").at(MAKHMOUR).by(IS).on(PESH, "Civilians").killed(13).wounded(5)
                .combined(18).quote("أدى الهجوم إلى مقتل 13 عسكريا ومدنيا وإصابة 5 آخرين").build();
    }

    private static Event araby() {
        return event("docB", 1).day("2021-12-02").at(KHADHRJIJA).by(IS).on(PESH).killed(13).civilians(3)
                .quote("أسفر الهجوم عن مقتل 13 شخصا بينهم 3 مدنيين").build();
    }

    private static Event combinedOnly() {
        return event("docC", 1).day("2021-12-02").at(MAKHMOUR).by(IS).on(PESH).combined(18)
                .quote("مقتل وإصابة 18 من البيشمركة").build();
    }

    @Test
    void sameIncidentFromTwoOutletsBecomesOneEvent() {
        List<CanonicalEvent> out = Fusion.apply(List.of(elaph(), araby()), List.of());
        assertThat(out).hasSize(1);
        Event e = out.get(0).event();
        assertThat(e.documents()).containsExactly("docA", "docB");
        assertThat(e.casualties().killed()).hasValue(13);
        assertThat(e.casualties().killedLow()).hasValue(13);
        assertThat(e.casualties().killedHigh()).hasValue(13);
        assertThat(e.casualties().wounded()).hasValue(5);
        assertThat(e.casualties().civiliansKilled()).hasValue(3);
        assertThat(out.get(0).sources()).hasSize(2);
    }

    @Test
    void combinedFigureNeverBecomesKilledAndIsFlagged() {
        Event thirteen = event("docA", 1).day("2021-12-02").at(MAKHMOUR).by(IS).on(PESH).killed(13).build();
        List<CanonicalEvent> out = Fusion.apply(List.of(thirteen, combinedOnly()), List.of());
        assertThat(out).hasSize(1);
        CanonicalEvent c = out.get(0);
        assertThat(c.event().casualties().killed()).hasValue(13);
        assertThat(c.event().casualties().killedHigh()).hasValue(13);
        assertThat(c.event().casualties().killedOrWounded()).hasValue(18);
        assertThat(c.conflicts()).anySatisfy(k -> {
            assertThat(k.field()).isEqualTo("killed");
            assertThat(k.values()).extracting(Conflict.Value::value).containsExactly("13", "18 (killed_or_wounded)");
            assertThat(k.values().get(1).documents()).containsExactly("docC");
        });
        assertThat(c.sources()).extracting(Event::id).containsExactly("docA-e1", "docC-e1");
    }

    @Test
    void combinedFigureExplainedByKilledPlusWoundedIsNoConflict() {
        Event woundedToo = event("docA", 1).day("2021-12-02").at(MAKHMOUR).by(IS).on(PESH).killed(13).wounded(5).build();
        CanonicalEvent c = Fusion.apply(List.of(woundedToo, combinedOnly()), List.of()).get(0);
        assertThat(c.conflicts()).extracting(Conflict::field).doesNotContain("killed");
    }

    @Test
    void differentKilledFiguresSpanLowHighAndPreferLatestPublished() {
        Event early = event("docA", 1).day("2021-12-02").at(MAKHMOUR).by(IS).killed(10).build();
        Event later = event("docB", 1).day("2021-12-02").at(MAKHMOUR).by(IS).killed(13).build();
        FusionContext ctx = new FusionContext(Map.of("docA", LocalDate.parse("2021-12-02"), "docB", LocalDate.parse("2021-12-04")), Map.of());
        CanonicalEvent c = Fusion.apply(List.of(early, later), List.of(), ctx).get(0);
        assertThat(c.event().casualties().killed()).hasValue(13);
        assertThat(c.event().casualties().killedLow()).hasValue(10);
        assertThat(c.event().casualties().killedHigh()).hasValue(13);
        assertThat(c.conflicts()).anySatisfy(k -> assertThat(k.field()).isEqualTo("killed"));
    }

    @Test
    void withoutPublicationDaysTheFigureMostDocumentsGiveWins() {
        Event a = event("docA", 1).day("2021-12-02").at(MAKHMOUR).by(IS).killed(15).build();
        Event b = event("docB", 1).day("2021-12-02").at(MAKHMOUR).by(IS).killed(13).build();
        Event c = event("docC", 1).day("2021-12-02").at(MAKHMOUR).by(IS).killed(13).build();
        assertThat(Fusion.apply(List.of(a, b, c), List.of()).get(0).event().casualties().killed()).hasValue(13);
    }

    @Test
    void tiedFiguresTakeTheConservativeOne() {
        Event a = event("docA", 1).day("2021-12-02").at(MAKHMOUR).by(IS).killed(15).build();
        Event b = event("docB", 1).day("2021-12-02").at(MAKHMOUR).by(IS).killed(13).build();
        assertThat(Fusion.apply(List.of(a, b), List.of()).get(0).event().casualties().killed()).hasValue(13);
    }

    @Test
    void differentPlacesStaySeparate() {
        Event a = event("docA", 1).day("2021-12-02").at(MAKHMOUR).by(IS).killed(13).build();
        Event b = event("docB", 1).day("2021-12-02").at(KIFRI).by(IS).killed(13).build();
        assertThat(Fusion.apply(List.of(a, b), List.of())).hasSize(2);
    }

    @Test
    void differentDaysStaySeparate() {
        Event a = event("docA", 1).day("2021-12-02").at(MAKHMOUR).by(IS).build();
        Event b = event("docB", 1).day("2021-12-09").at(MAKHMOUR).by(IS).build();
        assertThat(Fusion.apply(List.of(a, b), List.of())).hasSize(2);
    }

    @Test
    void adjacentDaysMergeAndKeepTheOtherAsAlternate() {
        Event a = event("docA", 1).day("2021-12-05").at(MAKHMOUR).by(IS).on(PESH).build();
        Event b = event("docB", 1).day("2021-12-06").at(MAKHMOUR).by(IS).on(PESH).build();
        List<CanonicalEvent> out = Fusion.apply(List.of(a, b), List.of());
        assertThat(out).hasSize(1);
        assertThat(out.get(0).event().date()).contains(LocalDate.parse("2021-12-05"));
        assertThat(out.get(0).event().dateAlt()).contains(LocalDate.parse("2021-12-06"));
        assertThat(out.get(0).conflicts()).extracting(Conflict::field).contains("date");
    }

    @Test
    void differentTypeFamiliesStaySeparate() {
        Event a = event("docA", 1).day("2021-12-02").at(MAKHMOUR).by(IS).build();
        Event b = event("docB", 1).type(EventType.PROTEST).day("2021-12-02").at(MAKHMOUR).build();
        assertThat(Fusion.apply(List.of(a, b), List.of())).hasSize(2);
    }

    @Test
    void attackAndClashFromTwoOutletsMergeWithTypeConflict() {
        Event a = event("docA", 1).day("2021-12-02").at(MAKHMOUR).by(IS).on(PESH).build();
        Event b = event("docB", 1).type(EventType.ARMED_CLASH).day("2021-12-02").at(MAKHMOUR).by(IS).on(PESH).build();
        CanonicalEvent c = Fusion.apply(List.of(a, b), List.of()).get(0);
        assertThat(c.sources()).hasSize(2);
        assertThat(c.conflicts()).extracting(Conflict::field).contains("type");
    }

    @Test
    void disjointActorsStaySeparate() {
        Event a = event("docA", 1).day("2021-12-02").at(MAKHMOUR).by(IS).on(PESH).build();
        Event b = event("docB", 1).day("2021-12-02").at(MAKHMOUR).by("Turkish Armed Forces").on("PKK").build();
        assertThat(Fusion.apply(List.of(a, b), List.of())).hasSize(2);
    }

    @Test
    void unidentifiedGunmenDoNotVetoAMatch() {
        Event a = event("docA", 1).day("2021-12-02").at(MAKHMOUR).by(IS).on(PESH).build();
        Event b = event("docB", 1).day("2021-12-02").at(MAKHMOUR).by("Unidentified Armed Group").on(PESH).build();
        assertThat(Fusion.apply(List.of(a, b), List.of())).hasSize(1);
    }

    @Test
    void twoEventsOfOneArticleAreNeverMerged() {
        Event a = event("docA", 1).day("2021-05-12").at(JALAWLA).by(IS).build();
        Event b = event("docA", 2).day("2021-05-12").at(JALAWLA).by(IS).build();
        assertThat(Fusion.apply(List.of(a, b), List.of())).hasSize(2);
    }

    @Test
    void governorateLevelReportNestsTheDistrict() {
        Event a = event("docA", 1).day("2021-12-02").at(MAKHMOUR).by(IS).build();
        Event b = event("docB", 1).day("2021-12-02").at(ERBIL_GOV).by(IS).build();
        assertThat(Fusion.apply(List.of(a, b), List.of())).hasSize(1);
    }

    @Test
    void alternativeGovernorateOfADisputedDistrictIsCompatibleAndFlagged() {
        Event a = event("docA", 1).day("2021-12-02").at(MAKHMOUR).by(IS).build();
        Event b = event("docB", 1).day("2021-12-02").at(NINEWA).by(IS).build();
        List<CanonicalEvent> out = Fusion.apply(List.of(a, b), List.of());
        assertThat(out).hasSize(1);
        assertThat(out.get(0).event().location().orElseThrow().admin2Pcode()).isEqualTo("IQG11Q04");
        assertThat(out.get(0).conflicts()).extracting(Conflict::field).contains("admin1");
    }

    @Test
    void otherGovernorateWithoutAlternativeStaysSeparate() {
        Event a = event("docA", 1).day("2021-12-02").at(KIFRI).by(IS).build();
        Event b = event("docB", 1).day("2021-12-02").at(NINEWA).by(IS).build();
        assertThat(Fusion.apply(List.of(a, b), List.of())).hasSize(2);
    }

    @Test
    void monthPrecisionReportJoinsTheDayInsideIt() {
        Event a = event("docA", 1).day("2021-05-12").at(JALAWLA).by(IS).on("Popular Mobilization Forces").build();
        Event b = event("docB", 1).month("2021-05-01").at(JALAWLA).by(IS).on("Popular Mobilization Forces").build();
        List<CanonicalEvent> out = Fusion.apply(List.of(a, b), List.of());
        assertThat(out).hasSize(1);
        assertThat(out.get(0).event().date()).contains(LocalDate.parse("2021-05-12"));
        assertThat(out.get(0).event().datePrecision()).isEqualTo(DatePrecision.DAY);
    }

    @Test
    void monthPrecisionReportOfAnotherMonthStaysSeparate() {
        Event a = event("docA", 1).day("2021-05-12").at(JALAWLA).by(IS).build();
        Event b = event("docB", 1).month("2021-06-01").at(JALAWLA).by(IS).build();
        assertThat(Fusion.apply(List.of(a, b), List.of())).hasSize(2);
    }

    @Test
    void backgroundMentionFusesIntoTheMainEventAsMentionDocument() {
        Event recall = event("docD", 1).at(MAKHMOUR).by(IS).killed(13).background()
                .quote("وكان هجوم مخمور قد أسفر عن مقتل 13 شخصا").build();
        List<CanonicalEvent> out = Fusion.apply(List.of(elaph(), araby(), recall), List.of());
        assertThat(out).hasSize(1);
        Event e = out.get(0).event();
        assertThat(e.documents()).containsExactly("docA", "docB", "docD");
        assertThat(e.mentionDocuments()).containsExactly("docD");
        assertThat(e.background()).isFalse();
        assertThat(e.date()).contains(LocalDate.parse("2021-12-02"));
        assertThat(e.evidence()).hasSize(3);
    }

    @Test
    void undatedMentionWithoutCorroborationStaysApart() {
        Event vague = event("docD", 1).at(MAKHMOUR).background().build();
        assertThat(Fusion.apply(List.of(elaph(), vague), List.of())).hasSize(2);
    }

    @Test
    void undatedRecallPublishedLongAfterStaysApart() {
        Event recall = event("docD", 1).at(MAKHMOUR).by(IS).killed(13).background().build();
        FusionContext ctx = new FusionContext(Map.of("docD", LocalDate.parse("2023-03-01")), Map.of());
        assertThat(Fusion.apply(List.of(elaph(), recall), List.of(), ctx)).hasSize(2);
    }

    @Test
    void undatedOperationInAnotherTownStaysItsOwnUnknownDateEvent() {
        Event kifri = event("docD", 1).type(EventType.SECURITY_OPERATION).at(KIFRI).by("Iraqi Army", PESH).on(IS)
                .derivation("relative:اليوم").build();
        List<CanonicalEvent> out = Fusion.apply(List.of(elaph(), araby(), kifri), List.of());
        assertThat(out).hasSize(2);
        assertThat(out).filteredOn(c -> c.event().type() == EventType.SECURITY_OPERATION)
                .singleElement().satisfies(c -> assertThat(c.event().datePrecision()).isEqualTo(DatePrecision.UNKNOWN));
    }

    @Test
    void idsStayStableWhenAThirdArticleArrives() {
        List<CanonicalEvent> first = Fusion.apply(List.of(elaph(), araby()), List.of());
        String id = first.get(0).id();
        // the late article reports the same attack with an earlier document id and is sorted first
        Event late = event("aaa", 1).day("2021-12-02").at(MAKHMOUR).by(IS).killed(13).build();
        List<CanonicalEvent> second = Fusion.apply(List.of(late), first);
        assertThat(second).hasSize(1);
        assertThat(second.get(0).id()).isEqualTo(id);
        assertThat(second.get(0).event().documents()).contains("aaa", "docA", "docB");
    }

    @Test
    void idIsTheFirstSourceEventsIdWithoutHistory() {
        assertThat(Fusion.apply(List.of(araby(), elaph()), List.of()).get(0).id()).isEqualTo("docA-e1");
    }

    @Test
    void rerunningIsIdempotent() {
        Event recall = event("docD", 1).at(MAKHMOUR).by(IS).killed(13).background().build();
        List<Event> input = List.of(elaph(), araby(), recall, combinedOnly(),
                event("docE", 1).day("2021-05-12").at(JALAWLA).by(IS).build());
        List<CanonicalEvent> once = Fusion.apply(input, List.of());
        assertThat(Fusion.apply(input, once)).isEqualTo(once);
        assertThat(Fusion.apply(List.of(), once)).isEqualTo(once);
    }

    @Test
    void inputOrderDoesNotMatter() {
        List<Event> input = new ArrayList<>(List.of(elaph(), araby(), combinedOnly(),
                event("docE", 1).day("2021-05-12").at(JALAWLA).by(IS).build(),
                event("docF", 1).day("2021-05-12").at(JALAWLA).by(IS).killed(2).build()));
        List<CanonicalEvent> reference = Fusion.apply(input, List.of());
        for (long seed = 1; seed <= 10; seed++) {
            Collections.shuffle(input, new java.util.Random(seed));
            assertThat(Fusion.apply(input, List.of())).containsExactlyInAnyOrderElementsOf(reference);
        }
    }

    @Test
    void confidenceRisesWithMoreSources() {
        Event a = event("docA", 1).day("2021-12-02").at(MAKHMOUR).by(IS).confidence(0.6).build();
        Event b = event("docB", 1).day("2021-12-02").at(MAKHMOUR).by(IS).confidence(0.6).build();
        assertThat(Fusion.apply(List.of(a, b), List.of()).get(0).event().confidence()).isGreaterThan(0.6);
    }

    @Test
    void singleSourcePassesThroughUnchanged() {
        Event a = elaph();
        CanonicalEvent c = Fusion.apply(List.of(a), List.of()).get(0);
        assertThat(c.event()).isEqualTo(a);
        assertThat(c.conflicts()).isEmpty();
    }

    @Test
    void storyIdComesFromTheContext() {
        FusionContext ctx = new FusionContext(Map.of(), Map.of("docA", "story-docA"));
        assertThat(Fusion.apply(List.of(elaph(), araby()), List.of(), ctx).get(0).storyId()).isEqualTo("story-docA");
    }

    @Test
    void mostPreciseDayDateWinsOverMonth() {
        Event a = event("docA", 1).month("2021-12-01").at(MAKHMOUR).by(IS).on(PESH).build();
        Event b = event("docB", 1).day("2021-12-02").at(MAKHMOUR).by(IS).on(PESH).build();
        Event e = Fusion.apply(List.of(a, b), List.of()).get(0).event();
        assertThat(e.date()).contains(LocalDate.parse("2021-12-02"));
        assertThat(e.dateDerivation()).isEqualTo("fused:docB:explicit");
    }

    @Test
    void evidenceIsDeduplicated() {
        Event a = elaph();
        Event dup = new Event("docA-e9", a.type(), a.date(), a.datePrecision(), a.dateAlt(), a.dateDerivation(), a.location(),
                a.locationName(), a.actor1(), a.actor2(), a.casualties(), List.of("docB"), List.of(),
                List.of(a.evidence().get(0)), 0.5, false);
        assertThat(Fusion.apply(List.of(a, dup), List.of()).get(0).event().evidence()).hasSize(1);
    }
}
