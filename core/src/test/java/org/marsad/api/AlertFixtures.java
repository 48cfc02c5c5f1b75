package org.marsad.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.marsad.common.DatePrecision;
import org.marsad.events.Casualties;
import org.marsad.events.Event;
import org.marsad.events.EventType;
import org.marsad.fusion.CanonicalEvent;
import org.marsad.geo.Place;

/**
 * Synthetic event series for the alert tests: Makhmour district (IQG11Q04) with one attack every second week for
 * twenty weeks (flat), then a week of five attacks with two dead each (the surge); Kifri district (IQG10Q06) with no
 * history and two attacks in the surge week (new activity). Coordinates are the districts' centroids, spread a little.
 */
final class AlertFixtures {
    static final LocalDate START = LocalDate.of(2021, 6, 7); // a Monday
    static final LocalDate SURGE_WEEK = START.plusWeeks(21);

    private AlertFixtures() {}

    static Place makhmour(int i) {
        return new Place("IQG11Q04", "مخمور", "Makhmour", "district", "Iraq", "IQG11", "IQG11Q04", "", List.of("IQG15"),
                35.80222 + 0.03 * (i % 3), 43.61564 + 0.04 * (i % 4), 2);
    }

    static Place kifri(int i) {
        return new Place("IQG10Q06", "كفري", "Kifri", "district", "Iraq", "IQG10", "IQG10Q06", "", List.of(),
                34.69 + 0.03 * i, 44.96, 2);
    }

    static CanonicalEvent attack(String id, Place where, LocalDate d, int killed) {
        Casualties c = killed > 0 ? new Casualties(OptionalInt.of(killed), OptionalInt.of(killed), OptionalInt.of(killed),
                OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), true) : Casualties.NONE;
        Event e = new Event(id, EventType.ATTACK, Optional.of(d), DatePrecision.DAY, Optional.empty(), "explicit",
                Optional.of(where), where.nameAr(), List.of("Islamic State"), List.of("Peshmerga"), c, List.of(), List.of(),
                List.of(), 0.8, false);
        return new CanonicalEvent(e, List.of(e), List.of(), "");
    }

    /** One attack every second week for twenty weeks: a steady, low-level district. */
    static List<CanonicalEvent> flatSeries() {
        List<CanonicalEvent> out = new ArrayList<>();
        for (int w = 0; w < 20; w += 2) out.add(attack("ev-flat-" + w, makhmour(w), START.plusWeeks(w).plusDays(2), 1));
        return out;
    }

    /** The flat series, then five attacks with two dead each in one week. */
    static List<CanonicalEvent> surgeSeries() {
        List<CanonicalEvent> out = new ArrayList<>(flatSeries());
        for (int i = 0; i < 5; i++) out.add(attack("ev-surge-" + i, makhmour(i), SURGE_WEEK.plusDays(i), 2));
        return out;
    }

    /** The surge series plus two attacks in Kifri, where nothing was recorded before. */
    static List<CanonicalEvent> surgeAndNewActivity() {
        List<CanonicalEvent> out = new ArrayList<>(surgeSeries());
        out.add(attack("ev-kifri-0", kifri(0), SURGE_WEEK.plusDays(1), 0));
        out.add(attack("ev-kifri-1", kifri(1), SURGE_WEEK.plusDays(4), 3));
        return out;
    }
}
