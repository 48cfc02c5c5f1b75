package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.common.DatePrecision;
import org.marsad.common.Span;
import org.marsad.entities.ActorMention;
import org.marsad.entities.Mention;
import org.marsad.entities.PlaceCue;
import org.marsad.entities.PlaceMention;
import org.marsad.events.Casualties;
import org.marsad.events.Event;
import org.marsad.events.EventType;
import org.marsad.events.Evidence;
import org.marsad.fusion.CanonicalEvent;
import org.marsad.fusion.Conflict;
import org.marsad.geo.Place;
import org.marsad.ingest.Article;
import org.marsad.ingest.Rejected;

class SqliteRepositoryTest {
    @TempDir
    Path dir;
    Repository repo;

    @BeforeEach
    void open() { repo = openRepository(); }

    /** The store under test, opened again on the same data by dataSurvivesReopening (PostgresRepositoryTest overrides it). */
    Repository openRepository() { return Repository.open(dir); }

    @AfterEach
    void close() { repo.close(); }

    static Article article(String id, String outlet, String text, String published) {
        return new Article(id, outlet, "https://example.org/" + id, Optional.ofNullable(published).map(LocalDate::parse),
                published == null ? DatePrecision.UNKNOWN : DatePrecision.DAY, "عنوان " + id, text, "", "ar", "test:" + id);
    }

    static final Place MAKHMOUR = new Place("g1", "مخمور", "Makhmour", "town", "Iraq", "IQG11", "IQG11Q04", "",
            List.of("IQG15"), 35.77, 43.58, 1);

    static Event event(String id, String doc, EventType type, String date, int killed, List<String> actor1) {
        Casualties cas = new Casualties(OptionalInt.of(killed), OptionalInt.of(killed), OptionalInt.of(killed),
                OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), true);
        return new Event(id, type, Optional.ofNullable(date).map(LocalDate::parse), DatePrecision.DAY, Optional.empty(),
                "explicit", Optional.of(MAKHMOUR), "مخمور", actor1, List.of("Peshmerga"), cas, List.of(doc), List.of(),
                List.of(new Evidence(doc, new Span(0, 5), "هجوم")), 0.8, false);
    }

    @Test
    void storesArticlesAndReadsThemBack() {
        Article a = article("a1", "Outlet A", "هجوم على قرية", "2021-12-02");
        Article b = article("b1", "Outlet B", "نص آخر", null);
        assertThat(repo.saveArticles(List.of(a, b)))
                .containsExactly(new ArticleOutcome.Accepted("a1"), new ArticleOutcome.Accepted("b1"));
        assertThat(repo.article("a1")).contains(a);
        assertThat(repo.article("b1").orElseThrow().publishedPrecision()).isEqualTo(DatePrecision.UNKNOWN);
        assertThat(repo.articles(List.of("b1", "zz", "a1"))).containsExactly(b, a);
        assertThat(repo.allArticleIds()).containsExactly("a1", "b1");
        assertThat(repo.articlesSince(Instant.now().minusSeconds(60))).hasSize(2);
        assertThat(repo.articlesSince(Instant.now().plusSeconds(60))).isEmpty();
    }

    @Test
    void sameTextWithOtherLayoutIsDuplicateOfFirstCopy() {
        repo.saveArticles(List.of(article("a1", "A", "قتل  ثلاثة\nمدنيين", null)));
        List<ArticleOutcome> out = repo.saveArticles(List.of(article("a2", "B", " قتل ثلاثة مدنيين ", null)));
        assertThat(out).containsExactly(new ArticleOutcome.Duplicate("a2", "a1"));
        assertThat(repo.duplicates()).singleElement().satisfies(d -> {
            assertThat(d.recordId()).isEqualTo("a2");
            assertThat(d.duplicateOf()).isEqualTo("a1");
        });
        assertThat(repo.counts().articles()).isEqualTo(1);
    }

    @Test
    void duplicateInsideOneBatchPointsAtFirstCopy() {
        List<ArticleOutcome> out = repo.saveArticles(List.of(article("a1", "A", "نص واحد", null),
                article("a2", "B", "نص واحد", null), article("a1", "A", "نص مختلف", null)));
        assertThat(out).containsExactly(new ArticleOutcome.Accepted("a1"), new ArticleOutcome.Duplicate("a2", "a1"),
                new ArticleOutcome.Duplicate("a1", "a1"));
    }

    @Test
    void reIngestAddsNothing() {
        List<Article> batch = List.of(article("a1", "A", "نص أول", null), article("a2", "A", "نص ثان", null));
        repo.saveArticles(batch);
        assertThat(repo.saveArticles(batch)).allMatch(o -> o instanceof ArticleOutcome.Duplicate);
        assertThat(repo.counts().articles()).isEqualTo(2);
        assertThat(repo.duplicates()).isEmpty();
    }

    @Test
    void dataSurvivesReopening() {
        repo.saveArticles(List.of(article("a1", "A", "نص", "2020-01-01")));
        repo.close();
        repo = openRepository();
        assertThat(repo.allArticleIds()).containsExactly("a1");
    }

    @Test
    void keepsRejectsAndRunAccounting() {
        repo.saveRejects("r1", List.of(new Rejected("f.jsonl:3", "broken JSON")));
        repo.saveIngestRun(new IngestRun("r1", Instant.parse("2026-01-01T00:00:00Z"), "f.jsonl", 3, 1, 1, 1));
        assertThat(repo.rejects("r1")).singleElement().extracting(StoredReject::reason).isEqualTo("broken JSON");
        assertThat(repo.ingestRuns()).singleElement().extracting(IngestRun::read).isEqualTo(3L);
    }

    @Test
    void runCountsMustAddUp() {
        assertThatThrownBy(() -> new IngestRun("r", Instant.now(), "", 3, 1, 1, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("do not add up");
    }

    @Test
    void analysisRoundTripsMentionsAndEvents() {
        repo.saveArticles(List.of(article("a1", "A", "هجوم داعش على مخمور", "2021-12-03")));
        assertThat(repo.pendingAnalysis()).containsExactly("a1");
        List<Mention> mentions = List.of(new ActorMention(new Span(5, 9), "داعش", "Islamic State", "rebel_group", false),
                new PlaceMention(new Span(14, 19), "مخمور", MAKHMOUR, List.of(), PlaceCue.NONE));
        Event e = event("e1", "a1", EventType.ATTACK, "2021-12-02", 13, List.of("Islamic State"));
        repo.saveAnalyses(List.of(new ArticleAnalysis("a1", mentions, List.of(e), "")));
        assertThat(repo.mentions("a1")).isEqualTo(mentions);
        assertThat(repo.articleEvents("a1")).containsExactly(e);
        assertThat(repo.allArticleEvents()).containsExactly(e);
        assertThat(repo.pendingAnalysis()).isEmpty();
        repo.saveArticleEvents("a1", List.of());
        assertThat(repo.articleEvents("a1")).isEmpty();
        assertThat(repo.mentions("a1")).isEqualTo(mentions);
    }

    @Test
    void filtersAndPagesCanonicalEvents() {
        repo.saveArticles(List.of(article("d1", "Rudaw", "نص ١", null), article("d2", "Shafaq", "نص ٢", null)));
        Event e1 = event("c1", "d1", EventType.ATTACK, "2021-12-02", 13, List.of("Islamic State"));
        Event e2 = event("c2", "d2", EventType.AIRSTRIKE, "2022-01-10", 2, List.of("Turkish Armed Forces"));
        Event e3 = event("c3", "d2", EventType.PROTEST, null, 0, List.of("Protesters"));
        Conflict conflict = new Conflict("killed", List.of(new Conflict.Value("13", List.of("d1"))));
        repo.replaceCanonicalEvents(List.of(new CanonicalEvent(e1, List.of(e1), List.of(conflict), "s1"),
                new CanonicalEvent(e2, List.of(e2), List.of(), "s2"), new CanonicalEvent(e3, List.of(e3), List.of(), "")));
        EventQuery all = EventQuery.all();
        assertThat(repo.canonicalEvents(all)).extracting(CanonicalEvent::id).containsExactly("c2", "c1", "c3");
        assertThat(repo.canonicalEvents(all.sorted(EventQuery.Sort.DATE_ASC))).extracting(CanonicalEvent::id)
                .containsExactly("c1", "c2", "c3");
        assertThat(repo.canonicalEvents(all.sorted(EventQuery.Sort.FATALITIES_DESC))).extracting(CanonicalEvent::id)
                .containsExactly("c1", "c2", "c3");
        assertThat(repo.canonicalEvents(all.withType(EventType.AIRSTRIKE))).extracting(CanonicalEvent::id).containsExactly("c2");
        assertThat(repo.canonicalEvents(all.between(LocalDate.parse("2021-12-01"), LocalDate.parse("2021-12-31"))))
                .extracting(CanonicalEvent::id).containsExactly("c1");
        assertThat(repo.canonicalEvents(all.withActor("Islamic State"))).extracting(CanonicalEvent::id).containsExactly("c1");
        assertThat(repo.canonicalEvents(all.withActor("Peshmerga"))).hasSize(3);
        assertThat(repo.canonicalEvents(all.withOutlet("Shafaq"))).extracting(CanonicalEvent::id).containsExactly("c2", "c3");
        assertThat(repo.canonicalEvents(all.withAdmin1("IQG11").withAdmin2("IQG11Q04"))).hasSize(3);
        assertThat(repo.canonicalEvents(all.withAdmin1("IQG07"))).isEmpty();
        assertThat(repo.canonicalEvents(all.withStory("s1"))).extracting(CanonicalEvent::id).containsExactly("c1");
        assertThat(repo.canonicalEvents(all.page(1, 1))).extracting(CanonicalEvent::id).containsExactly("c1");
        assertThat(repo.countCanonicalEvents(all.withActor("Peshmerga"))).isEqualTo(3);
        assertThat(repo.canonicalEvent("c1").orElseThrow().conflicts()).containsExactly(conflict);
        assertThat(repo.canonicalEvent("nope")).isEmpty();
        repo.replaceCanonicalEvents(List.of(new CanonicalEvent(e3, List.of(e3), List.of(), "")));
        assertThat(repo.countCanonicalEvents(all)).isEqualTo(1);
        assertThat(repo.canonicalEvents(all.withActor("Islamic State"))).isEmpty();
    }

    @Test
    void filterValuesAreBoundNotConcatenated() {
        Event e1 = event("c1", "d1", EventType.ATTACK, "2021-12-02", 1, List.of("Islamic State"));
        repo.replaceCanonicalEvents(List.of(new CanonicalEvent(e1, List.of(e1), List.of(), "")));
        assertThat(repo.canonicalEvents(EventQuery.all().withActor("x' OR '1'='1"))).isEmpty();
        assertThat(repo.countCanonicalEvents(EventQuery.all())).isEqualTo(1);
    }

    @Test
    void revisionWritesEventAndAuditTogether() {
        Event e1 = event("c1", "d1", EventType.ATTACK, "2021-12-02", 13, List.of("Islamic State"));
        repo.replaceCanonicalEvents(List.of(new CanonicalEvent(e1, List.of(e1), List.of(), "")));
        Event revised = event("c1", "d1", EventType.ARMED_CLASH, "2021-12-02", 13, List.of("Islamic State"));
        var f = JsonNodeFactory.instance;
        repo.reviseCanonicalEvent(new CanonicalEvent(revised, List.of(e1), List.of(), ""),
                new AuditEntry("c1", "analyst", Instant.parse("2026-01-01T10:00:00Z"), "retype",
                        f.objectNode().put("type", "attack"), f.objectNode().put("type", "armed_clash")));
        repo.appendAudit(new AuditEntry("c1", "analyst", Instant.parse("2026-01-01T11:00:00Z"), "confirm", null, null));
        assertThat(repo.canonicalEvent("c1").orElseThrow().event().type()).isEqualTo(EventType.ARMED_CLASH);
        assertThat(repo.audit("c1")).extracting(AuditEntry::action).containsExactly("retype", "confirm");
        assertThat(repo.audit("c1").getFirst().after().get("type").asText()).isEqualTo("armed_clash");
    }

    @Test
    void storiesAndDuplicateGroupsAreReplacedWhole() {
        repo.replaceStories(Map.of("s1", Map.of("title", "مخمور"), "s2", List.of("c1")));
        assertThat(repo.stories()).containsOnlyKeys("s1", "s2");
        assertThat(repo.story("s1").orElseThrow().get("title").asText()).isEqualTo("مخمور");
        repo.replaceStories(Map.of("s3", Map.of()));
        assertThat(repo.stories()).containsOnlyKeys("s3");
        repo.replaceDuplicateGroups(Map.of("g1", List.of("a1", "a2")));
        assertThat(repo.duplicateGroups()).isEqualTo(Map.of("g1", List.of("a1", "a2")));
        assertThat(repo.counts().stories()).isEqualTo(1);
    }

    @Test
    void rejectsBadQueries() {
        assertThatThrownBy(() -> EventQuery.all().page(-1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventQuery.all().page(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventQuery.all().between(LocalDate.parse("2022-01-02"), LocalDate.parse("2022-01-01")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
    }
}
