package org.marsad.fusion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.events.Event;
import org.marsad.geo.Place;

/** Many outlets reporting many incidents: fusion must find each incident once, whatever the volume. */
class FusionScaleTest {
    @Test
    void eachIncidentReportedByThreeOutletsBecomesOneEvent() {
        Random rnd = new Random(3);
        List<Event> events = new ArrayList<>();
        int incidents = 3000;
        for (int i = 0; i < incidents; i++) {
            // distinct district per incident-day so that every incident is distinguishable
            String gov = String.format("IQG%02d", 1 + i % 18);
            String dist = gov + String.format("Q%02d", i / 18 % 99);
            Place p = new Place("g" + i, "مكان" + i, "", "town", "Iraq", gov, dist, "", List.of(), 0, 0, 1);
            String day = LocalDate.parse("2020-01-01").plusDays(i / (18 * 99) * 5 + rnd.nextInt(3) * 0).toString();
            for (int o = 0; o < 3; o++) {
                events.add(TestEvents.event("d" + i + "o" + o, 1).day(day).at(p).by("Islamic State").killed(2 + o % 2).build());
            }
        }
        java.util.Collections.shuffle(events, rnd);
        List<CanonicalEvent> out = Fusion.apply(events, List.of());
        assertThat(out).hasSize(incidents);
        assertThat(out).allSatisfy(c -> assertThat(c.sources()).hasSize(3));
    }
}
