package org.marsad.fusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marsad.common.DatePrecision;
import org.marsad.common.SharedData;
import org.marsad.entities.EntityStage;
import org.marsad.entities.Mention;
import org.marsad.events.Event;
import org.marsad.events.EventStage;
import org.marsad.ingest.Article;
import org.marsad.text.TextAnalysis;
import org.marsad.text.TextCore;

/**
 * The five seed articles through text, entities, events and fusion (read from ../shared at test time;
 * skipped when absent or while the event stage yields nothing). The gold's Makhmour attack must come
 * out as one event reported by 000 and 003 with 13 killed, the "18 killed and wounded" kept apart.
 */
class FusionSeedsIT {
    @Test
    void makhmourAttackIsOneEventAcrossOutlets() throws Exception {
        Optional<Path> seeds = SharedData.resolve("corpus/seeds/seeds.jsonl");
        assumeTrue(seeds.isPresent(), "seeds not found under ../shared");
        List<Event> events = new ArrayList<>();
        Map<String, LocalDate> published = new HashMap<>();
        List<StoryArticle> storyArticles = new ArrayList<>();
        ObjectMapper om = new ObjectMapper();
        for (String line : Files.readAllLines(seeds.get())) {
            if (line.isBlank()) continue;
            JsonNode n = om.readTree(line);
            Optional<LocalDate> day = n.hasNonNull("published") ? Optional.of(LocalDate.parse(n.get("published").asText())) : Optional.empty();
            Article a = new Article(n.get("id").asText(), n.path("outlet").asText(), "", day,
                    day.isPresent() ? DatePrecision.DAY : DatePrecision.UNKNOWN, "", n.get("text").asText(), "", "ar", "seeds.jsonl");
            day.ifPresent(d -> published.put(a.id(), d));
            TextAnalysis text = TextCore.analyze(a);
            List<Mention> mentions = EntityStage.apply(a, text);
            List<Event> es = EventStage.apply(a, text, mentions);
            events.addAll(es);
            storyArticles.add(StoryArticle.of(a, mentions, es));
        }
        assumeTrue(!events.isEmpty(), "the event stage yields no events yet");
        List<Story> stories = StoryClusterer.cluster(storyArticles, StoryClusterer.Config.DEFAULT);
        Map<String, String> storyOf = new HashMap<>();
        stories.forEach(s -> s.articleIds().forEach(id -> storyOf.put(id, s.id())));
        List<CanonicalEvent> fused = Fusion.apply(events, List.of(), new FusionContext(published, storyOf));
        System.out.printf("%d article events -> %d canonical events; %d stories%n", events.size(), fused.size(), stories.size());
        for (CanonicalEvent c : fused) {
            Event e = c.event();
            System.out.printf("  %s %s %s/%s %s killed=%s kw=%s docs=%s mention=%s conflicts=%s%n", c.id(), e.type().code(),
                    e.date().map(Object::toString).orElse("?"), e.datePrecision().code(), e.locationName(), e.casualties().killed(),
                    e.casualties().killedOrWounded(), e.documents(), e.mentionDocuments(),
                    c.conflicts().stream().map(Conflict::field).toList());
        }
        System.out.println("anchors: " + DateAnchoring.anchors(fused, Map.of("004_b8121441e65e2a4a", DayOfWeek.WEDNESDAY)));
        assertThat(Fusion.apply(events, fused, new FusionContext(published, storyOf))).isEqualTo(fused);
        CanonicalEvent makhmour = fused.stream()
                .filter(c -> c.event().documents().containsAll(List.of("000_6632ca06fe799778", "003_16859c5bb06474ca")))
                .findFirst().orElseThrow(() -> new AssertionError("no canonical event reported by both 000 and 003"));
        // the figures depend on the casualty reading upstream; whatever it finds, 18 must never become killed
        if (makhmour.sources().stream().anyMatch(e -> e.casualties().killed().isPresent())) {
            assertThat(makhmour.event().casualties().killed()).hasValue(13);
        } else {
            System.out.println("note: no source of the Makhmour event carries a killed figure yet");
        }
        assertThat(makhmour.event().casualties().killedHigh().orElse(0)).isLessThan(18);
        assertThat(fused).filteredOn(c -> c.event().documents().equals(List.of("004_b8121441e65e2a4a"))
                        && c.event().type() == org.marsad.events.EventType.SECURITY_OPERATION)
                .allSatisfy(c -> assertThat(c.event().datePrecision()).isEqualTo(DatePrecision.UNKNOWN));
    }
}
