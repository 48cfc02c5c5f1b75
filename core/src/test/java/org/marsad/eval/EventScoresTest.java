package org.marsad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.eval.EvalFixtures.gold;
import static org.marsad.eval.EvalFixtures.system;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.common.DatePrecision;
import org.marsad.events.EventType;

/** Field accuracy over matched pairs; absent counts are right only when both leave them out. */
class EventScoresTest {
    private static final List<String> D1 = List.of("d1");

    @Test
    void perfectPairScoresEveryField() {
        var g = gold("g1", EventType.ATTACK, "2024-03-10", DatePrecision.DAY, "IQG13", "IQG13Q01", D1, false);
        var s = system("s1", EventType.ATTACK, "2024-03-10", DatePrecision.DAY, "IQG13", "IQG13Q01", D1);
        EventScores sc = EventScores.of(EventMatcher.match(List.of(g), List.of(s)));
        assertThat(sc.f1()).isEqualTo(1.0);
        assertThat(sc.fields()).allSatisfy((k, v) -> assertThat(v.accuracy()).as(k).isEqualTo(1.0));
        assertThat(sc.documentRecall()).isEqualTo(1.0);
    }

    @Test
    void wrongDayAndDistrictAreCountedAsWrong() {
        var g = gold("g1", EventType.ATTACK, "2024-03-10", DatePrecision.DAY, "IQG13", "IQG13Q01", D1, false);
        var s = system("s1", EventType.ARMED_CLASH, "2024-03-11", DatePrecision.DAY, "IQG13", "IQG13Q02", D1);
        EventScores sc = EventScores.of(EventMatcher.match(List.of(g), List.of(s)));
        assertThat(sc.truePositives()).isEqualTo(1);
        assertThat(sc.fields().get("date").right()).isZero();
        assertThat(sc.fields().get("admin2").right()).isZero();
        assertThat(sc.fields().get("type").right()).isZero();
        assertThat(sc.fields().get("admin1").right()).isEqualTo(1);
    }

    @Test
    void unknownGoldDateIsRightOnlyWhenTheSystemClaimsNone() {
        var g = gold("g1", EventType.SECURITY_OPERATION, "", DatePrecision.UNKNOWN, "IQG10", "", D1, false);
        var guessed = system("s1", EventType.SECURITY_OPERATION, "2024-03-10", DatePrecision.DAY, "IQG10", "", D1);
        var honest = system("s2", EventType.SECURITY_OPERATION, "", DatePrecision.UNKNOWN, "IQG10", "", D1);
        assertThat(EventScores.dateRight(g, guessed)).isFalse();
        assertThat(EventScores.dateRight(g, honest)).isTrue();
    }

    @Test
    void jsonListsUnmatchedAndSpurious() {
        var g = gold("g1", EventType.ATTACK, "2024-03-10", DatePrecision.DAY, "IQG13", "", D1, false);
        var s = system("s1", EventType.PROTEST, "2024-03-10", DatePrecision.DAY, "IQG13", "", D1);
        var json = EventScores.of(EventMatcher.match(List.of(g), List.of(s))).toJson();
        assertThat(json.get("unmatched_gold").get(0).get("id").asText()).isEqualTo("g1");
        assertThat(json.get("spurious").get(0).get("id").asText()).isEqualTo("s1");
        assertThat(json.get("f1").asDouble()).isZero();
    }
}
