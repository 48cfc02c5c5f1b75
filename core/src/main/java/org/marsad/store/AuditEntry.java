package org.marsad.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.time.Instant;

/** One reviewer action on a canonical event; {@code before}/{@code after} are JSON (null node when absent). */
public record AuditEntry(String eventId, String who, Instant at, String action, JsonNode before, JsonNode after) {
    public AuditEntry {
        if (eventId == null || eventId.isBlank()) throw new IllegalArgumentException("audit entry without event id");
        who = who == null ? "" : who;
        at = at == null ? Instant.now() : at;
        action = action == null ? "" : action;
        before = before == null ? NullNode.getInstance() : before;
        after = after == null ? NullNode.getInstance() : after;
    }
}
