package org.marsad.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.marsad.common.DatePrecision;
import org.marsad.events.Casualties;
import org.marsad.events.Event;
import org.marsad.events.EventType;
import org.marsad.geo.Place;

/** Hand-made gold and system events for the scorer tests. */
final class EvalFixtures {
    private EvalFixtures() {}

    static GoldFile.GoldEvent gold(String id, EventType type, String date, DatePrecision p, String admin1, String admin2,
                                   List<String> docs, boolean optional) {
        return new GoldFile.GoldEvent(id, optional, type, date.isEmpty() ? Optional.empty() : GoldFile.date(date, "t"), p, List.of(),
                new GoldFile.Location("مكان", admin1, admin2, "", List.of(), "Iraq", "", OptionalDouble.empty(), OptionalDouble.empty()),
                List.of("Islamic State"), List.of("Iraqi Army"), OptionalInt.of(3), OptionalInt.empty(), OptionalInt.empty(), false,
                docs, List.of());
    }

    static Event system(String id, EventType type, String date, DatePrecision p, String admin1, String admin2, List<String> docs) {
        Place place = new Place("g", "مكان", "x", "town", "Iraq", admin1, admin2, "", List.of(), 0, 0, 1);
        Casualties c = new Casualties(OptionalInt.of(3), OptionalInt.of(3), OptionalInt.of(3), OptionalInt.empty(),
                OptionalInt.empty(), OptionalInt.empty(), true);
        return new Event(id, type, date.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(date)), p, Optional.empty(),
                "explicit", Optional.of(place), "مكان", List.of("Islamic State"), List.of("Iraqi Army"), c, docs, List.of(),
                List.of(), 0.9, false);
    }
}
