package org.marsad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.marsad.common.DatePrecision;
import org.marsad.common.Json;
import org.marsad.events.EventType;

/** Reading the gold format: months, unknown dates, optional events, alternative governorates. */
class GoldFileTest {

    @Test
    void readsTheGoldShape() throws Exception {
        String json = """
                {"set": "t", "documents": [{"id": "a", "file": "a.txt", "outlet": "X", "published": "2024-03-14"},
                  {"id": "b", "file": "b.txt", "published_precision": "unknown"}],
                 "events": [
                  {"id": "e1", "type": "attack", "date": "2024-03", "date_precision": "month",
                   "location": {"name_ar": "مكان", "admin1_pcode": "IQG11", "alt_admin1_pcodes": ["IQG15"]},
                   "actor1": ["Islamic State"], "actor2": [], "killed": 4, "documents": ["a"]},
                  {"id": "e2", "optional": true, "type": "agreement_or_meeting", "date_precision": "unknown",
                   "location": {}, "documents": ["b"], "casualties_reported": true}]}""";
        GoldFile g = GoldFile.parse(Json.MAPPER.readTree(json), "test");
        assertThat(g.documents()).hasSize(2);
        assertThat(g.documents().get(1).precision()).isEqualTo(DatePrecision.UNKNOWN);
        var e1 = g.events().get(0);
        assertThat(e1.date()).contains(LocalDate.of(2024, 3, 1));
        assertThat(e1.location().admin1Set()).containsExactly("IQG11", "IQG15");
        assertThat(e1.killed()).hasValue(4);
        assertThat(e1.wounded()).isEmpty();
        assertThat(g.events().get(1).optional()).isTrue();
        assertThat(g.events().get(1).type()).isEqualTo(EventType.AGREEMENT_OR_MEETING);
    }

    @Test
    void badValuesSayWhatIsWrong() {
        assertThatThrownBy(() -> GoldFile.parse(Json.MAPPER.readTree("[]"), "x.json")).hasMessageContaining("one JSON object");
        assertThatThrownBy(() -> GoldFile.parse(Json.MAPPER.readTree("{\"events\": [{\"id\": \"e\", \"type\": \"attack\", \"date\": \"March\"}]}"), "x.json"))
                .hasMessageContaining("bad date");
        assertThatThrownBy(() -> GoldFile.parse(Json.MAPPER.readTree("{\"events\": [{\"id\": \"e\", \"type\": \"bombing\"}]}"), "x.json"))
                .hasMessageContaining("unknown event type");
    }
}
