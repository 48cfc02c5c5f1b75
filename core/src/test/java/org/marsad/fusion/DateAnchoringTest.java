package org.marsad.fusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.fusion.TestEvents.*;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.marsad.common.DatePrecision;
import org.marsad.events.Event;
import org.marsad.events.EventType;

class DateAnchoringTest {
    private static final String IS = "Islamic State";

    /** 2 Dec 2021 was a Thursday. */
    private static Event dated() {
        return event("dated", 1).day("2021-12-02").at(MAKHMOUR).by(IS).killed(13).build();
    }

    private static List<CanonicalEvent> fuse(Event... e) { return Fusion.apply(List.of(e), List.of()); }

    @Test
    void yesterdayInAnUndatedArticlePinsItsPublicationDay() {
        Event undated = event("u", 1).at(MAKHMOUR).by(IS).killed(13).derivation("relative:أمس").build();
        Optional<DateAnchoring.Anchor> a = DateAnchoring.publicationDay("u", fuse(dated(), undated), Optional.empty());
        assertThat(a).hasValueSatisfying(x -> {
            assertThat(x.published()).isEqualTo(LocalDate.parse("2021-12-03"));
            assertThat(x.derivation()).isEqualTo("anchored:dated");
        });
    }

    @Test
    void lastThursdayWithStatedWednesdayPinsTheNextWednesday() {
        Event undated = event("u", 1).at(MAKHMOUR).by(IS).killed(13).derivation("relative:الخميس الماضي").build();
        Optional<DateAnchoring.Anchor> a = DateAnchoring.publicationDay("u", fuse(dated(), undated), Optional.of(DayOfWeek.WEDNESDAY));
        assertThat(a).map(DateAnchoring.Anchor::published).contains(LocalDate.parse("2021-12-08"));
    }

    @Test
    void lastThursdayAloneAllowsSeveralDaysSoNoAnchor() {
        Event undated = event("u", 1).at(MAKHMOUR).by(IS).killed(13).derivation("relative:الخميس الماضي").build();
        assertThat(DateAnchoring.publicationDay("u", fuse(dated(), undated), Optional.empty())).isEmpty();
    }

    @Test
    void weekdayThatContradictsTheAnchorDayGivesNoAnchor() {
        Event undated = event("u", 1).at(MAKHMOUR).by(IS).killed(13).derivation("relative:الجمعة").build();
        assertThat(DateAnchoring.publicationDay("u", fuse(dated(), undated), Optional.of(DayOfWeek.SATURDAY))).isEmpty();
    }

    @Test
    void backgroundRecallWithoutRelativeWordingIsNotSound() {
        // "after the 2 December attack" says only that the article is later: Wednesday could be any week
        Event recall = event("u", 1).at(MAKHMOUR).by(IS).killed(13).background().build();
        Event kifri = event("u", 2).type(EventType.SECURITY_OPERATION).at(KIFRI).by("Iraqi Army").on(IS)
                .derivation("relative:اليوم").build();
        List<CanonicalEvent> fused = fuse(dated(), recall, kifri);
        assertThat(DateAnchoring.publicationDay("u", fused, Optional.of(DayOfWeek.WEDNESDAY))).isEmpty();
        assertThat(DateAnchoring.anchors(fused, Map.of("u", DayOfWeek.WEDNESDAY))).isEmpty();
        assertThat(fused).filteredOn(c -> c.event().type() == EventType.SECURITY_OPERATION).singleElement()
                .satisfies(c -> assertThat(c.event().datePrecision()).isEqualTo(DatePrecision.UNKNOWN));
    }

    @Test
    void lastNightSpansTwoDaysSoNoAnchor() {
        Event undated = event("u", 1).at(MAKHMOUR).by(IS).killed(13).derivation("relative:الليلة الماضية").build();
        assertThat(DateAnchoring.publicationDay("u", fuse(dated(), undated), Optional.empty())).isEmpty();
    }

    @Test
    void lastNightWithAStatedWeekdayIsPinned() {
        Event undated = event("u", 1).at(MAKHMOUR).by(IS).killed(13).derivation("relative:الليلة الماضية").build();
        assertThat(DateAnchoring.publicationDay("u", fuse(dated(), undated), Optional.of(DayOfWeek.FRIDAY)))
                .map(DateAnchoring.Anchor::published).contains(LocalDate.parse("2021-12-03"));
    }

    @Test
    void datedReportsThatDisagreeOnTheDayGiveNoAnchor() {
        Event other = event("dated2", 1).day("2021-12-03").at(MAKHMOUR).by(IS).killed(13).build();
        Event undated = event("u", 1).at(MAKHMOUR).by(IS).killed(13).derivation("relative:أمس").build();
        assertThat(DateAnchoring.publicationDay("u", fuse(dated(), other, undated), Optional.empty())).isEmpty();
    }

    @Test
    void anchoredArticleResolvesItsOtherRelativeExpressions() {
        Event undated = event("u", 1).at(MAKHMOUR).by(IS).killed(13).derivation("relative:أمس").build();
        Event kifri = event("u", 2).type(EventType.SECURITY_OPERATION).at(KIFRI).by("Iraqi Army").on(IS)
                .derivation("relative:اليوم").build();
        List<CanonicalEvent> fused = fuse(dated(), undated, kifri);
        DateAnchoring.Anchor a = DateAnchoring.anchors(fused, Map.of()).get(0);
        Event redated = DateAnchoring.anchorEvent(kifri, a);
        assertThat(redated.date()).contains(LocalDate.parse("2021-12-03"));
        assertThat(redated.datePrecision()).isEqualTo(DatePrecision.DAY);
        assertThat(redated.dateDerivation()).isEqualTo("anchored:dated");
    }

    @Test
    void eventsOfOtherArticlesOrAlreadyDatedAreLeftAlone() {
        DateAnchoring.Anchor a = new DateAnchoring.Anchor("u", LocalDate.parse("2021-12-03"), "dated", "x");
        Event other = event("v", 1).derivation("relative:اليوم").build();
        Event datedOwn = event("u", 1).day("2021-12-01").build();
        assertThat(DateAnchoring.anchorEvent(other, a)).isEqualTo(other);
        assertThat(DateAnchoring.anchorEvent(datedOwn, a)).isEqualTo(datedOwn);
    }

    @Test
    void readsRelativeExpressions() {
        assertThat(DateAnchoring.relation("أمس")).contains(new DateAnchoring.Relation(1, 1, Optional.empty()));
        assertThat(DateAnchoring.relation("مساء أمس")).contains(new DateAnchoring.Relation(1, 1, Optional.empty()));
        assertThat(DateAnchoring.relation("أول أمس")).contains(new DateAnchoring.Relation(2, 2, Optional.empty()));
        assertThat(DateAnchoring.relation("فجر اليوم")).contains(new DateAnchoring.Relation(0, 0, Optional.empty()));
        assertThat(DateAnchoring.relation("اليوم الأربعاء")).contains(new DateAnchoring.Relation(0, 0, Optional.of(DayOfWeek.WEDNESDAY)));
        assertThat(DateAnchoring.relation("الخميس")).contains(new DateAnchoring.Relation(0, 6, Optional.of(DayOfWeek.THURSDAY)));
        assertThat(DateAnchoring.relation("مساء الخميس الماضي")).contains(new DateAnchoring.Relation(1, 7, Optional.of(DayOfWeek.THURSDAY)));
        assertThat(DateAnchoring.relation("أمس الاثنين")).contains(new DateAnchoring.Relation(1, 1, Optional.of(DayOfWeek.MONDAY)));
        assertThat(DateAnchoring.relation("في الثاني من كانون الأول")).isEmpty();
    }

    @Test
    void readsTheStatedPublicationWeekday() {
        assertThat(DateAnchoring.statedWeekday("اليوم الأربعاء")).contains(DayOfWeek.WEDNESDAY);
        assertThat(DateAnchoring.statedWeekday("الأربعاء")).isEmpty();
        assertThat(DateAnchoring.statedWeekday("اليوم")).isEmpty();
    }

    @Test
    void resolvesAgainstAPublicationDay() {
        LocalDate wed = LocalDate.parse("2021-12-08");
        assertThat(DateAnchoring.resolve("أمس", wed)).contains(LocalDate.parse("2021-12-07"));
        assertThat(DateAnchoring.resolve("الخميس الماضي", wed)).contains(LocalDate.parse("2021-12-02"));
        assertThat(DateAnchoring.resolve("الليلة الماضية", wed)).isEmpty();
    }

    @Property(tries = 300)
    void randomExpressionsNeverThrow(@ForAll String text) {
        DateAnchoring.relation(text);
        DateAnchoring.statedWeekday(text);
        DateAnchoring.resolve(text, LocalDate.parse("2021-12-08"));
    }
}
