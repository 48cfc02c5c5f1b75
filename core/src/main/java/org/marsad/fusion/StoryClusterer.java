package org.marsad.fusion;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Incremental story clustering. Each article becomes a TF-IDF vector over Lucene-stemmed folded terms
 * (title terms count twice; idf is learned as articles arrive); it joins the story whose centroid is
 * most similar when cosine + entity bonus ≥ {@code threshold}, else it starts a story.
 *
 * <p>Bonus (only when the entity/event stages supplied them): +0.10 per shared place, +0.05 per shared
 * actor, +0.05 per shared casualty figure (each capped at two), +0.10 for a shared event day; −0.15 when
 * both the article and the story name places and none is shared (the same kind of news elsewhere). Time:
 * a dated article may join a story only if its day lies within {@code windowDays} of the story's
 * span and the story would not exceed {@code maxSpanDays}; undated articles and undated stories match
 * on content alone. Candidates come from an inverted index of each story's top terms (no all-pairs).
 *
 * <p>Memory: stories that fell more than two windows behind the newest publication day are retired
 * from matching (centroid and index entries dropped, the record kept).
 *
 * <p>Story ids are {@code story-<first article id>}: add in a stable order (publication day, id).
 * Thread-safe (synchronised).
 */
public final class StoryClusterer {
    public record Config(int windowDays, int maxSpanDays, double threshold, int docTerms, int centroidTerms,
                         int indexTerms, int postingCap) {
        public Config {
            if (windowDays < 0 || maxSpanDays < windowDays) throw new IllegalArgumentException("need 0 <= windowDays <= maxSpanDays");
            if (threshold <= 0 || threshold >= 2) throw new IllegalArgumentException("threshold must be in (0,2), was " + threshold);
            if (docTerms < 1 || centroidTerms < docTerms || indexTerms < 1 || postingCap < 1) {
                throw new IllegalArgumentException("term limits must be positive and centroidTerms >= docTerms");
            }
        }

        public static final Config DEFAULT = new Config(7, 14, 0.40, 60, 200, 10, 200);
    }

    private final Config config;
    /** Terms get dense ids on first sight, so document frequencies, vectors and centroids are arrays. */
    private final Map<String, Integer> termIds = new HashMap<>();
    private final List<String> terms = new ArrayList<>();
    private int[] df = new int[1 << 12];
    private int docs;
    /** Candidate counting scratch, indexed by cluster (reset after each use). */
    private int[] hitCount = new int[1 << 10];
    private final List<Cluster> clusters = new ArrayList<>();
    private final Map<String, ArrayDeque<Integer>> postings = new HashMap<>();
    private final Map<String, Integer> storyOfDoc = new HashMap<>();
    private LocalDate latestDay;
    private int sinceSweep;
    /** How often (in added articles) stories that fell out of the time window are retired. */
    private static final int SWEEP_EVERY = 512;
    /** Index keys of places start with a character no term contains. */
    private static final String PLACE_KEY = "\u0001";

    private static final class Cluster {
        final String id;
        final String title;
        /** Centroid term weights, ids ascending. */
        Vec centroid = Vec.EMPTY;
        Set<String> indexed = new HashSet<>();
        boolean retired;
        double norm;
        LocalDate start;
        LocalDate end;
        final List<String> articles = new ArrayList<>();
        final LinkedHashSet<String> events = new LinkedHashSet<>();
        final Set<String> places = new HashSet<>();
        final Set<String> actors = new HashSet<>();
        final Set<Integer> numbers = new HashSet<>();
        final Set<LocalDate> dates = new HashSet<>();

        Cluster(String id, String title) {
            this.id = id;
            this.title = title;
        }
    }

    public StoryClusterer() { this(Config.DEFAULT); }

    public StoryClusterer(Config config) { this.config = config; }

    /** Adds an article; returns the id of the story it joined or started. Re-adding an id returns its story. */
    public synchronized String add(StoryArticle a) {
        Integer known = storyOfDoc.get(a.docId());
        if (known != null) return clusters.get(known).id;
        Vec vec = vector(a);
        a.published().ifPresent(d -> { if (latestDay == null || d.isAfter(latestDay)) latestDay = d; });
        if (++sinceSweep >= SWEEP_EVERY) retireOld();
        int best = -1;
        double bestScore = config.threshold();
        for (int ci : candidates(vec, a.places())) {
            Cluster c = clusters.get(ci);
            if (c.retired || !inWindow(c, a.published())) continue;
            double s = cosine(vec, c) + bonus(a, c);
            if (s >= bestScore && (best < 0 || s > bestScore || ci < best)) {
                bestScore = s;
                best = ci;
            }
        }
        if (best < 0) {
            best = clusters.size();
            clusters.add(new Cluster(Story.idFor(a.docId()), a.title().isBlank() ? firstWords(a.text()) : a.title().strip()));
        }
        join(best, a, vec);
        return clusters.get(best).id;
    }

    public synchronized Optional<String> storyOf(String docId) {
        return Optional.ofNullable(storyOfDoc.get(docId)).map(i -> clusters.get(i).id);
    }

    /** Every story (singletons included) in order of creation, without summaries. */
    public synchronized List<Story> stories() {
        List<Story> out = new ArrayList<>(clusters.size());
        for (Cluster c : clusters) {
            out.add(new Story(c.id, c.title, Optional.ofNullable(c.start), Optional.ofNullable(c.end), c.articles,
                    List.copyOf(c.events), List.of()));
        }
        return out;
    }

    /** Clusters a batch in a stable order (publication day, undated last, then id). */
    public static List<Story> cluster(List<StoryArticle> articles, Config config) {
        StoryClusterer sc = new StoryClusterer(config);
        articles.stream().sorted(java.util.Comparator
                        .comparing((StoryArticle a) -> a.published().orElse(LocalDate.MAX)).thenComparing(StoryArticle::docId))
                .forEach(sc::add);
        return sc.stories();
    }

    /**
     * A sparse term vector: {@code ids} ascending with their weights, and the positions of the heaviest
     * terms first ({@code rank}: weight descending, ties by term), which pick the index terms.
     */
    private record Vec(int[] ids, double[] w, int[] rank) {
        static final Vec EMPTY = new Vec(new int[0], new double[0], new int[0]);

        int size() { return ids.length; }
    }

    private Vec vector(StoryArticle a) {
        Map<String, Integer> tf = new HashMap<>();
        for (String t : Terms.stems(a.title())) tf.merge(t, 2, Integer::sum);
        for (String t : Terms.stems(a.text())) tf.merge(t, 1, Integer::sum);
        docs++;
        int n = tf.size();
        int[] ids = new int[n];
        double[] w = new double[n];
        int k = 0;
        for (var e : tf.entrySet()) {
            int id = termId(e.getKey());
            df[id]++;
            ids[k] = id;
            w[k++] = e.getValue();
        }
        for (int i = 0; i < n; i++) w[i] = (1 + Math.log(w[i])) * idf(ids[i]);
        int[] keep = heaviest(ids, w, n, config.docTerms());
        double norm = 0;
        for (int i : keep) norm += w[i] * w[i];
        norm = Math.sqrt(norm);
        return sparse(ids, w, keep, norm > 0 ? norm : 1);
    }

    private int termId(String term) {
        Integer id = termIds.get(term);
        if (id != null) return id;
        int fresh = terms.size();
        termIds.put(term, fresh);
        terms.add(term);
        if (fresh == df.length) df = java.util.Arrays.copyOf(df, df.length * 2);
        return fresh;
    }

    private double idf(int id) { return Math.log((docs + 1.0) / (df[id] + 1.0)) + 1; }

    /** Positions (into ids/w) of the n heaviest entries, weight descending, ties by term for determinism. */
    private int[] heaviest(int[] ids, double[] w, int size, int n) {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) order[i] = i;
        java.util.Arrays.sort(order, (x, y) -> {
            int c = Double.compare(w[y], w[x]);
            return c != 0 ? c : terms.get(ids[x]).compareTo(terms.get(ids[y]));
        });
        int m = Math.min(n, size);
        int[] out = new int[m];
        for (int i = 0; i < m; i++) out[i] = order[i];
        return out;
    }

    /** The entries at {@code keep} (heaviest first), weights divided by {@code norm}, as a Vec with ids ascending. */
    private static Vec sparse(int[] ids, double[] w, int[] keep, double norm) {
        int m = keep.length;
        Integer[] byId = new Integer[m];
        for (int i = 0; i < m; i++) byId[i] = i;
        java.util.Arrays.sort(byId, (x, y) -> Integer.compare(ids[keep[x]], ids[keep[y]]));
        int[] outIds = new int[m];
        double[] outW = new double[m];
        int[] rank = new int[m];
        for (int pos = 0; pos < m; pos++) {
            int r = byId[pos];
            outIds[pos] = ids[keep[r]];
            outW[pos] = w[keep[r]] / norm;
            rank[r] = pos;
        }
        return new Vec(outIds, outW, rank);
    }

    /** The terms of the n heaviest entries. */
    private List<String> topTerms(Vec v, int n) {
        List<String> out = new ArrayList<>(Math.min(n, v.size()));
        for (int r = 0; r < v.rank().length && r < n; r++) out.add(terms.get(v.ids()[v.rank()[r]]));
        return out;
    }

    /**
     * Stories sharing at least two of the article's heaviest terms (one when it has fewer than three,
     * or when they also share a place):
     * a story sharing a single term cannot reach the threshold on cosine alone in practice, and the
     * cut keeps the scoring cost flat as postings fill up.
     */
    private Set<Integer> candidates(Vec vec, Set<String> places) {
        if (hitCount.length < clusters.size()) hitCount = new int[Math.max(clusters.size(), hitCount.length * 2)];
        List<Integer> touched = new ArrayList<>();
        List<String> terms = topTerms(vec, config.indexTerms());
        for (String t : terms) {
            ArrayDeque<Integer> p = postings.get(t);
            if (p != null) for (int ci : p) if (hitCount[ci]++ == 0) touched.add(ci);
        }
        int need = terms.size() < 3 ? 1 : 2;
        // a shared place lowers the bar to one shared heavy term; alone it is no reason to look: a
        // country or capital named in most of an outlet's articles would make every story a candidate
        for (String place : places) {
            ArrayDeque<Integer> p = postings.get(PLACE_KEY + place);
            if (p != null && need > 1) for (int ci : p) if (hitCount[ci]++ == 0) touched.add(ci);
        }
        // the best-overlapping few (ties: the newer story) are scored; the rest could not win on cosine
        List<Integer> passing = new ArrayList<>();
        for (int ci : touched) if (hitCount[ci] >= need) passing.add(ci);
        passing.sort((x, y) -> hitCount[x] != hitCount[y] ? Integer.compare(hitCount[y], hitCount[x]) : Integer.compare(y, x));
        Set<Integer> out = new TreeSet<>(passing.subList(0, Math.min(MAX_CANDIDATES, passing.size())));
        for (int ci : touched) hitCount[ci] = 0;
        return out;
    }

    /** Stories scored per article at most. */
    private static final int MAX_CANDIDATES = 32;

    private boolean inWindow(Cluster c, Optional<LocalDate> day) {
        if (day.isEmpty() || c.start == null) return true;
        LocalDate d = day.get();
        LocalDate from = d.isBefore(c.start) ? d : c.start;
        LocalDate to = d.isAfter(c.end) ? d : c.end;
        if (ChronoUnit.DAYS.between(from, to) > config.maxSpanDays()) return false;
        return !d.isBefore(c.start.minusDays(config.windowDays())) && !d.isAfter(c.end.plusDays(config.windowDays()));
    }

    /** The article vector is unit length: the dot product over the centroid's norm is the cosine. */
    private static double cosine(Vec vec, Cluster c) {
        if (c.norm == 0) return 0;
        int[] a = vec.ids(), b = c.centroid.ids();
        double[] wa = vec.w(), wb = c.centroid.w();
        double dot = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) dot += wa[i++] * wb[j++];
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return dot / c.norm;
    }

    private static double bonus(StoryArticle a, Cluster c) {
        double b = 0.10 * Math.min(2, shared(a.places(), c.places))
                + 0.05 * Math.min(2, shared(a.actors(), c.actors))
                + 0.05 * Math.min(2, shared(a.numbers(), c.numbers));
        if (shared(a.eventDates(), c.dates) > 0) b += 0.10;
        // both name places and none agree: the same kind of news from somewhere else
        if (!a.places().isEmpty() && !c.places.isEmpty() && shared(a.places(), c.places) == 0) b -= 0.15;
        return b;
    }

    private static <T> int shared(Set<T> a, Set<T> b) {
        int n = 0;
        for (T x : a) if (b.contains(x)) n++;
        return n;
    }

    private void join(int ci, StoryArticle a, Vec vec) {
        Cluster c = clusters.get(ci);
        c.articles.add(a.docId());
        c.events.addAll(a.eventIds());
        c.places.addAll(a.places());
        c.actors.addAll(a.actors());
        c.numbers.addAll(a.numbers());
        c.dates.addAll(a.eventDates());
        a.published().ifPresent(d -> {
            if (c.start == null || d.isBefore(c.start)) c.start = d;
            if (c.end == null || d.isAfter(c.end)) c.end = d;
        });
        c.centroid = plus(c.centroid, vec);
        if (c.centroid.size() > config.centroidTerms()) {
            int[] keep = heaviest(c.centroid.ids(), c.centroid.w(), c.centroid.size(), config.centroidTerms());
            c.centroid = sparse(c.centroid.ids(), c.centroid.w(), keep, 1);
        }
        double sq = 0;
        for (double x : c.centroid.w()) sq += x * x;
        c.norm = Math.sqrt(sq);
        storyOfDoc.put(a.docId(), ci);
        List<String> keys = topTerms(vec, config.indexTerms());
        a.places().forEach(p -> keys.add(PLACE_KEY + p));
        for (String t : keys) {
            c.indexed.add(t);
            ArrayDeque<Integer> p = postings.computeIfAbsent(t, k -> new ArrayDeque<>());
            if (!p.isEmpty() && p.peekLast() == ci) continue;
            p.remove(ci);
            p.addLast(ci);
            if (p.size() > config.postingCap()) p.removeFirst();
        }
    }

    /**
     * Memory bound for a stream: a dated story whose last day lies more than twice the window before
     * the newest day seen can no longer take dated articles, so its centroid and index entries are
     * dropped (its record stays). Articles arriving that far out of order start new stories.
     */
    private void retireOld() {
        sinceSweep = 0;
        if (latestDay == null) return;
        LocalDate cutoff = latestDay.minusDays(2L * config.windowDays() + 1);
        for (int ci = 0; ci < clusters.size(); ci++) {
            Cluster c = clusters.get(ci);
            if (c.retired || c.end == null || !c.end.isBefore(cutoff)) continue;
            for (String t : c.indexed) {
                ArrayDeque<Integer> p = postings.get(t);
                if (p != null && p.remove(ci) && p.isEmpty()) postings.remove(t);
            }
            c.retired = true;
            c.centroid = Vec.EMPTY;
            c.indexed = Set.of();
            c.norm = 0;
        }
    }

    /** Sum of two sparse vectors (ids ascending); the rank is not kept (centroids are not ranked). */
    private static Vec plus(Vec x, Vec y) {
        int[] a = x.ids(), b = y.ids();
        int[] ids = new int[a.length + b.length];
        double[] w = new double[a.length + b.length];
        int i = 0, j = 0, k = 0;
        while (i < a.length || j < b.length) {
            if (j >= b.length || i < a.length && a[i] < b[j]) { ids[k] = a[i]; w[k++] = x.w()[i++]; }
            else if (i >= a.length || b[j] < a[i]) { ids[k] = b[j]; w[k++] = y.w()[j++]; }
            else { ids[k] = a[i]; w[k++] = x.w()[i++] + y.w()[j++]; }
        }
        return new Vec(java.util.Arrays.copyOf(ids, k), java.util.Arrays.copyOf(w, k), new int[0]);
    }

    private static String firstWords(String text) {
        String s = text.strip();
        return s.length() <= 120 ? s : s.substring(0, 120) + "…";
    }
}
