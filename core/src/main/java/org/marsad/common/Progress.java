package org.marsad.common;

/** Progress of long work: {@code done} of {@code total} units (total 0 when unknown), with a short note. */
@FunctionalInterface
public interface Progress {
    void update(String phase, long done, long total, String note);

    Progress NONE = (phase, done, total, note) -> { };
}
