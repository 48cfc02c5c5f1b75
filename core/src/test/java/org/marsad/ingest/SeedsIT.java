package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.common.DatePrecision;
import org.marsad.common.Progress;
import org.marsad.common.SharedData;
import org.marsad.pipeline.Config;
import org.marsad.pipeline.Pipeline;
import org.marsad.pipeline.RunSummary;
import org.marsad.store.Repository;

/** ../shared seeds.jsonl through run: 5 articles with their publication dates, 004 unknown. */
class SeedsIT {
    @TempDir
    Path data;

    @Test
    void storesTheFiveSeedsWithTheirDates() {
        Optional<Path> seeds = SharedData.resolve("corpus/seeds/seeds.jsonl");
        assumeTrue(seeds.isPresent(), "../shared/corpus/seeds/seeds.jsonl not present");
        try (Repository repo = Repository.open(data)) {
            RunSummary s = new Pipeline(repo, Config.of(data)).run(List.of(seeds.get().toString()), Progress.NONE);
            assertThat(s.ingest().accepted()).isEqualTo(5);
            assertThat(s.analyzed()).isEqualTo(5);
            Article first = repo.article("000_6632ca06fe799778").orElseThrow();
            assertThat(first.published()).hasValue(LocalDate.of(2021, 12, 3));
            assertThat(first.publishedPrecision()).isEqualTo(DatePrecision.DAY);
            assertThat(first.outlet()).isEqualTo("Elaph");
            assertThat(first.language()).isEqualTo("ar");
            Article unknown = repo.article("004_b8121441e65e2a4a").orElseThrow();
            assertThat(unknown.published()).isEmpty();
            assertThat(unknown.publishedPrecision()).isEqualTo(DatePrecision.UNKNOWN);
            assertThat(new Pipeline(repo, Config.of(data)).run(List.of(seeds.get().toString()), Progress.NONE)
                    .ingest().accepted()).isZero();
        }
    }
}
