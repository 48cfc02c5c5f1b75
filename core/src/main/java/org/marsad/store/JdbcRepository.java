package org.marsad.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.marsad.common.DatePrecision;
import org.marsad.common.Json;
import org.marsad.entities.Mention;
import org.marsad.events.Event;
import org.marsad.fusion.CanonicalEvent;
import org.marsad.ingest.Article;
import org.marsad.ingest.ContentHash;
import org.marsad.ingest.Rejected;

/**
 * The SQL of the store, shared by {@link SqliteRepository} (embedded default) and
 * {@link PostgresRepository} (team store): the Flyway schema in db/migration is portable, every
 * statement binds its values, dates are ISO text and records JSON text, so only opening differs.
 * One connection, methods synchronised: SQLite has one writer anyway, and our batches are large.
 */
public abstract sealed class JdbcRepository implements Repository permits SqliteRepository, PostgresRepository {
    private static final TypeReference<List<Mention>> MENTIONS = new TypeReference<>() {};

    protected final Connection c;

    protected JdbcRepository(Connection c) {
        this.c = c;
    }

    @FunctionalInterface
    private interface Work<T> {
        T run() throws SQLException;
    }

    /** Runs {@code work} as one transaction. */
    private synchronized <T> T tx(String what, Work<T> work) {
        try {
            T result = work.run();
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                c.rollback();
            } catch (SQLException ignored) {
                // the original failure is the one worth reporting
            }
            if (e instanceof StoreException se) throw se;
            throw new StoreException(what + " failed: " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- articles

    @Override
    public List<ArticleOutcome> saveArticles(List<Article> batch) {
        if (batch.isEmpty()) return List.of();
        return tx("saving " + batch.size() + " articles", () -> {
            String now = Instant.now().toString();
            List<ArticleOutcome> out = new ArrayList<>(batch.size());
            Map<String, String> batchIds = new HashMap<>(); // id -> origin
            Map<String, String> batchHashes = new HashMap<>(); // hash -> id
            try (PreparedStatement byId = c.prepareStatement("SELECT origin FROM articles WHERE id = ?");
                 PreparedStatement byHash = c.prepareStatement("SELECT id FROM articles WHERE content_hash = ?");
                 PreparedStatement ins = c.prepareStatement("INSERT INTO articles (id, outlet, url, published, "
                         + "published_precision, title, text, abstract, language, origin, content_hash, ingested_at) "
                         + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement dup = c.prepareStatement("INSERT INTO duplicates (origin, record_id, duplicate_of, at) "
                         + "VALUES (?, ?, ?, ?) ON CONFLICT (origin) DO NOTHING")) {
                for (Article a : batch) {
                    Optional<String> storedOrigin = Optional.ofNullable(batchIds.get(a.id()))
                            .or(() -> string(byId, a.id()));
                    if (storedOrigin.isPresent()) {
                        // the same record read again (a re-ingest) is not worth a duplicates row
                        if (!storedOrigin.get().equals(a.origin())) dupRow(dup, a, a.id(), now);
                        out.add(new ArticleOutcome.Duplicate(a.id(), a.id()));
                        continue;
                    }
                    String hash = ContentHash.of(a.text());
                    Optional<String> first = Optional.ofNullable(batchHashes.get(hash)).or(() -> string(byHash, hash));
                    if (first.isPresent()) {
                        dupRow(dup, a, first.get(), now);
                        out.add(new ArticleOutcome.Duplicate(a.id(), first.get()));
                        continue;
                    }
                    int i = 1;
                    ins.setString(i++, a.id());
                    ins.setString(i++, a.outlet());
                    ins.setString(i++, a.url());
                    setNullable(ins, i++, a.published().map(LocalDate::toString));
                    ins.setString(i++, a.publishedPrecision().code());
                    ins.setString(i++, a.title());
                    ins.setString(i++, a.text());
                    ins.setString(i++, a.abstractText());
                    ins.setString(i++, a.language());
                    ins.setString(i++, a.origin());
                    ins.setString(i++, hash);
                    ins.setString(i, now);
                    ins.executeUpdate();
                    batchIds.put(a.id(), a.origin());
                    batchHashes.put(hash, a.id());
                    out.add(new ArticleOutcome.Accepted(a.id()));
                }
            }
            return out;
        });
    }

    private static void dupRow(PreparedStatement dup, Article a, String of, String now) throws SQLException {
        dup.setString(1, a.origin().isEmpty() ? a.id() : a.origin());
        dup.setString(2, a.id());
        dup.setString(3, of);
        dup.setString(4, now);
        dup.executeUpdate();
    }

    private static Optional<String> string(PreparedStatement ps, String param) {
        try {
            ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("lookup failed: " + e.getMessage(), e);
        }
    }

    private static void setNullable(PreparedStatement ps, int i, Optional<String> v) throws SQLException {
        if (v.isPresent()) ps.setString(i, v.get());
        else ps.setNull(i, Types.VARCHAR);
    }

    @Override
    public void saveRejects(String runId, List<Rejected> rejects) {
        if (rejects.isEmpty()) return;
        tx("saving rejects", () -> {
            String now = Instant.now().toString();
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO rejects (id, run_id, origin, reason, at) VALUES (?, ?, ?, ?, ?)")) {
                for (Rejected r : rejects) {
                    ps.setString(1, UUID.randomUUID().toString());
                    ps.setString(2, runId);
                    ps.setString(3, r.origin());
                    ps.setString(4, r.reason());
                    ps.setString(5, now);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    @Override
    public void saveIngestRun(IngestRun run) {
        tx("saving ingest run", () -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO ingest_runs (id, at, inputs, read, accepted, "
                    + "duplicate, rejected) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, run.id());
                ps.setString(2, run.at().toString());
                ps.setString(3, run.inputs());
                ps.setLong(4, run.read());
                ps.setLong(5, run.accepted());
                ps.setLong(6, run.duplicate());
                ps.setLong(7, run.rejected());
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<IngestRun> ingestRuns() {
        return query("SELECT id, at, inputs, read, accepted, duplicate, rejected FROM ingest_runs ORDER BY at, id",
                List.of(), rs -> new IngestRun(rs.getString(1), Instant.parse(rs.getString(2)), rs.getString(3),
                        rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7)));
    }

    @Override
    public List<StoredReject> rejects(String runId) {
        return query("SELECT run_id, origin, reason, at FROM rejects WHERE run_id = ? ORDER BY at, origin",
                List.of(runId), rs -> new StoredReject(rs.getString(1), rs.getString(2), rs.getString(3),
                        Instant.parse(rs.getString(4))));
    }

    @Override
    public List<StoredDuplicate> duplicates() {
        return query("SELECT origin, record_id, duplicate_of, at FROM duplicates ORDER BY at, origin", List.of(),
                rs -> new StoredDuplicate(rs.getString(1), rs.getString(2), rs.getString(3), Instant.parse(rs.getString(4))));
    }

    private static final String ARTICLE_COLUMNS =
            "id, outlet, url, published, published_precision, title, text, abstract, language, origin";

    private static Article article(ResultSet rs) throws SQLException {
        String published = rs.getString(4);
        return new Article(rs.getString(1), rs.getString(2), rs.getString(3),
                Optional.ofNullable(published).map(LocalDate::parse), DatePrecision.parse(rs.getString(5)),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10));
    }

    @Override
    public Optional<Article> article(String id) {
        return query("SELECT " + ARTICLE_COLUMNS + " FROM articles WHERE id = ?", List.of(id), JdbcRepository::article)
                .stream().findFirst();
    }

    @Override
    public List<Article> articles(Collection<String> ids) {
        Map<String, Article> found = new HashMap<>();
        List<String> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 500) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
            String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
            for (Article a : query("SELECT " + ARTICLE_COLUMNS + " FROM articles WHERE id IN (" + marks + ")",
                    new ArrayList<>(chunk), JdbcRepository::article)) {
                found.put(a.id(), a);
            }
        }
        List<Article> out = new ArrayList<>(found.size());
        for (String id : all) {
            Article a = found.get(id);
            if (a != null) out.add(a);
        }
        return out;
    }

    @Override
    public List<String> allArticleIds() {
        return query("SELECT id FROM articles ORDER BY id", List.of(), rs -> rs.getString(1));
    }

    @Override
    public List<Article> articlesSince(Instant t) {
        return query("SELECT " + ARTICLE_COLUMNS + " FROM articles WHERE ingested_at >= ? ORDER BY ingested_at, id",
                List.of(t.toString()), JdbcRepository::article);
    }

    // ---------------------------------------------------------------- analysis

    @Override
    public void saveAnalyses(List<ArticleAnalysis> analyses) {
        if (analyses.isEmpty()) return;
        tx("saving " + analyses.size() + " analyses", () -> {
            for (ArticleAnalysis a : analyses) writeAnalysis(a.docId(), Optional.of(a.mentions()), a.events(), a.error());
            return null;
        });
    }

    @Override
    public void saveArticleEvents(String docId, List<Event> events) {
        tx("saving events of " + docId, () -> {
            writeAnalysis(docId, Optional.empty(), events, "");
            return null;
        });
    }

    /** Replaces the analysis row (keeping stored mentions when {@code mentions} is empty) and the events. */
    private void writeAnalysis(String docId, Optional<List<Mention>> mentions, List<Event> events, String error)
            throws SQLException {
        String now = Instant.now().toString();
        if (mentions.isPresent()) {
            update("DELETE FROM article_analysis WHERE doc_id = ?", docId);
            update("INSERT INTO article_analysis (doc_id, mentions_json, error, analyzed_at) VALUES (?, ?, ?, ?)",
                    docId, Json.write(mentions.get(), MENTIONS), error, now);
        } else {
            update("INSERT INTO article_analysis (doc_id, mentions_json, error, analyzed_at) VALUES (?, '[]', '', ?) "
                    + "ON CONFLICT (doc_id) DO NOTHING", docId, now);
        }
        update("DELETE FROM article_events WHERE doc_id = ?", docId);
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO article_events (id, doc_id, seq, type, date, json) VALUES (?, ?, ?, ?, ?, ?)")) {
            int seq = 0;
            for (Event e : events) {
                ps.setString(1, e.id());
                ps.setString(2, docId);
                ps.setLong(3, seq++);
                ps.setString(4, e.type().code());
                setNullable(ps, 5, e.date().map(LocalDate::toString));
                ps.setString(6, Json.write(e));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    @Override
    public List<Event> articleEvents(String docId) {
        return query("SELECT json FROM article_events WHERE doc_id = ? ORDER BY seq", List.of(docId),
                rs -> Json.read(rs.getString(1), Event.class));
    }

    @Override
    public List<Event> allArticleEvents() {
        return query("SELECT json FROM article_events ORDER BY doc_id, seq", List.of(),
                rs -> Json.read(rs.getString(1), Event.class));
    }

    @Override
    public List<Mention> mentions(String docId) {
        return query("SELECT mentions_json FROM article_analysis WHERE doc_id = ?", List.of(docId),
                rs -> Json.read(rs.getString(1), MENTIONS)).stream().findFirst().orElse(List.of());
    }

    @Override
    public List<String> pendingAnalysis() {
        return query("SELECT a.id FROM articles a WHERE NOT EXISTS "
                + "(SELECT 1 FROM article_analysis x WHERE x.doc_id = a.id) ORDER BY a.ingested_at, a.id", List.of(),
                rs -> rs.getString(1));
    }

    // ---------------------------------------------------------------- canonical events

    @Override
    public void replaceCanonicalEvents(List<CanonicalEvent> events) {
        tx("replacing " + events.size() + " canonical events", () -> {
            update("DELETE FROM canonical_event_actors");
            update("DELETE FROM canonical_event_documents");
            update("DELETE FROM canonical_events");
            for (CanonicalEvent e : events) insertCanonical(e);
            return null;
        });
    }

    @Override
    public void reviseCanonicalEvent(CanonicalEvent event, AuditEntry audit) {
        tx("revising event " + event.id(), () -> {
            deleteCanonical(event.id());
            insertCanonical(event);
            insertAudit(audit);
            return null;
        });
    }

    private void deleteCanonical(String id) throws SQLException {
        update("DELETE FROM canonical_event_actors WHERE event_id = ?", id);
        update("DELETE FROM canonical_event_documents WHERE event_id = ?", id);
        update("DELETE FROM canonical_events WHERE id = ?", id);
    }

    private void insertCanonical(CanonicalEvent ce) throws SQLException {
        Event e = ce.event();
        OptionalInt killed = e.casualties().killed();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO canonical_events (id, type, date, admin1, admin2, "
                + "admin3, fatalities, story_id, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, ce.id());
            ps.setString(2, e.type().code());
            setNullable(ps, 3, e.date().map(LocalDate::toString));
            ps.setString(4, e.location().map(p -> p.admin1Pcode()).orElse(""));
            ps.setString(5, e.location().map(p -> p.admin2Pcode()).orElse(""));
            ps.setString(6, e.location().map(p -> p.admin3Pcode()).orElse(""));
            if (killed.isPresent()) ps.setLong(7, killed.getAsInt());
            else ps.setNull(7, Types.BIGINT);
            ps.setString(8, ce.storyId());
            ps.setString(9, Json.write(ce));
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO canonical_event_actors (event_id, role, actor) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            for (String a : e.actor1()) addActor(ps, ce.id(), "actor1", a);
            for (String a : e.actor2()) addActor(ps, ce.id(), "actor2", a);
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO canonical_event_documents (event_id, doc_id) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            for (String d : e.documents()) {
                ps.setString(1, ce.id());
                ps.setString(2, d);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void addActor(PreparedStatement ps, String id, String role, String actor) throws SQLException {
        ps.setString(1, id);
        ps.setString(2, role);
        ps.setString(3, actor);
        ps.addBatch();
    }

    /** WHERE clause and its bound parameters for a query; never concatenates a value. */
    private static String where(EventQuery q, List<Object> params) {
        List<String> conds = new ArrayList<>();
        q.from().ifPresent(d -> { conds.add("e.date >= ?"); params.add(d.toString()); });
        q.to().ifPresent(d -> { conds.add("e.date <= ?"); params.add(d.toString()); });
        q.type().ifPresent(t -> { conds.add("e.type = ?"); params.add(t.code()); });
        q.admin1().ifPresent(p -> { conds.add("e.admin1 = ?"); params.add(p); });
        q.admin2().ifPresent(p -> { conds.add("e.admin2 = ?"); params.add(p); });
        q.storyId().ifPresent(s -> { conds.add("e.story_id = ?"); params.add(s); });
        q.actor().ifPresent(a -> {
            conds.add("EXISTS (SELECT 1 FROM canonical_event_actors x WHERE x.event_id = e.id AND x.actor = ?)");
            params.add(a);
        });
        q.outlet().ifPresent(o -> {
            conds.add("EXISTS (SELECT 1 FROM canonical_event_documents d JOIN articles a ON a.id = d.doc_id "
                    + "WHERE d.event_id = e.id AND a.outlet = ?)");
            params.add(o);
        });
        return conds.isEmpty() ? "" : " WHERE " + String.join(" AND ", conds);
    }

    @Override
    public List<CanonicalEvent> canonicalEvents(EventQuery q) {
        List<Object> params = new ArrayList<>();
        String order = switch (q.sort()) {
            case DATE_DESC -> " ORDER BY CASE WHEN e.date IS NULL THEN 1 ELSE 0 END, e.date DESC, e.id";
            case DATE_ASC -> " ORDER BY CASE WHEN e.date IS NULL THEN 1 ELSE 0 END, e.date ASC, e.id";
            case FATALITIES_DESC -> " ORDER BY CASE WHEN e.fatalities IS NULL THEN 1 ELSE 0 END, e.fatalities DESC, e.id";
        };
        String sql = "SELECT e.json FROM canonical_events e" + where(q, params) + order + " LIMIT ? OFFSET ?";
        params.add(q.limit());
        params.add(q.offset());
        return query(sql, params, rs -> Json.read(rs.getString(1), CanonicalEvent.class));
    }

    @Override
    public long countCanonicalEvents(EventQuery q) {
        List<Object> params = new ArrayList<>();
        return query("SELECT COUNT(*) FROM canonical_events e" + where(q, params), params, rs -> rs.getLong(1)).getFirst();
    }

    @Override
    public Optional<CanonicalEvent> canonicalEvent(String id) {
        return query("SELECT json FROM canonical_events WHERE id = ?", List.of(id),
                rs -> Json.read(rs.getString(1), CanonicalEvent.class)).stream().findFirst();
    }

    // ---------------------------------------------------------------- stories, groups, audit

    @Override
    public void replaceStories(Map<String, ?> storiesById) {
        tx("replacing stories", () -> {
            update("DELETE FROM stories");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO stories (id, json) VALUES (?, ?)")) {
                for (Map.Entry<String, ?> s : storiesById.entrySet()) {
                    ps.setString(1, s.getKey());
                    ps.setString(2, Json.write(s.getValue()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    @Override
    public void saveStories(Map<String, ?> storiesById) {
        tx("saving stories", () -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM stories WHERE id = ?");
                 PreparedStatement ins = c.prepareStatement("INSERT INTO stories (id, json) VALUES (?, ?)")) {
                for (Map.Entry<String, ?> s : storiesById.entrySet()) {
                    del.setString(1, s.getKey());
                    del.executeUpdate();
                    ins.setString(1, s.getKey());
                    ins.setString(2, Json.write(s.getValue()));
                    ins.executeUpdate();
                }
            }
            return null;
        });
    }

    @Override
    public Map<String, JsonNode> stories() {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        query("SELECT id, json FROM stories ORDER BY id", List.of(), rs -> out.put(rs.getString(1),
                Json.read(rs.getString(2), JsonNode.class)));
        return out;
    }

    @Override
    public Optional<JsonNode> story(String id) {
        return query("SELECT json FROM stories WHERE id = ?", List.of(id), rs -> Json.read(rs.getString(1), JsonNode.class))
                .stream().findFirst();
    }

    @Override
    public void replaceDuplicateGroups(Map<String, List<String>> groups) {
        tx("replacing duplicate groups", () -> {
            update("DELETE FROM duplicate_groups");
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO duplicate_groups (group_id, article_id) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                for (Map.Entry<String, List<String>> g : groups.entrySet()) {
                    for (String member : g.getValue()) {
                        ps.setString(1, g.getKey());
                        ps.setString(2, member);
                        ps.addBatch();
                    }
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    @Override
    public Map<String, List<String>> duplicateGroups() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        query("SELECT group_id, article_id FROM duplicate_groups ORDER BY group_id, article_id", List.of(),
                rs -> out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)));
        out.replaceAll((k, v) -> List.copyOf(v));
        return out;
    }

    @Override
    public void appendAudit(AuditEntry entry) {
        tx("appending audit entry", () -> {
            insertAudit(entry);
            return null;
        });
    }

    private void insertAudit(AuditEntry a) throws SQLException {
        update("INSERT INTO audit_log (id, event_id, who, at, action, before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?)",
                UUID.randomUUID().toString(), a.eventId(), a.who(), a.at().toString(), a.action(),
                Json.write(a.before()), Json.write(a.after()));
    }

    @Override
    public List<AuditEntry> audit(String eventId) {
        return query("SELECT event_id, who, at, action, before_json, after_json FROM audit_log WHERE event_id = ? "
                + "ORDER BY at, id", List.of(eventId), rs -> new AuditEntry(rs.getString(1), rs.getString(2),
                Instant.parse(rs.getString(3)), rs.getString(4), Json.read(rs.getString(5), JsonNode.class),
                Json.read(rs.getString(6), JsonNode.class)));
    }

    @Override
    public StoreCounts counts() {
        return new StoreCounts(count("articles"), count("duplicates"), count("rejects"), count("article_analysis"),
                query("SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_analysis x "
                        + "WHERE x.doc_id = a.id)", List.of(), rs -> rs.getLong(1)).getFirst(),
                count("article_events"), count("canonical_events"), count("stories"), count("ingest_runs"));
    }

    private long count(String table) {
        // table names come from the fixed list above, never from input
        return query("SELECT COUNT(*) FROM " + table, List.of(), rs -> rs.getLong(1)).getFirst();
    }

    // ---------------------------------------------------------------- plumbing

    @FunctionalInterface
    private interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private synchronized <T> List<T> query(String sql, List<?> params, Row<T> row) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(row.map(rs));
            }
            c.commit(); // ends the read transaction (SQLite: lets WAL checkpoints proceed; PostgreSQL: no idle-in-transaction)
            return out;
        } catch (SQLException e) {
            throw new StoreException("query failed: " + e.getMessage(), e);
        }
    }

    private void update(String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, List.of(params));
            ps.executeUpdate();
        }
    }

    private static void bind(PreparedStatement ps, List<?> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object p = params.get(i);
            if (p instanceof Integer n) ps.setInt(i + 1, n);
            else if (p instanceof Long n) ps.setLong(i + 1, n);
            else ps.setString(i + 1, String.valueOf(p));
        }
    }

    @Override
    public synchronized void close() {
        try {
            if (!c.isClosed()) {
                c.commit();
                c.close();
            }
        } catch (SQLException e) {
            throw new StoreException("closing the store failed: " + e.getMessage(), e);
        }
    }
}
