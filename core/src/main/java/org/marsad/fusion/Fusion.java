package org.marsad.fusion;

import java.util.List;
import org.marsad.events.Event;

/**
 * The fusion stage: all per-article events (plus the canonical events already stored, for stable
 * ids) -> one canonical event per incident. Deterministic and idempotent. CONTRACT ONLY until fusion lands:
 * every article event stays its own canonical event.
 */
public final class Fusion {
    private Fusion() {}

    public static List<CanonicalEvent> apply(List<Event> articleEvents, List<CanonicalEvent> previous) {
        return articleEvents.stream().map(e -> new CanonicalEvent(e, List.of(e), List.of(), "")).toList();
    }
}
