package org.marsad.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.marsad.common.DatePrecision;
import org.marsad.events.Casualties;
import org.marsad.events.Event;
import org.marsad.events.EventType;
import org.marsad.fusion.CanonicalEvent;
import org.marsad.geo.Place;

class SurgeDetectorTest {
    private static final Place MAKHMOUR = new Place("t-1", "مخمور", "Makhmur", "district", "Iraq", "IQG11", "IQG11Q04", "",
            List.of("IQG15"), 35.77, 43.58, 2);
    private static final Place KIFRI = new Place("t-2", "كفري", "Kifri", "district", "Iraq", "IQG10", "IQG10Q06", "",
            List.of(), 34.69, 44.96, 2);
    private static final LocalDate START = LocalDate.of(2021, 6, 7); // a Monday

    private static int seq;

    private static CanonicalEvent event(Place p, LocalDate d, EventType type, int killed, DatePrecision precision) {
        Casualties c = killed > 0
                ? new Casualties(OptionalInt.of(killed), OptionalInt.of(killed), OptionalInt.of(killed), OptionalInt.empty(),
                OptionalInt.empty(), OptionalInt.empty(), true)
                : Casualties.NONE;
        Event e = new Event("ev-" + (seq++), type, Optional.of(d), precision, Optional.empty(), "explicit", Optional.of(p),
                p.nameAr(), List.of("Islamic State"), List.of("Peshmerga"), c, List.of("doc"), List.of(), List.of(), 0.8, false);
        return new CanonicalEvent(e, List.of(e), List.of(), "");
    }

    private static CanonicalEvent attack(Place p, LocalDate d, int killed) {
        return event(p, d, EventType.ATTACK, killed, DatePrecision.DAY);
    }

    /** One event every second week for 20 weeks: a steady, low-level district. */
    private static List<CanonicalEvent> flatSeries(Place p) {
        List<CanonicalEvent> out = new ArrayList<>();
        for (int w = 0; w < 20; w += 2) out.add(attack(p, START.plusWeeks(w).plusDays(2), 1));
        return out;
    }

    @Test
    void flatSeriesRaisesNoSurge() {
        assertThat(SurgeDetector.detect(flatSeries(MAKHMOUR), SurgeDetector.DEFAULT))
                .noneMatch(a -> a.kind() == Alert.Kind.SURGE);
    }

    @Test
    void weekOfFiveAttacksAfterQuietBaselineIsASurge() {
        List<CanonicalEvent> evs = new ArrayList<>(flatSeries(MAKHMOUR));
        LocalDate surgeWeek = START.plusWeeks(21);
        for (int i = 0; i < 5; i++) evs.add(attack(MAKHMOUR, surgeWeek.plusDays(i % 7), 2));
        List<Alert> alerts = SurgeDetector.detect(evs, SurgeDetector.DEFAULT);
        assertThat(alerts).anySatisfy(a -> {
            assertThat(a.kind()).isEqualTo(Alert.Kind.SURGE);
            assertThat(a.admin2Pcode()).isEqualTo("IQG11Q04");
            assertThat(a.weekStart()).isEqualTo(surgeWeek);
            assertThat(a.events()).isEqualTo(5);
            assertThat(a.fatalities()).isEqualTo(10);
            assertThat(a.eventIds()).hasSize(5);
            assertThat(a.pValue()).isLessThan(0.01);
        });
    }

    @Test
    void attacksWhereNoneWereRecordedAreNewActivity() {
        List<CanonicalEvent> evs = new ArrayList<>(flatSeries(MAKHMOUR));
        LocalDate week = START.plusWeeks(18);
        evs.add(attack(KIFRI, week.plusDays(1), 0));
        evs.add(attack(KIFRI, week.plusDays(3), 3));
        List<Alert> alerts = SurgeDetector.detect(evs, SurgeDetector.DEFAULT);
        assertThat(alerts).filteredOn(a -> a.admin2Pcode().equals("IQG10Q06"))
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.kind()).isEqualTo(Alert.Kind.NEW_ACTIVITY);
                    assertThat(a.events()).isEqualTo(2);
                });
    }

    @Test
    void singleEventInQuietDistrictDoesNotAlert() {
        assertThat(SurgeDetector.detect(List.of(attack(KIFRI, START, 1)), SurgeDetector.DEFAULT)).isEmpty();
    }

    @Test
    void deadlyWeekAlertsOnFatalitiesEvenWithFewEvents() {
        List<CanonicalEvent> evs = new ArrayList<>(flatSeries(MAKHMOUR));
        evs.add(attack(MAKHMOUR, START.plusWeeks(21), 15));
        assertThat(SurgeDetector.detect(evs, SurgeDetector.DEFAULT))
                .anyMatch(a -> a.kind() == Alert.Kind.SURGE && a.fatalities() == 15);
    }

    @Test
    void monthPrecisionAndNonViolentEventsAreIgnored() {
        List<CanonicalEvent> evs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            evs.add(event(KIFRI, START.plusDays(i), EventType.AGREEMENT_OR_MEETING, 0, DatePrecision.DAY));
            evs.add(event(KIFRI, START.plusDays(i), EventType.ATTACK, 0, DatePrecision.MONTH));
        }
        assertThat(SurgeDetector.detect(evs, SurgeDetector.DEFAULT)).isEmpty();
    }

    @Test
    void upperTailIsAProbability() {
        assertThat(SurgeDetector.negBinomialUpperTail(0, 1, 1)).isEqualTo(1.0);
        double p1 = SurgeDetector.negBinomialUpperTail(1, 2.5, 16);
        double p5 = SurgeDetector.negBinomialUpperTail(5, 2.5, 16);
        assertThat(p1).isBetween(0.0, 1.0);
        assertThat(p5).isLessThan(p1).isGreaterThan(0.0);
    }

    @Test
    void rejectsNonsenseConfiguration() {
        assertThatThrownBy(() -> new SurgeDetector.Config(1, 3, 2, 0.01, 0.5, 4)).hasMessageContaining("baselineWeeks");
        assertThatThrownBy(() -> new SurgeDetector.Config(12, 3, 2, 1.5, 0.5, 4)).hasMessageContaining("alpha");
    }
}
