package org.marsad.fusion;

import java.util.List;
import org.marsad.events.Event;

/**
 * One real incident: the fused {@code event} (its id is stable as more articles arrive), every
 * source's own version in {@code sources}, and the fields they disagree on.
 */
public record CanonicalEvent(Event event, List<Event> sources, List<Conflict> conflicts, String storyId) {
    public CanonicalEvent {
        sources = List.copyOf(sources);
        conflicts = List.copyOf(conflicts);
        storyId = storyId == null ? "" : storyId;
    }

    public String id() { return event.id(); }
}
