package org.marsad.ingest;

/**
 * An input record that did not become an article, and why. {@code origin} names the record the way
 * a user finds it again: a file, {@code file:line} for a JSON line, {@code file!entry} inside a zip.
 */
public record Rejected(String origin, String reason) implements ReadResult {
    public Rejected {
        origin = origin == null ? "" : origin;
        if (reason == null || reason.isBlank()) throw new IllegalArgumentException("a rejection needs a reason");
    }
}
