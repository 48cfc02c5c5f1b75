package org.marsad.events;

import java.util.List;
import org.marsad.entities.Mention;
import org.marsad.ingest.Article;
import org.marsad.text.TextAnalysis;

/** The event stage: one article's text and mentions -> every event it reports. CONTRACT ONLY until events land. */
public final class EventStage {
    private EventStage() {}

    public static List<Event> apply(Article article, TextAnalysis text, List<Mention> mentions) {
        return List.of();
    }
}
