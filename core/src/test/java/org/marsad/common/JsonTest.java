package org.marsad.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.marsad.events.Casualties;
import org.marsad.events.Event;
import org.marsad.events.EventType;
import org.marsad.fusion.CanonicalEvent;
import org.marsad.ingest.Article;

/** The shared mapper round-trips our records: Optional, OptionalInt, LocalDate, nested lists. */
class JsonTest {
    @Test
    void articleRoundTripsWithoutHelperProperties() {
        Article a = new Article("a", "o", "u", Optional.of(LocalDate.of(2021, 1, 2)), DatePrecision.DAY, "t", "نص", "",
                "ar", "f.json:1");
        String json = Json.write(a);
        assertThat(json).doesNotContain("\"arabic\"").contains("\"2021-01-02\"");
        assertThat(Json.read(json, Article.class)).isEqualTo(a);
    }

    @Test
    void absentOptionalsRoundTrip() {
        Event e = new Event("e", EventType.PROTEST, Optional.empty(), DatePrecision.UNKNOWN, Optional.empty(), "unknown",
                Optional.empty(), "", List.of(), List.of(), Casualties.NONE, List.of("d"), List.of(), List.of(), 0.5, true);
        CanonicalEvent ce = new CanonicalEvent(e, List.of(e), List.of(), "");
        assertThat(Json.read(Json.write(ce), CanonicalEvent.class)).isEqualTo(ce);
    }

    @Test
    void optionalIntCounts() {
        Casualties c = new Casualties(OptionalInt.of(3), OptionalInt.empty(), OptionalInt.of(4), OptionalInt.empty(),
                OptionalInt.empty(), OptionalInt.of(9), true);
        assertThat(Json.read(Json.write(c), Casualties.class)).isEqualTo(c);
    }

    @Test
    void unknownFieldsAreIgnoredOnRead() {
        assertThat(Json.read("{\"start\":1,\"end\":4,\"extra\":true}", Span.class)).isEqualTo(new Span(1, 4));
    }
}
