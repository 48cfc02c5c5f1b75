package org.marsad.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.marsad.alerts.Alert;
import org.marsad.alerts.AlertsFeed;
import org.marsad.alerts.SurgeDetector;
import org.marsad.common.Json;
import org.marsad.events.Event;
import org.marsad.export.AcledCsv;
import org.marsad.export.AdminNames;
import org.marsad.export.EventProperties;
import org.marsad.export.EventsGeoJson;
import org.marsad.export.ExportContext;
import org.marsad.fusion.CanonicalEvent;
import org.marsad.ingest.Article;
import org.marsad.search.EventFilter;
import org.marsad.search.SearchIndex;
import org.marsad.store.AuditEntry;
import org.marsad.store.EventQuery;
import org.marsad.store.Repository;

/**
 * What the analysts' workspace reads and writes, over the store and the search index: filtered event lists,
 * event / article / story pages, search, statistics, surge alerts, exports and reviews. HTTP-free (the routes are in
 * {@link WorkspaceRoutes}), so the same calls serve the CLI export and tests.
 */
public final class Workspace {
    private final Repository repo;
    private final SearchIndex index;
    private final Clock clock;
    /** Every canonical event with its outlets and review status, read once and reused by the read endpoints. */
    private volatile Snapshot snapshot;

    private record Snapshot(List<CanonicalEvent> events, Map<String, String> outlets, Map<String, String> reviews, long takenNanos) {}

    /** A snapshot serves reads this long at most, so runs made by another process show up without a restart. */
    static final long SNAPSHOT_NANOS = 5_000_000_000L;

    public Workspace(Repository repo, SearchIndex index, Clock clock) {
        this.repo = repo;
        this.index = index;
        this.clock = clock;
    }

    /** Forget the snapshot (after a review or an ingest through this server). */
    public void invalidate() { snapshot = null; }

    private Snapshot snapshot() {
        Snapshot s = snapshot;
        if (s == null || System.nanoTime() - s.takenNanos() > SNAPSHOT_NANOS) {
            List<CanonicalEvent> all = repo.canonicalEvents(EventQuery.all());
            s = new Snapshot(all, Map.copyOf(outlets(all)), Map.copyOf(reviews(all)), System.nanoTime());
            snapshot = s;
        }
        return s;
    }

    public Repository repository() { return repo; }

    public SearchIndex index() { return index; }

    static ObjectNode emptyObject() { return Json.MAPPER.createObjectNode(); }

    // ------------------------------------------------------------ selection

    /** The events passing every filter (q through the search index), sorted, not paged. */
    public List<CanonicalEvent> select(EventFilter f) {
        Snapshot snap = snapshot();
        List<CanonicalEvent> all = snap.events();
        Map<String, String> outlets = snap.outlets();
        Map<String, String> reviews = snap.reviews();
        Optional<Set<String>> text = f.q().isBlank() ? Optional.empty() : Optional.of(index.eventIds(f.q()));
        return all.stream()
                .filter(ce -> text.map(t -> t.contains(ce.id())).orElse(true))
                .filter(ce -> f.matches(ce, d -> outlets.getOrDefault(d, ""), id -> reviews.getOrDefault(id, "")))
                .sorted(f.comparator()).toList();
    }

    public ExportContext context(Collection<CanonicalEvent> events) {
        Snapshot snap = snapshot();
        Map<String, String> outlets = new HashMap<>(), reviews = new HashMap<>();
        for (CanonicalEvent ce : events) {
            for (String d : ce.event().documents()) {
                String o = snap.outlets().get(d);
                if (o != null) outlets.put(d, o);
            }
            String r = snap.reviews().get(ce.id());
            if (r != null) reviews.put(ce.id(), r);
        }
        return new ExportContext(outlets, reviews, clock.instant());
    }

    Map<String, String> outlets(Collection<CanonicalEvent> events) {
        Set<String> docs = new LinkedHashSet<>();
        for (CanonicalEvent ce : events) docs.addAll(ce.event().documents());
        Map<String, String> out = new HashMap<>();
        for (Article a : repo.articles(docs)) out.put(a.id(), a.outlet());
        return out;
    }

    /** Each event's review status: the status of its last review action, "" when never reviewed. */
    Map<String, String> reviews(Collection<CanonicalEvent> events) {
        Map<String, String> out = new HashMap<>();
        for (CanonicalEvent ce : events) {
            String s = status(repo.audit(ce.id()));
            if (!s.isEmpty()) out.put(ce.id(), s);
        }
        return out;
    }

    static String status(List<AuditEntry> audit) {
        for (int i = audit.size() - 1; i >= 0; i--) {
            for (Review.Action a : Review.Action.values()) {
                if (a.code().equals(audit.get(i).action())) return a.status();
            }
        }
        return "";
    }

    // ------------------------------------------------------------ reads

    public ObjectNode events(EventFilter f) {
        List<CanonicalEvent> all = select(f);
        int from = Math.min((f.page() - 1) * f.size(), all.size());
        List<CanonicalEvent> page = all.subList(from, Math.min(from + f.size(), all.size()));
        ExportContext ctx = context(page);
        ObjectNode o = emptyObject();
        o.put("total", all.size()).put("page", f.page()).put("size", f.size()).put("sort", f.sort().code());
        ArrayNode arr = o.putArray("events");
        for (CanonicalEvent ce : page) arr.add(Json.MAPPER.valueToTree(EventProperties.of(ce, ctx)));
        return o;
    }

    public ObjectNode event(String id) {
        CanonicalEvent ce = repo.canonicalEvent(id).orElseThrow(() -> ApiError.notFound("event '" + id + "'"));
        ObjectNode o = EventJson.canonical(ce);
        List<AuditEntry> audit = repo.audit(id);
        ObjectNode review = o.putObject("review");
        review.put("status", status(audit));
        review.set("audit", auditJson(audit));
        ArrayNode articles = o.putArray("articles");
        for (Article a : repo.articles(ce.event().documents())) {
            ObjectNode an = articleJson(a);
            ArrayNode spans = an.putArray("evidence");
            ce.event().evidence().stream().filter(x -> x.docId().equals(a.id())).forEach(x ->
                    spans.addObject().put("start", x.span().start()).put("end", x.span().end()).put("text", x.text()));
            articles.add(an);
        }
        return o;
    }

    public ObjectNode article(String id) {
        Article a = repo.article(id).orElseThrow(() -> ApiError.notFound("article '" + id + "'"));
        ObjectNode o = articleJson(a);
        o.set("mentions", Json.MAPPER.valueToTree(repo.mentions(id)));
        ArrayNode events = o.putArray("events");
        for (CanonicalEvent ce : repo.canonicalEvents(EventQuery.all())) {
            if (ce.event().documents().contains(id)) {
                events.addObject().put("id", ce.id()).put("type", ce.event().type().code())
                        .put("date", ce.event().date().map(Object::toString).orElse(""));
            }
        }
        return o;
    }

    static ObjectNode articleJson(Article a) {
        ObjectNode o = emptyObject();
        o.put("id", a.id()).put("outlet", a.outlet()).put("url", a.url())
                .put("published", a.published().map(Object::toString).orElse(""))
                .put("published_precision", a.publishedPrecision().code()).put("title", a.title())
                .put("language", a.language()).put("text", a.text());
        return o;
    }

    public ObjectNode stories() {
        Map<String, JsonNode> stories = repo.stories();
        Map<String, List<CanonicalEvent>> byStory = new TreeMap<>();
        for (CanonicalEvent ce : snapshot().events()) {
            if (!ce.storyId().isEmpty()) byStory.computeIfAbsent(ce.storyId(), k -> new ArrayList<>()).add(ce);
        }
        Set<String> ids = new LinkedHashSet<>(stories.keySet());
        ids.addAll(byStory.keySet());
        ObjectNode o = emptyObject();
        ArrayNode arr = o.putArray("stories");
        for (String id : ids) {
            ObjectNode s = arr.addObject().put("id", id);
            JsonNode stored = stories.get(id);
            s.put("title", text(stored, "title", "headline"));
            s.put("summary", text(stored, "summary", "summary_ar"));
            List<CanonicalEvent> evs = byStory.getOrDefault(id, List.of());
            s.put("events", evs.size());
            s.put("articles", storyDocuments(stored, evs).size());
            evs.stream().flatMap(ce -> ce.event().date().stream()).min(Comparable::compareTo).map(Object::toString)
                    .or(() -> Optional.ofNullable(stored).map(st -> st.path("start").asText("")).filter(x -> !x.isEmpty()))
                    .ifPresent(d -> s.put("first_date", d));
        }
        o.put("total", arr.size());
        return o;
    }

    public ObjectNode story(String id) {
        Optional<JsonNode> stored = repo.story(id);
        Set<String> listed = new LinkedHashSet<>();
        stored.ifPresent(st -> st.path("eventIds").forEach(x -> listed.add(x.asText())));
        List<CanonicalEvent> evs = repo.canonicalEvents(EventQuery.all()).stream()
                .filter(ce -> ce.storyId().equals(id) || listed.contains(ce.id())).toList();
        if (stored.isEmpty() && evs.isEmpty()) throw ApiError.notFound("story '" + id + "'");
        ObjectNode o = emptyObject();
        o.put("id", id);
        o.put("title", text(stored.orElse(null), "title", "headline"));
        o.put("summary", text(stored.orElse(null), "summary", "summary_ar"));
        stored.ifPresent(s -> o.set("story", s));
        ExportContext ctx = context(evs);
        ArrayNode events = o.putArray("events");
        for (CanonicalEvent ce : evs) events.add(Json.MAPPER.valueToTree(EventProperties.of(ce, ctx)));
        ArrayNode articles = o.putArray("articles");
        for (Article a : repo.articles(storyDocuments(stored.orElse(null), evs))) {
            ObjectNode an = articleJson(a);
            ArrayNode spans = an.putArray("summary_spans"); // the summary's sentences, located in this article
            stored.ifPresent(st -> st.path("summary").forEach(x -> {
                if (x.isObject() && a.id().equals(x.path("docId").asText())) {
                    spans.addObject().put("start", x.path("span").path("start").asInt())
                            .put("end", x.path("span").path("end").asInt()).put("text", x.path("text").asText());
                }
            }));
            articles.add(an);
        }
        return o;
    }

    private static List<String> storyDocuments(JsonNode stored, List<CanonicalEvent> evs) {
        Set<String> docs = new LinkedHashSet<>();
        if (stored != null) {
            for (String key : List.of("articles", "documents", "articleIds")) {
                stored.path(key).forEach(d -> docs.add(d.isObject() ? d.path("id").asText() : d.asText()));
            }
        }
        for (CanonicalEvent ce : evs) docs.addAll(ce.event().documents());
        docs.remove("");
        return List.copyOf(docs);
    }

    /** A story field as text; a summary given as sentences ({docId, span, text}) is their texts joined. */
    private static String text(JsonNode n, String... keys) {
        if (n == null) return "";
        for (String k : keys) {
            if (n.hasNonNull(k) && n.get(k).isValueNode()) return n.get(k).asText();
            if (n.path(k).isArray() && !n.get(k).isEmpty()) {
                List<String> parts = new ArrayList<>();
                n.get(k).forEach(x -> parts.add(x.isObject() ? x.path("text").asText() : x.asText()));
                return String.join(" ", parts);
            }
        }
        return "";
    }

    public ObjectNode search(String q, Optional<SearchIndex.Kind> kind, EventFilter f) {
        SearchIndex.Result r = index.search(q, kind, f, (f.page() - 1) * f.size(), f.size());
        ObjectNode o = emptyObject();
        o.put("q", q).put("total", r.total()).put("page", f.page()).put("size", f.size());
        ArrayNode hits = o.putArray("hits");
        for (SearchIndex.Hit h : r.hits()) {
            ObjectNode hn = hits.addObject().put("kind", h.kind().code()).put("id", h.id()).put("score", h.score())
                    .put("title", h.title()).put("date", h.date().map(Object::toString).orElse(""));
            ArrayNode parts = hn.putArray("snippet");
            h.snippet().forEach(p -> parts.addObject().put("text", p.text()).put("hit", p.hit()));
        }
        return o;
    }

    /** Counts of the filtered events by day and type, by type, by governorate and by district. */
    public ObjectNode stats(EventFilter f) {
        List<CanonicalEvent> events = select(f);
        AdminNames names = AdminNames.shipped();
        Map<String, Map<String, Integer>> byDay = new TreeMap<>();
        Map<String, Integer> byType = new TreeMap<>();
        Map<String, Integer> byAdmin1 = new TreeMap<>();
        Map<String, Integer> byAdmin2 = new TreeMap<>();
        int fatalities = 0, undated = 0;
        for (CanonicalEvent ce : events) {
            Event e = ce.event();
            String type = e.type().code();
            byType.merge(type, 1, Integer::sum);
            if (e.date().isPresent()) byDay.computeIfAbsent(e.date().get().toString(), k -> new TreeMap<>()).merge(type, 1, Integer::sum);
            else undated++;
            e.location().ifPresent(p -> {
                if (!p.admin1Pcode().isEmpty()) byAdmin1.merge(p.admin1Pcode(), 1, Integer::sum);
                if (!p.admin2Pcode().isEmpty()) byAdmin2.merge(p.admin2Pcode(), 1, Integer::sum);
            });
            fatalities += e.casualties().killed().orElse(0);
        }
        ObjectNode o = emptyObject();
        o.put("total", events.size()).put("fatalities", fatalities).put("undated", undated);
        ArrayNode days = o.putArray("by_day");
        byDay.forEach((d, m) -> {
            ObjectNode dn = days.addObject().put("date", d);
            dn.put("count", m.values().stream().mapToInt(Integer::intValue).sum());
            dn.set("by_type", Json.MAPPER.valueToTree(m));
        });
        o.set("by_type", Json.MAPPER.valueToTree(byType));
        ArrayNode a1 = o.putArray("by_admin1");
        byAdmin1.forEach((p, n) -> a1.addObject().put("pcode", p).put("name_en", names.english(p)).put("name_ar", names.arabic(p)).put("count", n));
        ArrayNode a2 = o.putArray("by_admin2");
        byAdmin2.forEach((p, n) -> a2.addObject().put("pcode", p).put("name_en", names.english(p)).put("name_ar", names.arabic(p)).put("count", n));
        return o;
    }

    // ------------------------------------------------------------ alerts

    /**
     * Surge alerts over the filtered events, rejected and merged-away ones never counted. The detector sees every
     * week, since a district's baseline lies before the period asked for; from / to only choose the weeks reported
     * (a week is reported when it overlaps them).
     */
    public List<Alert> alertList(EventFilter f, SurgeDetector.Config cfg) {
        EventFilter allWeeks = new EventFilter(Optional.empty(), Optional.empty(), f.types(), f.admin1(), f.admin2(),
                f.actor(), f.outlet(), f.story(), f.q(), f.reviewed(), false, 1, EventFilter.MAX_SIZE, f.sort());
        return SurgeDetector.detect(select(allWeeks), cfg).stream()
                .filter(a -> f.from().map(d -> !a.weekStart().plusDays(6).isBefore(d)).orElse(true))
                .filter(a -> f.to().map(d -> !a.weekStart().isAfter(d)).orElse(true))
                .toList();
    }

    /** {"alerts": [...], "config": {...}}, newest week first; each alert carries its evidence events as list rows. */
    public ObjectNode alerts(EventFilter f, SurgeDetector.Config cfg) {
        List<Alert> alerts = alertList(f, cfg);
        Map<String, CanonicalEvent> byId = new HashMap<>();
        for (CanonicalEvent ce : snapshot().events()) byId.put(ce.id(), ce);
        AdminNames names = AdminNames.shipped();
        ObjectNode o = emptyObject();
        ArrayNode arr = o.putArray("alerts");
        for (Alert a : alerts) {
            ObjectNode n = arr.addObject();
            n.put("id", a.id()).put("kind", a.kind().name().toLowerCase(java.util.Locale.ROOT))
                    .put("admin1_pcode", a.admin1Pcode()).put("admin2_pcode", a.admin2Pcode())
                    .put("district", a.districtName())
                    .put("district_ar", names.arabic(a.admin2Pcode()))
                    .put("governorate", names.english(a.admin1Pcode())).put("governorate_ar", names.arabic(a.admin1Pcode()))
                    .put("week_start", a.weekStart().toString()).put("week_end", a.weekStart().plusDays(6).toString())
                    .put("events", a.events()).put("fatalities", a.fatalities())
                    .put("expected", a.expected()).put("expected_fatalities", a.expectedFatalities())
                    .put("p_value", a.pValue()).put("score", a.score());
            ArrayNode ids = n.putArray("event_ids");
            a.eventIds().forEach(ids::add);
            List<CanonicalEvent> evidence = a.eventIds().stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
            ExportContext ctx = context(evidence);
            ArrayNode ev = n.putArray("evidence");
            for (CanonicalEvent ce : evidence) ev.add(Json.MAPPER.valueToTree(EventProperties.of(ce, ctx)));
        }
        o.put("total", arr.size());
        o.set("config", Json.MAPPER.createObjectNode().put("baseline_weeks", cfg.baselineWeeks())
                .put("min_events", cfg.minEvents()).put("min_new_events", cfg.minNewEvents()).put("alpha", cfg.alpha())
                .put("prior_events", cfg.priorEvents()).put("prior_weeks", cfg.priorWeeks()));
        return o;
    }

    /** The same alerts as an Atom 1.0 feed whose links point at the dashboard under {@code baseUrl}. */
    public String alertsAtom(EventFilter f, SurgeDetector.Config cfg, String baseUrl) {
        return AlertsFeed.atom(alertList(f, cfg), baseUrl, clock);
    }

    // ------------------------------------------------------------ exports

    public byte[] exportCsv(EventFilter f) {
        List<CanonicalEvent> events = select(f);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AcledCsv.write(events, context(events), new OutputStreamWriter(out, StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    public byte[] exportGeoJson(EventFilter f) {
        List<CanonicalEvent> events = select(f);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EventsGeoJson.write(events, context(events), out);
        return out.toByteArray();
    }

    /** The events shape ({"events": [...]}, GOLD-FORMAT fields), each with its review status and, if asked, its audit trail. */
    public ObjectNode exportJson(EventFilter f, boolean withAudit) {
        List<CanonicalEvent> events = select(f);
        Map<String, String> reviews = snapshot().reviews();
        ObjectNode o = emptyObject();
        ArrayNode arr = o.putArray("events");
        for (CanonicalEvent ce : events) {
            ObjectNode e = EventJson.canonical(ce);
            e.put("review_status", reviews.getOrDefault(ce.id(), ""));
            if (withAudit) e.set("audit", auditJson(repo.audit(ce.id())));
            arr.add(e);
        }
        return o;
    }

    static ArrayNode auditJson(List<AuditEntry> audit) {
        ArrayNode arr = Json.MAPPER.createArrayNode();
        for (AuditEntry a : audit) {
            ObjectNode n = arr.addObject().put("who", a.who()).put("at", a.at().toString()).put("action", a.action());
            n.set("before", a.before());
            n.set("after", a.after());
        }
        return arr;
    }

    // ------------------------------------------------------------ review

    /** Applies a review, stores the changed event(s) with audit entries (who, when, before, after), returns the result. */
    public synchronized ObjectNode review(String id, Review r) {
        invalidate();
        CanonicalEvent ce = repo.canonicalEvent(id).orElseThrow(() -> ApiError.notFound("event '" + id + "'"));
        var now = clock.instant();
        List<CanonicalEvent> changed = new ArrayList<>();
        ObjectNode before = snapshot(ce, status(repo.audit(id)));
        switch (r.action()) {
            case CONFIRM, REJECT -> {
                ObjectNode after = snapshot(ce, r.action().status());
                repo.appendAudit(new AuditEntry(id, r.reviewer(), now, r.action().code(), before, withNote(after, r)));
            }
            case EDIT -> {
                CanonicalEvent edited = r.edit(ce);
                repo.reviseCanonicalEvent(edited, new AuditEntry(id, r.reviewer(), now, r.action().code(), before,
                        withNote(snapshot(edited, r.action().status()), r)));
                changed.add(edited);
            }
            case MERGE -> {
                if (r.into().equals(id)) throw ApiError.bad("into", "an event cannot be merged into itself");
                CanonicalEvent target = repo.canonicalEvent(r.into())
                        .orElseThrow(() -> ApiError.bad("into", "event '" + r.into() + "' (into) does not exist"));
                CanonicalEvent merged = Review.merge(ce, target);
                ObjectNode targetBefore = snapshot(target, status(repo.audit(target.id())));
                repo.reviseCanonicalEvent(merged, new AuditEntry(target.id(), r.reviewer(), now, Review.Action.EDIT.code(),
                        targetBefore, withNote(snapshot(merged, "edited"), r).put("merged_from", id)));
                repo.appendAudit(new AuditEntry(id, r.reviewer(), now, r.action().code(), before,
                        withNote(snapshot(ce, r.action().status()), r).put("merged_into", target.id())));
                changed.add(merged);
            }
            case SPLIT -> {
                String newId = id + "-s" + (repo.audit(id).stream().filter(a -> a.action().equals("split")).count() + 1);
                List<CanonicalEvent> parts = Review.split(ce, r.documents(), newId);
                repo.reviseCanonicalEvent(parts.get(0), new AuditEntry(id, r.reviewer(), now, r.action().code(), before,
                        withNote(snapshot(parts.get(0), r.action().status()), r).put("split_into", newId)));
                repo.reviseCanonicalEvent(parts.get(1), new AuditEntry(newId, r.reviewer(), now, r.action().code(),
                        Json.MAPPER.createObjectNode().put("split_from", id), withNote(snapshot(parts.get(1), "split"), r)));
                changed.addAll(parts);
            }
        }
        if (!changed.isEmpty()) index.update(List.of(), changed, outlets(changed));
        invalidate();
        ObjectNode o = event(id);
        o.put("action", r.action().code());
        ArrayNode ids = o.putArray("changed");
        changed.forEach(c -> ids.add(c.id()));
        return o;
    }

    private static ObjectNode snapshot(CanonicalEvent ce, String status) {
        ObjectNode o = EventJson.fields(ce.event());
        o.remove("evidence");
        o.put("review_status", status);
        return o;
    }

    private static ObjectNode withNote(ObjectNode after, Review r) {
        if (!r.note().isBlank()) after.put("note", r.note());
        return after;
    }
}
