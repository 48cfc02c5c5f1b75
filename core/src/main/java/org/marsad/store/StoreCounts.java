package org.marsad.store;

/** Row counts of the store, for summaries and /api/health. */
public record StoreCounts(long articles, long duplicates, long rejects, long analyzed, long pendingAnalysis,
                          long articleEvents, long canonicalEvents, long stories, long ingestRuns) {}
