package org.marsad.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.marsad.alerts.SurgeDetector;
import org.marsad.search.BadParameter;

class AlertParametersTest {
    @Test
    void missingParametersGiveTheDefaultDetector() {
        assertThat(AlertParameters.parse(Map.of())).isEqualTo(SurgeDetector.DEFAULT);
        assertThat(AlertParameters.parse(Map.of("alpha", List.of(" ")))).isEqualTo(SurgeDetector.DEFAULT);
    }

    @Test
    void readsEveryParameter() {
        SurgeDetector.Config c = AlertParameters.parse(Map.of("baseline_weeks", List.of("8"), "min_events", List.of("2"),
                "min_new_events", List.of("1"), "alpha", List.of("0.05")));
        assertThat(c.baselineWeeks()).isEqualTo(8);
        assertThat(c.minEvents()).isEqualTo(2);
        assertThat(c.minNewEvents()).isEqualTo(1);
        assertThat(c.alpha()).isEqualTo(0.05);
        assertThat(c.priorEvents()).isEqualTo(SurgeDetector.DEFAULT.priorEvents());
    }

    @Test
    void acceptsScientificAlpha() {
        assertThat(AlertParameters.parse(Map.of("alpha", List.of("1e-4"))).alpha()).isEqualTo(1e-4);
    }

    @Test
    void namesTheBadParameter() {
        assertThatThrownBy(() -> AlertParameters.parse(Map.of("baseline_weeks", List.of("1"))))
                .isInstanceOfSatisfying(BadParameter.class, e -> assertThat(e.parameter()).isEqualTo("baseline_weeks"));
        assertThatThrownBy(() -> AlertParameters.parse(Map.of("alpha", List.of("Infinity"))))
                .isInstanceOfSatisfying(BadParameter.class, e -> assertThat(e.parameter()).isEqualTo("alpha"));
        assertThatThrownBy(() -> AlertParameters.parse(Map.of("min_new_events", List.of("99999999999"))))
                .isInstanceOfSatisfying(BadParameter.class, e -> assertThat(e.parameter()).isEqualTo("min_new_events"));
    }

    @Property(tries = 300)
    void randomValuesGiveAConfigOrABadParameter(@ForAll String baseline, @ForAll String minEvents, @ForAll String alpha) {
        try {
            SurgeDetector.Config c = AlertParameters.parse(Map.of("baseline_weeks", List.of(baseline),
                    "min_events", List.of(minEvents), "alpha", List.of(alpha)));
            assertThat(c.alpha()).isBetween(0.0, 1.0);
        } catch (BadParameter e) {
            assertThat(AlertParameters.PARAMETERS).contains(e.parameter());
        }
    }
}
