package org.marsad.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.marsad.events.Event;
import org.marsad.events.Evidence;
import org.marsad.fusion.CanonicalEvent;
import org.marsad.ingest.Article;
import org.marsad.store.EventQuery;
import org.marsad.store.Repository;

/**
 * Lucene index of articles and canonical events. {@code text} is Arabic full text through Lucene's
 * ArabicAnalyzer chain (normalise, remove stop words, light stem) so "هجمات" finds "الهجوم"; {@code exact} is
 * the same text normalised but unstemmed, so a word matched as written ranks first; type, pcodes, actors,
 * outlet, story are exact keyword fields and the date a point field, for filters. Snippets come from Lucene's
 * UnifiedHighlighter as plain-text parts (the client builds text nodes; nothing here is HTML).
 * Thread-safe: one writer, searchers refreshed after each {@link #update}.
 */
public final class SearchIndex implements AutoCloseable {
    public static final String INDEX_DIR = "index";
    static final String UID = "uid", KIND = "kind", ID = "id", TEXT = "text", EXACT = "exact", TITLE = "title",
            TYPE = "type", ADMIN1 = "admin1", ADMIN2 = "admin2", ACTOR = "actor", OUTLET = "outlet", STORY = "story",
            DAY = "day", DAY_SORT = "day_sort";

    public enum Kind { ARTICLE, EVENT; public String code() { return name().toLowerCase(Locale.ROOT); } }

    /** A snippet part: plain text, highlighted or not. */
    public record Part(String text, boolean hit) {}

    public record Hit(Kind kind, String id, float score, String title, Optional<LocalDate> date, List<Part> snippet) {}

    public record Result(long total, List<Hit> hits) {}

    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);
    /** Article updates at least this large are indexed on all cores. */
    private static final int PARALLEL_FROM = 2000;

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    private final Directory directory;
    private final Analyzer analyzer;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private SearchIndex(Directory directory) {
        this.directory = directory;
        this.analyzer = analyzer();
        try {
            // a larger buffer than Lucene's 16 MB default: a 30k-article run flushes (and merges) far less
            this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64));
            writer.commit();
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The index kept at {@code <dataDir>/index}. */
    public static SearchIndex open(Path dataDir) {
        try {
            return new SearchIndex(FSDirectory.open(dataDir.resolve(INDEX_DIR)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SearchIndex inMemory() { return new SearchIndex(new ByteBuffersDirectory()); }

    /** Stemmed Arabic for {@code text}, normalised unstemmed words for {@code exact}. */
    static Analyzer analyzer() {
        Analyzer exact = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer src = new StandardTokenizer();
                TokenStream ts = new LowerCaseFilter(src);
                ts = new DecimalDigitFilter(ts); // Arabic-Indic digits -> ASCII, as ArabicAnalyzer does
                ts = new ArabicNormalizationFilter(ts);
                return new TokenStreamComponents(src, ts);
            }
        };
        return new PerFieldAnalyzerWrapper(new ArabicAnalyzer(), Map.of(EXACT, exact, TITLE, new ArabicAnalyzer()));
    }

    /**
     * Adds or replaces these articles and events (the pipeline calls it after storing). Event documents
     * carry the outlets of their articles, looked up in {@code outletByDocument} then in the index itself.
     */
    public void update(Collection<Article> articles, Collection<CanonicalEvent> events, Map<String, String> outletByDocument) {
        try {
            Map<String, String> outlets = new HashMap<>(outletByDocument);
            for (Article a : articles) outlets.put(a.id(), a.outlet());
            if (articles.size() < PARALLEL_FROM) {
                for (Article a : articles) writer.updateDocument(new Term(UID, "article:" + a.id()), articleDoc(a));
            } else {
                // IndexWriter takes documents from several threads (one in-memory segment each); small
                // updates stay on one thread so equal-score hits keep insertion order
                articles.parallelStream().forEach(a -> {
                    try {
                        writer.updateDocument(new Term(UID, "article:" + a.id()), articleDoc(a));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            for (CanonicalEvent ce : events) {
                for (String d : ce.event().documents()) outlets.computeIfAbsent(d, this::storedOutlet);
                writer.updateDocument(new Term(UID, "event:" + ce.id()), eventDoc(ce, outlets));
            }
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Brings the index in step with the store after a run: the given articles (re)indexed, and the event
     * documents replaced by the store's canonical events (fusion may renumber, merge or drop any of them).
     * The pipeline calls it after storing; `marsad reindex` uses {@link #rebuilt} instead.
     */
    public void sync(Repository repo, Collection<String> articleIds) {
        List<Article> articles = new ArrayList<>();
        List<String> ids = List.copyOf(articleIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            articles.addAll(repo.articles(ids.subList(from, Math.min(ids.size(), from + 1000))));
        }
        List<CanonicalEvent> events = repo.canonicalEvents(EventQuery.all());
        try {
            writer.deleteDocuments(new Term(KIND, Kind.EVENT.code()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        update(articles, events, Map.of());
    }

    /** {@code index} emptied and filled with every stored article and canonical event; returns it. */
    public static SearchIndex rebuilt(SearchIndex index, Repository repo) {
        try {
            index.writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        index.sync(repo, repo.allArticleIds());
        return index;
    }

    /** Removes events fusion merged away (their ids are no longer canonical). */
    public void deleteEvents(Collection<String> eventIds) {
        try {
            for (String id : eventIds) writer.deleteDocuments(new Term(UID, "event:" + id));
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Empties the index and indexes everything again (`marsad reindex`). */
    public void rebuild(Collection<Article> articles, Collection<CanonicalEvent> events) {
        try {
            writer.deleteAll();
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        update(articles, events, Map.of());
    }

    public int count(Kind kind) {
        return withSearcher(s -> s.count(new TermQuery(new Term(KIND, kind.code()))));
    }

    /** Free-text search over both kinds (q may be blank: then filters only, newest first). */
    public Result search(String q, Optional<Kind> kind, EventFilter filters, int offset, int limit) {
        Query text = textQuery(q);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(text, q.isBlank() ? BooleanClause.Occur.FILTER : BooleanClause.Occur.MUST);
        kind.ifPresent(k -> b.add(new TermQuery(new Term(KIND, k.code())), BooleanClause.Occur.FILTER));
        addFilters(b, filters);
        Query query = b.build();
        return withSearcher(s -> {
            TopDocs top = q.isBlank()
                    ? s.search(query, offset + limit, new Sort(new SortField(DAY_SORT, SortField.Type.LONG, true)))
                    : s.search(query, offset + limit);
            ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs, Math.min(offset, top.scoreDocs.length),
                    top.scoreDocs.length);
            int[] docIds = java.util.Arrays.stream(page).mapToInt(sd -> sd.doc).toArray();
            Object[] snippets = q.isBlank() ? new Object[docIds.length] : highlight(s, text, docIds);
            List<Hit> hits = new ArrayList<>();
            for (int i = 0; i < page.length; i++) {
                Document d = s.storedFields().document(page[i].doc);
                List<Part> parts = snippetParts(snippets[i], d);
                String day = d.get(DAY);
                hits.add(new Hit(Kind.valueOf(d.get(KIND).toUpperCase(Locale.ROOT)), d.get(ID),
                        Float.isNaN(page[i].score) ? 0f : page[i].score, Optional.ofNullable(d.get(TITLE)).orElse(""),
                        day == null ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(Long.parseLong(day))), parts));
            }
            return new Result(top.totalHits.value(), hits);
        });
    }

    /** Ids of the events matching q (for the API's q filter on lists and exports). */
    public Set<String> eventIds(String q) {
        Query query = new BooleanQuery.Builder()
                .add(textQuery(q), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(KIND, Kind.EVENT.code())), BooleanClause.Occur.FILTER).build();
        return withSearcher(s -> {
            Set<String> ids = new LinkedHashSet<>();
            TopDocs top = s.search(query, 100_000);
            for (ScoreDoc sd : top.scoreDocs) ids.add(s.storedFields().document(sd.doc).get(ID));
            return ids;
        });
    }

    Query textQuery(String q) {
        if (q.isBlank()) return new MatchAllDocsQuery();
        SimpleQueryParser stemmed = new SimpleQueryParser(analyzer, Map.of(TEXT, 1f, TITLE, 1.5f));
        stemmed.setDefaultOperator(BooleanClause.Occur.MUST);
        SimpleQueryParser exact = new SimpleQueryParser(analyzer, EXACT);
        exact.setDefaultOperator(BooleanClause.Occur.MUST);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(stemmed.parse(q), BooleanClause.Occur.SHOULD);
        b.add(new BoostQuery(exact.parse(q), 2f), BooleanClause.Occur.SHOULD);
        return b.build();
    }

    private static void addFilters(BooleanQuery.Builder b, EventFilter f) {
        if (f.from().isPresent() || f.to().isPresent()) {
            int lo = (int) f.from().map(LocalDate::toEpochDay).orElse((long) Integer.MIN_VALUE).longValue();
            int hi = (int) f.to().map(LocalDate::toEpochDay).orElse((long) Integer.MAX_VALUE).longValue();
            b.add(IntPoint.newRangeQuery(DAY, lo, hi), BooleanClause.Occur.FILTER);
        }
        if (!f.types().isEmpty()) {
            BooleanQuery.Builder t = new BooleanQuery.Builder();
            f.types().forEach(x -> t.add(new TermQuery(new Term(TYPE, x.code())), BooleanClause.Occur.SHOULD));
            b.add(t.build(), BooleanClause.Occur.FILTER);
        }
        term(b, ADMIN1, f.admin1());
        term(b, ADMIN2, f.admin2());
        term(b, ACTOR, f.actor().toLowerCase(Locale.ROOT));
        term(b, OUTLET, f.outlet().toLowerCase(Locale.ROOT));
        term(b, STORY, f.story());
    }

    private static void term(BooleanQuery.Builder b, String field, String value) {
        if (!value.isEmpty()) b.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
    }

    private Document articleDoc(Article a) {
        Document d = base(Kind.ARTICLE, a.id(), a.title());
        d.add(new Field(TEXT, a.title().isEmpty() ? a.text() : a.title() + "\n" + a.text(), TEXT_WITH_OFFSETS));
        d.add(new TextField(EXACT, a.title() + "\n" + a.text(), Field.Store.NO));
        keyword(d, OUTLET, a.outlet().toLowerCase(Locale.ROOT));
        d.add(new StoredField("outlet_stored", a.outlet()));
        a.published().ifPresent(p -> day(d, p));
        return d;
    }

    private static Document eventDoc(CanonicalEvent ce, Map<String, String> outlets) {
        Event e = ce.event();
        StringBuilder text = new StringBuilder();
        for (Evidence ev : e.evidence()) text.append(ev.text()).append('\n');
        text.append(e.locationName());
        e.location().ifPresent(p -> text.append(' ').append(p.nameAr()).append(' ').append(p.nameEn()));
        String title = e.type().code() + (e.locationName().isEmpty() ? "" : " — " + e.locationName());
        Document d = base(Kind.EVENT, e.id(), title);
        d.add(new Field(TEXT, text.toString(), TEXT_WITH_OFFSETS));
        d.add(new TextField(EXACT, text.toString(), Field.Store.NO));
        keyword(d, TYPE, e.type().code());
        e.location().ifPresent(p -> {
            keyword(d, ADMIN1, p.admin1Pcode());
            p.altAdmin1Pcodes().forEach(x -> keyword(d, ADMIN1, x));
            keyword(d, ADMIN2, p.admin2Pcode());
        });
        for (String a : e.actor1()) keyword(d, ACTOR, a.toLowerCase(Locale.ROOT));
        for (String a : e.actor2()) keyword(d, ACTOR, a.toLowerCase(Locale.ROOT));
        for (String doc : e.documents()) keyword(d, OUTLET, outlets.getOrDefault(doc, "").toLowerCase(Locale.ROOT));
        keyword(d, STORY, ce.storyId());
        e.date().ifPresent(x -> day(d, x));
        return d;
    }

    private static Document base(Kind kind, String id, String title) {
        Document d = new Document();
        d.add(new StringField(UID, kind.code() + ":" + id, Field.Store.NO));
        d.add(new StringField(KIND, kind.code(), Field.Store.YES));
        d.add(new StringField(ID, id, Field.Store.YES));
        d.add(new TextField(TITLE, title, Field.Store.YES));
        return d;
    }

    private static void keyword(Document d, String field, String value) {
        if (value != null && !value.isEmpty()) d.add(new StringField(field, value, Field.Store.NO));
    }

    private static void day(Document d, LocalDate date) {
        int day = (int) date.toEpochDay();
        d.add(new IntPoint(DAY, day));
        d.add(new StoredField(DAY, Integer.toString(day)));
        d.add(new NumericDocValuesField(DAY_SORT, day));
    }

    private String storedOutlet(String docId) {
        return withSearcher(s -> {
            TopDocs t = s.search(new TermQuery(new Term(UID, "article:" + docId)), 1);
            if (t.scoreDocs.length == 0) return "";
            return Optional.ofNullable(s.storedFields().document(t.scoreDocs[0].doc).get("outlet_stored")).orElse("");
        });
    }

    private Object[] highlight(IndexSearcher s, Query q, int[] docIds) throws IOException {
        Highlighter h = new Highlighter(UnifiedHighlighter.builder(s, analyzer)
                .withFormatter(new PartsFormatter()).withMaxLength(200_000));
        Map<String, Object[]> m = h.objects(new String[] {TEXT}, q, docIds, new int[] {2});
        return m.get(TEXT);
    }

    @SuppressWarnings("unchecked")
    private static List<Part> snippetParts(Object snippet, Document d) {
        if (snippet instanceof List<?> l) return (List<Part>) l;
        String text = Optional.ofNullable(d.get(TEXT)).orElse("");
        return text.isEmpty() ? List.of() : List.of(new Part(text.substring(0, Math.min(200, text.length())), false));
    }

    /** Exposes the highlighter's object form so a snippet stays structured (no HTML to escape). */
    private static final class Highlighter extends UnifiedHighlighter {
        Highlighter(Builder b) { super(b); }

        Map<String, Object[]> objects(String[] fields, Query q, int[] docIds, int[] maxPassages) throws IOException {
            return highlightFieldsAsObjects(fields, q, docIds, maxPassages);
        }
    }

    private static final class PartsFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            List<Part> parts = new ArrayList<>();
            for (int p = 0; p < passages.length; p++) {
                Passage passage = passages[p];
                if (p > 0) parts.add(new Part(" … ", false));
                int pos = passage.getStartOffset();
                for (int i = 0; i < passage.getNumMatches(); i++) {
                    int start = passage.getMatchStarts()[i], end = passage.getMatchEnds()[i];
                    if (start < pos) start = pos; // overlapping matches (stemmed + exact) merge into one
                    if (start > pos) parts.add(new Part(content.substring(pos, start), false));
                    if (end > start) parts.add(new Part(content.substring(start, end), true));
                    pos = Math.max(pos, end);
                }
                if (pos < passage.getEndOffset()) parts.add(new Part(content.substring(pos, passage.getEndOffset()), false));
            }
            return List.copyOf(parts);
        }
    }

    @FunctionalInterface
    private interface SearcherFn<T> {
        T apply(IndexSearcher s) throws IOException;
    }

    private <T> T withSearcher(SearcherFn<T> fn) {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return fn.apply(s);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
