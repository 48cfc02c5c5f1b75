package org.marsad.store;

import java.util.List;
import org.marsad.entities.Mention;
import org.marsad.events.Event;

/** The per-article result of the analysis stages; {@code error} is "" unless a stage failed on it. */
public record ArticleAnalysis(String docId, List<Mention> mentions, List<Event> events, String error) {
    public ArticleAnalysis {
        mentions = List.copyOf(mentions);
        events = List.copyOf(events);
        error = error == null ? "" : error;
    }
}
