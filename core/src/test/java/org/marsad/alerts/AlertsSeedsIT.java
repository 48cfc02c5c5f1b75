package org.marsad.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.api.Workspace;
import org.marsad.common.DatePrecision;
import org.marsad.common.Progress;
import org.marsad.common.SharedData;
import org.marsad.fusion.CanonicalEvent;
import org.marsad.pipeline.Config;
import org.marsad.pipeline.Pipeline;
import org.marsad.search.EventFilter;
import org.marsad.search.SearchIndex;
import org.marsad.store.EventQuery;
import org.marsad.store.Repository;

/**
 * The seed articles (../shared, read at test time) through the whole pipeline into a temporary store, then the
 * surge detector. The seeds report attacks in the gaps between army and Peshmerga lines, but each district-week
 * holds at most one attack and no district has a history, so the default detector (new activity needs two attacks)
 * stays silent; asking for single-attack new activity flags the Makhmour attack (district IQG11Q04) among others.
 * Skipped when ../shared is absent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlertsSeedsIT {
    Repository repo;
    SearchIndex index;
    List<CanonicalEvent> events;

    @BeforeAll
    void run(@TempDir Path dir) {
        Optional<Path> seeds = SharedData.resolve("corpus/seeds/seeds.jsonl");
        if (seeds.isEmpty()) System.out.println("AlertsSeedsIT skipped: ../shared seeds not available");
        Assumptions.assumeTrue(seeds.isPresent(), "../shared seeds not available");
        repo = Repository.open(dir);
        new Pipeline(repo, Config.of(dir)).run(List.of(seeds.get().toString()), Progress.NONE);
        index = SearchIndex.rebuilt(SearchIndex.inMemory(), repo);
        events = repo.canonicalEvents(EventQuery.all());
    }

    @AfterAll
    void close() {
        if (index != null) index.close();
        if (repo != null) repo.close();
    }

    /** The violent, week-placeable, district-coded events the detector counts, per "district week". */
    Map<String, Long> districtWeeks() {
        return events.stream().map(CanonicalEvent::event)
                .filter(e -> e.type().violent() && e.date().isPresent()
                        && (e.datePrecision() == DatePrecision.DAY || e.datePrecision() == DatePrecision.WEEK)
                        && e.location().filter(p -> !p.admin2Pcode().isBlank()).isPresent())
                .map(e -> e.location().get().admin2Pcode() + " " + SurgeDetector.weekStart(e.date().get()))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    @Test
    void seedsHoldAtMostOneAttackPerDistrictWeekSoTheDefaultDetectorIsSilent() {
        Map<String, Long> weeks = districtWeeks();
        System.out.println("seed district-weeks: " + weeks);
        assertThat(weeks).as("the seeds report attacks in several districts").hasSizeGreaterThanOrEqualTo(3);
        assertThat(weeks.values()).allMatch(n -> n == 1);
        assertThat(SurgeDetector.detect(events, SurgeDetector.DEFAULT)).isEmpty();
    }

    @Test
    void singleAttackNewActivityFlagsMakhmour() {
        SurgeDetector.Config oneAttack = new SurgeDetector.Config(12, 3, 1, 0.01, 0.5, 4.0);
        List<Alert> alerts = SurgeDetector.detect(events, oneAttack);
        System.out.println("seed alerts with min_new_events=1: " + alerts.stream()
                .map(a -> a.admin2Pcode() + " " + a.weekStart() + " " + a.kind() + " " + a.events() + "/" + a.fatalities()).toList());
        assertThat(alerts).allSatisfy(a -> {
            assertThat(a.kind()).isEqualTo(Alert.Kind.NEW_ACTIVITY);
            assertThat(a.events()).isEqualTo(1);
        });
        assertThat(alerts).filteredOn(a -> a.admin2Pcode().equals("IQG11Q04")).singleElement().satisfies(a -> {
            assertThat(a.admin1Pcode()).isEqualTo("IQG11");
            assertThat(a.weekStart().getYear()).isEqualTo(2021);
            assertThat(a.fatalities()).as("the Makhmour attack's dead").isPositive();
            assertThat(a.eventIds()).singleElement().satisfies(id -> assertThat(repo.canonicalEvent(id)).isPresent());
        });
        // every district-week the detector can place becomes new activity: none of them has a recorded history
        assertThat(alerts).hasSizeLessThanOrEqualTo(districtWeeks().size());
    }

    @Test
    void workspaceAnswersTheSameThroughItsParameters() {
        Workspace ws = new Workspace(repo, index, java.time.Clock.systemUTC());
        assertThat(ws.alerts(EventFilter.all(), SurgeDetector.DEFAULT).get("alerts")).isEmpty();
        JsonNode loose = ws.alerts(EventFilter.all(), org.marsad.api.AlertParameters.parse(Map.of("min_new_events", List.of("1"))));
        assertThat(loose.get("alerts").findValuesAsText("admin2_pcode")).contains("IQG11Q04");
        assertThat(loose.get("config").get("min_new_events").asInt()).isEqualTo(1);
    }
}
