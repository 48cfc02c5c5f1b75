package org.marsad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.eval.EvalFixtures.gold;
import static org.marsad.eval.EvalFixtures.system;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.common.DatePrecision;
import org.marsad.events.EventType;

/** The matching rule: shared document, date fit, same governorate, same type family; one-to-one. */
class EventMatcherTest {
    private static final List<String> D1 = List.of("d1");

    @Test
    void matchesWithinOneDay() {
        var g = gold("g1", EventType.ATTACK, "2024-03-10", DatePrecision.DAY, "IQG13", "", D1, false);
        assertThat(EventMatcher.compatible(g, system("s", EventType.ATTACK, "2024-03-11", DatePrecision.DAY, "IQG13", "", D1))).isTrue();
        assertThat(EventMatcher.compatible(g, system("s", EventType.ATTACK, "2024-03-13", DatePrecision.DAY, "IQG13", "", D1))).isFalse();
    }

    @Test
    void monthPrecisionNeedsTheSameMonth() {
        var g = gold("g1", EventType.ATTACK, "2024-03", DatePrecision.MONTH, "IQG13", "", D1, false);
        assertThat(EventMatcher.compatible(g, system("s", EventType.ATTACK, "2024-03-28", DatePrecision.DAY, "IQG13", "", D1))).isTrue();
        assertThat(EventMatcher.compatible(g, system("s", EventType.ATTACK, "2024-04-01", DatePrecision.DAY, "IQG13", "", D1))).isFalse();
    }

    @Test
    void unknownGoldDateAcceptsAnyDate() {
        var g = gold("g1", EventType.SECURITY_OPERATION, "", DatePrecision.UNKNOWN, "IQG10", "", D1, false);
        assertThat(EventMatcher.compatible(g, system("s", EventType.SECURITY_OPERATION, "", DatePrecision.UNKNOWN, "IQG10", "", D1))).isTrue();
        assertThat(EventMatcher.compatible(g, system("s", EventType.SECURITY_OPERATION, "2020-01-01", DatePrecision.DAY, "IQG10", "", D1))).isTrue();
    }

    @Test
    void weekPrecisionSystemDateFitsWithinSevenDays() {
        var g = gold("g1", EventType.ATTACK, "2024-03-10", DatePrecision.DAY, "IQG13", "", D1, false);
        assertThat(EventMatcher.compatible(g, system("s", EventType.ATTACK, "2024-03-14", DatePrecision.WEEK, "IQG13", "", D1))).isTrue();
    }

    @Test
    void needsASharedDocumentTheGovernorateAndTheTypeFamily() {
        var g = gold("g1", EventType.ATTACK, "2024-03-10", DatePrecision.DAY, "IQG13", "", D1, false);
        assertThat(EventMatcher.compatible(g, system("s", EventType.ATTACK, "2024-03-10", DatePrecision.DAY, "IQG13", "", List.of("d2")))).isFalse();
        assertThat(EventMatcher.compatible(g, system("s", EventType.ATTACK, "2024-03-10", DatePrecision.DAY, "IQG10", "", D1))).isFalse();
        assertThat(EventMatcher.compatible(g, system("s", EventType.EXPLOSION, "2024-03-10", DatePrecision.DAY, "IQG13", "", D1))).isFalse();
        assertThat(EventMatcher.compatible(g, system("s", EventType.ARMED_CLASH, "2024-03-10", DatePrecision.DAY, "IQG13", "", D1))).isTrue();
    }

    @Test
    void alternativeGovernoratesAreAccepted() {
        var base = gold("g1", EventType.ATTACK, "2024-03-10", DatePrecision.DAY, "IQG11", "", D1, false);
        var g = new GoldFile.GoldEvent(base.id(), false, base.type(), base.date(), base.precision(), List.of(),
                new GoldFile.Location("مخمور", "IQG11", "", "", List.of("IQG15"), "Iraq", "", java.util.OptionalDouble.empty(),
                        java.util.OptionalDouble.empty()), base.actor1(), base.actor2(), base.killed(), base.wounded(),
                base.civiliansKilled(), false, D1, List.of());
        assertThat(EventMatcher.compatible(g, system("s", EventType.ATTACK, "2024-03-10", DatePrecision.DAY, "IQG15", "", D1))).isTrue();
    }

    @Test
    void goldWithoutGovernorateMatchesByName() {
        var g = new GoldFile.GoldEvent("g", false, EventType.ATTACK, java.util.Optional.empty(), DatePrecision.UNKNOWN, List.of(),
                new GoldFile.Location("قرية الزهراء", "", "", "", List.of(), "Iraq", "", java.util.OptionalDouble.empty(),
                        java.util.OptionalDouble.empty()), List.of(), List.of(), java.util.OptionalInt.empty(),
                java.util.OptionalInt.empty(), java.util.OptionalInt.empty(), false, D1, List.of());
        var s = system("s", EventType.ATTACK, "2024-03-10", DatePrecision.DAY, "IQG13", "", D1);
        assertThat(EventMatcher.compatible(g, s)).isFalse(); // system name "مكان"
        assertThat(EventMatcher.nameMatches("قرية الزهراء", "الزهراء")).isTrue();
    }

    @Test
    void oneToOneAndOptionalEventsNeitherRewardNorPunish() {
        var g1 = gold("g1", EventType.ATTACK, "2024-03-10", DatePrecision.DAY, "IQG13", "", D1, false);
        var g2 = gold("g2", EventType.AGREEMENT_OR_MEETING, "2024-03-10", DatePrecision.DAY, "IQG13", "", D1, true);
        var g3 = gold("g3", EventType.ATTACK, "2024-03-20", DatePrecision.DAY, "IQG13", "", D1, false);
        var s1 = system("s1", EventType.ATTACK, "2024-03-10", DatePrecision.DAY, "IQG13", "", D1);
        var s2 = system("s2", EventType.ATTACK, "2024-03-10", DatePrecision.DAY, "IQG13", "", D1);
        var s3 = system("s3", EventType.AGREEMENT_OR_MEETING, "2024-03-10", DatePrecision.DAY, "IQG13", "", D1);
        var m = EventMatcher.match(List.of(g1, g2, g3), List.of(s1, s2, s3));
        assertThat(m.pairs()).hasSize(1);
        assertThat(m.optionalPairs()).hasSize(1);
        assertThat(m.missed()).extracting(GoldFile.GoldEvent::id).containsExactly("g3");
        assertThat(m.spurious()).extracting(e -> e.id()).containsExactly("s2");
        EventScores s = EventScores.of(m);
        assertThat(s.truePositives()).isEqualTo(1);
        assertThat(s.falsePositives()).isEqualTo(1);
        assertThat(s.falseNegatives()).isEqualTo(1);
        assertThat(s.f1()).isEqualTo(0.5);
    }
}
