package org.marsad.store;

import java.time.Instant;

/** An input record (at {@code origin}) that was not stored because {@code duplicateOf} already was. */
public record StoredDuplicate(String origin, String recordId, String duplicateOf, Instant at) {}
