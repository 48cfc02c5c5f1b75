package org.marsad.fusion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.marsad.events.Event;
import org.marsad.events.EventType;
import org.marsad.geo.Place;

/** Random mixes of reports: fusion keeps every source exactly once, never merges one article with itself, and is idempotent. */
class FusionProperties {
    private static final Place[] PLACES = {TestEvents.MAKHMOUR, TestEvents.KHADHRJIJA, TestEvents.NINEWA, TestEvents.ERBIL_GOV,
            TestEvents.KIFRI, TestEvents.JALAWLA, TestEvents.TUZ};
    private static final String[] ACTORS = {"Islamic State", "Peshmerga", "Iraqi Army", "Unidentified Armed Group", "Civilians"};
    private static final EventType[] TYPES = {EventType.ATTACK, EventType.ARMED_CLASH, EventType.EXPLOSION, EventType.SECURITY_OPERATION};

    private static List<Event> randomEvents(long seed, int n) {
        Random r = new Random(seed);
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            TestEvents.B b = TestEvents.event("d" + r.nextInt(Math.max(1, n / 2)), i).type(TYPES[r.nextInt(TYPES.length)]);
            switch (r.nextInt(4)) {
                case 0 -> { }
                case 1 -> b.month("2021-12-01");
                default -> b.day("2021-12-0" + (1 + r.nextInt(4)));
            }
            if (r.nextInt(5) > 0) b.at(PLACES[r.nextInt(PLACES.length)]);
            if (r.nextBoolean()) b.by(ACTORS[r.nextInt(ACTORS.length)]);
            if (r.nextBoolean()) b.on(ACTORS[r.nextInt(ACTORS.length)]);
            if (r.nextBoolean()) b.killed(r.nextInt(20));
            if (r.nextInt(4) == 0) b.combined(r.nextInt(30));
            if (r.nextInt(4) == 0) b.background();
            out.add(b.build());
        }
        return out;
    }

    @Property(tries = 150)
    void everySourceAppearsOnceAndNoArticleIsMergedWithItself(@ForAll long seed, @ForAll @IntRange(min = 0, max = 40) int n) {
        List<Event> in = randomEvents(seed, n);
        List<CanonicalEvent> out = Fusion.apply(in, List.of());
        List<String> sourceIds = out.stream().flatMap(c -> c.sources().stream()).map(Event::id).toList();
        assertThat(sourceIds).containsExactlyInAnyOrderElementsOf(in.stream().map(Event::id).toList());
        for (CanonicalEvent c : out) {
            Set<String> docs = new HashSet<>();
            c.sources().forEach(s -> assertThat(docs.add(Fusion.doc(s))).isTrue());
            assertThat(c.event().documents()).containsExactlyInAnyOrderElementsOf(docs);
            // a combined figure never becomes killed
            c.event().casualties().killed().ifPresent(k -> assertThat(c.sources())
                    .anySatisfy(s -> assertThat(s.casualties().killed()).hasValue(k)));
        }
        assertThat(out).extracting(CanonicalEvent::id).doesNotHaveDuplicates();
    }

    @Property(tries = 100)
    void refusingTheResultChangesNothing(@ForAll long seed, @ForAll @IntRange(min = 0, max = 30) int n) {
        List<Event> in = randomEvents(seed, n);
        List<CanonicalEvent> once = Fusion.apply(in, List.of());
        assertThat(Fusion.apply(in, once)).isEqualTo(once);
    }

    @Property(tries = 100)
    void idsSurviveNewArticles(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int n) {
        List<Event> in = randomEvents(seed, n);
        List<CanonicalEvent> before = Fusion.apply(in, List.of());
        List<Event> more = randomEvents(seed + 1, 5).stream()
                .map(e -> TestEvents.event("new-" + e.id(), 1).day("2021-12-02").at(TestEvents.MAKHMOUR).by("Islamic State").build())
                .toList();
        List<CanonicalEvent> after = Fusion.apply(more, before);
        Set<String> afterIds = new HashSet<>(after.stream().map(CanonicalEvent::id).toList());
        // every stored id survives unless its event was merged into another stored one
        for (CanonicalEvent c : before) {
            String holder = after.stream().filter(a -> a.sources().stream().anyMatch(s -> s.id().equals(c.sources().get(0).id())))
                    .findFirst().orElseThrow().id();
            assertThat(afterIds.contains(c.id()) || before.stream().anyMatch(b -> b.id().equals(holder))).isTrue();
        }
    }
}
