package org.marsad.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.marsad.common.Progress;
import org.marsad.store.ArticleOutcome;
import org.marsad.store.IngestRun;
import org.marsad.store.Repository;

/**
 * Inputs -> stored articles with full accounting. Records are stored in batches, each one
 * transaction, so a run killed at any point and started again stores every article exactly once
 * (what was committed comes back as duplicates of itself, the rest is stored then).
 */
public final class Ingester {
    private final Repository repo;
    private final InputReader reader;
    private final int batchSize;

    public Ingester(Repository repo, IngestLimits limits, int batchSize) {
        if (batchSize < 1) throw new IllegalArgumentException("batch size must be >= 1");
        this.repo = repo;
        this.reader = new InputReader(limits);
        this.batchSize = batchSize;
    }

    public IngestReport ingest(List<String> inputs, Progress progress) {
        return ingest(inputs, progress, stored -> { });
    }

    /**
     * As {@link #ingest(List, Progress)}, handing each batch's newly accepted articles to {@code accepted}
     * right after their transaction commits (on the calling thread), so analysis can start before the
     * whole input is read.
     */
    public IngestReport ingest(List<String> inputs, Progress progress, Consumer<List<Article>> accepted) {
        long t0 = System.nanoTime();
        String runId = Instant.now().toString().replace(':', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
        Run run = new Run(runId, accepted);
        List<InputReader.Source> sources = reader.expand(inputs);
        int done = 0;
        for (InputReader.Source s : sources) {
            progress.update("ingest", done, sources.size(), run.read + " records");
            reader.read(s, r -> run.add(r));
            done++;
        }
        run.flush();
        progress.update("ingest", done, sources.size(), run.read + " records");
        IngestReport report = new IngestReport(runId, run.read, run.accepted, run.duplicate, run.rejected,
                run.acceptedIds, run.allRejects, Duration.ofNanos(System.nanoTime() - t0));
        repo.saveIngestRun(new IngestRun(runId, Instant.now(), String.join(" ", inputs), report.read(),
                report.accepted(), report.duplicate(), report.rejected()));
        return report;
    }

    /** Stores articles given directly (the HTTP API), with the same accounting. */
    public IngestReport ingestRecords(List<ReadResult> records, String inputs) {
        long t0 = System.nanoTime();
        String runId = Instant.now().toString().replace(':', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
        Run run = new Run(runId, stored -> { });
        records.forEach(run::add);
        run.flush();
        IngestReport report = new IngestReport(runId, run.read, run.accepted, run.duplicate, run.rejected,
                run.acceptedIds, run.allRejects, Duration.ofNanos(System.nanoTime() - t0));
        repo.saveIngestRun(new IngestRun(runId, Instant.now(), inputs, report.read(), report.accepted(),
                report.duplicate(), report.rejected()));
        return report;
    }

    private final class Run {
        final String id;
        long read;
        long accepted;
        long duplicate;
        long rejected;
        final List<String> acceptedIds = new ArrayList<>();
        final List<Rejected> allRejects = new ArrayList<>();
        final List<Article> batch = new ArrayList<>();
        final List<Rejected> rejectBatch = new ArrayList<>();
        final Consumer<List<Article>> onAccepted;

        Run(String id, Consumer<List<Article>> onAccepted) {
            this.id = id;
            this.onAccepted = onAccepted;
        }

        void add(ReadResult r) {
            read++;
            switch (r) {
                case ReadResult.Read a -> {
                    batch.add(a.article());
                    if (batch.size() >= batchSize) flush();
                }
                case Rejected x -> {
                    rejected++;
                    allRejects.add(x);
                    rejectBatch.add(x);
                    if (rejectBatch.size() >= batchSize) flush();
                }
            }
        }

        void flush() {
            if (!batch.isEmpty()) {
                List<ArticleOutcome> outcomes = repo.saveArticles(batch);
                List<Article> fresh = new ArrayList<>();
                for (int i = 0; i < outcomes.size(); i++) { // outcomes come in batch order
                    switch (outcomes.get(i)) {
                        case ArticleOutcome.Accepted a -> {
                            accepted++;
                            acceptedIds.add(a.id());
                            fresh.add(batch.get(i));
                        }
                        case ArticleOutcome.Duplicate d -> duplicate++;
                    }
                }
                batch.clear();
                if (!fresh.isEmpty()) onAccepted.accept(List.copyOf(fresh));
            }
            if (!rejectBatch.isEmpty()) {
                repo.saveRejects(id, rejectBatch);
                rejectBatch.clear();
            }
        }
    }
}
