package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.common.Progress;
import org.marsad.common.SharedData;
import org.marsad.store.Repository;

/** The SaudiNewsNet zips in ../shared, read as they are: 31,030 records all accounted for; a second run adds 0. */
class SaudiNewsNetIT {
    @TempDir
    Path data;

    @Test
    void ingestsEveryRecordOnceAndReIngestAddsNothing() {
        Optional<Path> dataset = SharedData.resolve("corpus/saudinewsnet/dataset");
        assumeTrue(dataset.isPresent(), "../shared/corpus/saudinewsnet/dataset not present");
        try (Repository repo = Repository.open(data)) {
            Ingester ingester = new Ingester(repo, IngestLimits.DEFAULT, 1000);
            IngestReport first = ingester.ingest(List.of(dataset.get().toString()), Progress.NONE);
            assertThat(first.read()).isEqualTo(31_030);
            assertThat(first.read()).isEqualTo(first.accepted() + first.duplicate() + first.rejected());
            assertThat(first.rejects()).allSatisfy(r -> assertThat(r.reason()).startsWith("empty text"));
            assertThat(repo.counts().articles()).isEqualTo(first.accepted());
            assertThat(repo.counts().duplicates()).isEqualTo(first.duplicate());
            Article one = repo.article(first.acceptedIds().getFirst()).orElseThrow();
            assertThat(one.published()).isPresent();
            assertThat(one.outlet()).isNotEmpty();
            assertThat(one.origin()).contains(".zip!").contains(".json[");

            IngestReport second = ingester.ingest(List.of(dataset.get().toString()), Progress.NONE);
            assertThat(second.accepted()).isZero();
            assertThat(second.read()).isEqualTo(31_030);
            assertThat(repo.counts().articles()).isEqualTo(first.accepted());
        }
    }
}
