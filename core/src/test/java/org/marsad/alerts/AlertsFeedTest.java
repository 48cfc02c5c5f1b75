package org.marsad.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertsFeedTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2021-12-10T00:00:00Z"), ZoneOffset.UTC);

    private static Alert alert(Alert.Kind kind, String name) {
        return new Alert("IQG11Q04-2021-11-29-surge", kind, "IQG11", "IQG11Q04", name, LocalDate.of(2021, 11, 29), 4, 13,
                0.3, 0.4, 0.0004, 3.4, List.of("e1", "e2", "e3", "e4"));
    }

    @Test
    void feedIsValidAtomThatReadsBack() throws Exception {
        String xml = AlertsFeed.atom(List.of(alert(Alert.Kind.SURGE, "Makhmur")), "http://127.0.0.1:7070", CLOCK);
        assertThat(xml).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"");
        SyndFeed back = new SyndFeedInput().build(new StringReader(xml));
        assertThat(back.getEntries()).singleElement().satisfies(e -> {
            assertThat(e.getTitle()).isEqualTo("Surge in Makhmur (IQG11Q04), week of 2021-11-29");
            assertThat(e.getDescription().getValue()).contains("4 violent events", "13 fatalities", "e1, e2, e3, e4");
            assertThat(e.getLink()).isEqualTo("http://127.0.0.1:7070/#/alerts/IQG11Q04-2021-11-29-surge");
        });
    }

    @Test
    void newActivityAndUnnamedDistrictsReadClearly() {
        assertThat(AlertsFeed.title(alert(Alert.Kind.NEW_ACTIVITY, "")))
                .isEqualTo("Attacks where none were recorded: IQG11Q04, week of 2021-11-29");
    }

    @Test
    void emptyFeedIsStillAFeed() {
        assertThat(AlertsFeed.atom(List.of(), "http://127.0.0.1:1", CLOCK)).contains("<feed").doesNotContain("<entry");
    }
}
