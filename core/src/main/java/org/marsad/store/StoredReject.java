package org.marsad.store;

import java.time.Instant;

/** A rejected input record as kept in the store. */
public record StoredReject(String runId, String origin, String reason, Instant at) {}
