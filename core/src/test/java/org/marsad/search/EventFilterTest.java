package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.marsad.events.EventType;
import org.marsad.export.WorkspaceFixtures;
import org.marsad.fusion.CanonicalEvent;

class EventFilterTest {
    static final Function<String, String> OUTLETS = d -> WorkspaceFixtures.outlets().getOrDefault(d, "");
    static final Function<String, String> NOT_REVIEWED = id -> "";

    static EventFilter q(String... kv) {
        Map<String, List<String>> m = new java.util.HashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], List.of(kv[i + 1]));
        return EventFilter.parse(m);
    }

    static List<String> ids(EventFilter q, Function<String, String> review) {
        return WorkspaceFixtures.events().stream().filter(e -> q.matches(e, OUTLETS, review)).map(CanonicalEvent::id).toList();
    }

    @Test
    void defaultsToEverythingNewestFirstFiftyAPage() {
        EventFilter q = q();
        assertThat(q.page()).isEqualTo(1);
        assertThat(q.size()).isEqualTo(50);
        assertThat(q.sort()).isEqualTo(EventFilter.Sort.DATE_DESC);
        assertThat(ids(q, NOT_REVIEWED)).hasSize(3);
    }

    @Test
    void filtersByInclusiveDateRange() {
        assertThat(ids(q("from", "2022-07-16", "to", "2022-07-16"), NOT_REVIEWED)).containsExactly("ev-basra");
        assertThat(ids(q("to", "2021-12-31"), NOT_REVIEWED)).containsExactly("ev-makhmour");
    }

    @Test
    void filtersByTypeListGovernorateDistrictActorOutletStory() {
        assertThat(ids(q("type", "protest,explosion"), NOT_REVIEWED)).containsExactly("ev-basra", "ev-baghdad");
        assertThat(ids(q("admin1", "IQG11"), NOT_REVIEWED)).containsExactly("ev-makhmour");
        assertThat(ids(q("admin1", "IQG15"), NOT_REVIEWED)).as("disputed area also listed under its alternative")
                .containsExactly("ev-makhmour");
        assertThat(ids(q("admin2", "IQG02Q02"), NOT_REVIEWED)).containsExactly("ev-basra");
        assertThat(ids(q("actor", "peshmerga"), NOT_REVIEWED)).containsExactly("ev-makhmour");
        assertThat(ids(q("outlet", "wire a"), NOT_REVIEWED)).containsExactly("ev-makhmour", "ev-basra");
        assertThat(ids(q("story", "story-basra"), NOT_REVIEWED)).containsExactly("ev-basra");
    }

    @Test
    void leavesRejectedEventsOutUnlessAskedAndSelectsByReview() {
        Function<String, String> review = id -> switch (id) {
            case "ev-basra" -> "rejected";
            case "ev-makhmour" -> "confirmed";
            default -> "";
        };
        assertThat(ids(q(), review)).containsExactly("ev-makhmour", "ev-baghdad");
        assertThat(ids(q("include_rejected", "true"), review)).hasSize(3);
        assertThat(ids(q("reviewed", "only"), review)).containsExactly("ev-makhmour");
        assertThat(ids(q("reviewed", "exclude"), review)).containsExactly("ev-baghdad");
    }

    @Test
    void sortsByDateOrFatalities() {
        var sorted = WorkspaceFixtures.events().stream().sorted(q("sort", "date").comparator()).map(CanonicalEvent::id).toList();
        assertThat(sorted).containsExactly("ev-makhmour", "ev-basra", "ev-baghdad");
        var byFat = WorkspaceFixtures.events().stream().sorted(q("sort", "-fatalities").comparator()).map(CanonicalEvent::id).toList();
        assertThat(byFat.get(0)).isEqualTo("ev-makhmour");
    }

    @Test
    void namesTheBadParameter() {
        assertBad("from", "from", "yesterday");
        assertBad("to", "to", "2021-13-01");
        assertBad("to", "from", "2022-01-02", "to", "2022-01-01");
        assertBad("type", "type", "bombing");
        assertBad("admin1", "admin1", "Baghdad");
        assertBad("admin2", "admin2", "IQG11");
        assertBad("page", "page", "0");
        assertBad("size", "size", "100000");
        assertBad("size", "size", "ten");
        assertBad("sort", "sort", "casualties");
        assertBad("reviewed", "reviewed", "maybe");
        assertBad("include_rejected", "include_rejected", "perhaps");
    }

    @Test
    void parsesEveryEventTypeCode() {
        for (EventType t : EventType.values()) assertThat(q("type", t.code()).types()).containsExactly(t);
        assertThat(q("from", "2021-12-02").from()).contains(LocalDate.of(2021, 12, 2));
    }

    @Property
    void randomParameterValuesGiveAQueryOrABadParameter(@ForAll String name, @ForAll String value) {
        try {
            EventFilter.parse(Map.of(name, List.of(value)));
        } catch (BadParameter e) {
            assertThat(EventFilter.PARAMETERS).contains(e.parameter());
        }
    }

    private static void assertBad(String parameter, String... kv) {
        assertThatThrownBy(() -> q(kv)).isInstanceOfSatisfying(BadParameter.class,
                e -> assertThat(e.parameter()).isEqualTo(parameter));
    }
}
