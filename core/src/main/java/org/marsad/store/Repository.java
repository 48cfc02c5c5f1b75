package org.marsad.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.entities.Mention;
import org.marsad.events.Event;
import org.marsad.fusion.CanonicalEvent;
import org.marsad.ingest.Article;
import org.marsad.ingest.Rejected;

/**
 * The product's one store. Every write method is one transaction: a process killed in the middle
 * leaves either the whole batch or none of it. Implementations: {@link SqliteRepository} (embedded
 * default); a PostgreSQL one implements the same interface over the same portable schema.
 * Unchecked {@link StoreException} on I/O failure; no method returns null.
 */
public interface Repository extends AutoCloseable {

    /** Opens (creating and migrating) the embedded store {@code <dataDir>/marsad.db}. */
    static Repository open(Path dataDir) {
        return SqliteRepository.open(dataDir);
    }

    // ---- articles ----

    /**
     * Stores a batch in one transaction. An article whose id is already stored, or whose normalised
     * text ({@link org.marsad.ingest.ContentHash}) is, becomes a {@link ArticleOutcome.Duplicate}
     * of the first copy; outcomes are in batch order.
     */
    List<ArticleOutcome> saveArticles(List<Article> batch);

    void saveRejects(String runId, List<Rejected> rejects);

    void saveIngestRun(IngestRun run);

    List<IngestRun> ingestRuns();

    List<StoredReject> rejects(String runId);

    List<StoredDuplicate> duplicates();

    Optional<Article> article(String id);

    /** The stored articles among {@code ids}, in the order of {@code ids}. */
    List<Article> articles(Collection<String> ids);

    List<String> allArticleIds();

    /** Articles stored at or after {@code t}, oldest first. */
    List<Article> articlesSince(Instant t);

    // ---- per-article analysis ----

    /** Stores mentions and events of each article, replacing earlier results of those articles. */
    void saveAnalyses(List<ArticleAnalysis> analyses);

    /** Replaces the events of one article (marks it analysed). */
    void saveArticleEvents(String docId, List<Event> events);

    List<Event> articleEvents(String docId);

    /** Every per-article event, by document id then extraction order (fusion input). */
    List<Event> allArticleEvents();

    List<Mention> mentions(String docId);

    /** Ids of stored articles not analysed yet (new, or left by an interrupted run). */
    List<String> pendingAnalysis();

    // ---- canonical events, stories, groups ----

    /** Replaces every canonical event in one transaction. */
    void replaceCanonicalEvents(List<CanonicalEvent> events);

    /** Inserts or replaces one canonical event and appends its audit entry in one transaction. */
    void reviseCanonicalEvent(CanonicalEvent event, AuditEntry audit);

    List<CanonicalEvent> canonicalEvents(EventQuery query);

    long countCanonicalEvents(EventQuery query);

    Optional<CanonicalEvent> canonicalEvent(String id);

    /** Replaces every story; values are serialised with {@link org.marsad.common.Json}. */
    void replaceStories(Map<String, ?> storiesById);

    Map<String, JsonNode> stories();

    Optional<JsonNode> story(String id);

    /** Replaces the near-duplicate article groups: group id -> member article ids. */
    void replaceDuplicateGroups(Map<String, List<String>> groups);

    Map<String, List<String>> duplicateGroups();

    void appendAudit(AuditEntry entry);

    /** The audit trail of one event, oldest first. */
    List<AuditEntry> audit(String eventId);

    StoreCounts counts();

    @Override
    void close();
}
