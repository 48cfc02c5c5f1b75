package org.marsad.fusion;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * What fusion may know about the articles beyond their events: publication days (to prefer the
 * latest report's figures and to bound how far back an undated recall may reach) and the story each
 * article belongs to (copied onto the canonical event).
 */
public record FusionContext(Map<String, LocalDate> published, Map<String, String> storyOfDocument) {
    public static final FusionContext EMPTY = new FusionContext(Map.of(), Map.of());

    public FusionContext {
        published = Map.copyOf(published);
        storyOfDocument = Map.copyOf(storyOfDocument);
    }

    public Optional<LocalDate> published(String docId) { return Optional.ofNullable(published.get(docId)); }

    public Optional<String> story(String docId) { return Optional.ofNullable(storyOfDocument.get(docId)); }
}
