package org.marsad.pipeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.api.Review;
import org.marsad.entities.Mention;
import org.marsad.events.Event;
import org.marsad.fusion.CanonicalEvent;
import org.marsad.fusion.DateAnchoring;
import org.marsad.fusion.DuplicateGroup;
import org.marsad.fusion.Fusion;
import org.marsad.fusion.FusionContext;
import org.marsad.fusion.NearDuplicates;
import org.marsad.fusion.Story;
import org.marsad.fusion.StoryArticle;
import org.marsad.fusion.StoryClusterer;
import org.marsad.fusion.StorySummarizer;
import org.marsad.ingest.Article;
import org.marsad.store.EventQuery;
import org.marsad.store.Repository;
import org.marsad.text.TextCore;

/**
 * The across-articles step of a run, over everything stored (so a second run sees the first run's
 * articles): near-duplicate groups, stories with summaries, fusion with publication days and
 * stories as context, date anchoring of undated articles, reviewers' edits re-applied.
 *
 * <p>The duplicate index and the story clusterer are incremental: the analysis hands each new article
 * over as it is analysed ({@link #accept}); the first use in a process reads the articles earlier
 * runs stored once (in chunks), and {@link #run} feeds anything still unseen. Fusion runs over all article events each time (it is cheap and keeps
 * canonical ids stable); summaries are recomputed only for stories that gained articles.
 */
public final class Consolidation {
    /** Articles read from the store at a time. */
    private static final int READ_CHUNK = 1000;

    public record Result(int canonicalEvents, int stories, int duplicateGroups, int anchored) {}

    private final Repository repo;
    private final NearDuplicates dups = new NearDuplicates();
    private final StoryClusterer clusterer = new StoryClusterer();
    private final Map<String, LocalDate> published = new HashMap<>();
    private final Map<String, DayOfWeek> statedWeekdays = new HashMap<>();
    private final Set<String> seen = new HashSet<>();
    /** Whether the articles of earlier runs were fed (before the first article of this process). */
    private boolean primed;
    /** Stories as last summarised, to skip the summary of a story that did not change. */
    private final Map<String, Story> summarisedStories = new java.util.concurrent.ConcurrentHashMap<>();

    public Consolidation(Repository repo) {
        this.repo = repo;
    }

    public synchronized Result run() {
        primed = true;
        feedNewArticles(Set.of());
        List<Story> stories = clusterer.stories();
        Map<String, String> storyOf = new HashMap<>();
        for (Story s : stories) for (String doc : s.articleIds()) storyOf.put(doc, s.id());

        FusionContext ctx = new FusionContext(published, storyOf);
        List<Event> events = repo.allArticleEvents();
        List<CanonicalEvent> previous = repo.canonicalEvents(EventQuery.all());
        List<CanonicalEvent> fused = Fusion.apply(events, previous, ctx);
        int anchored = 0;
        if (!statedWeekdays.isEmpty()) {
            List<Event> redated = DateAnchoring.apply(events, fused, statedWeekdays);
            for (int i = 0; i < events.size(); i++) if (!redated.get(i).equals(events.get(i))) anchored++;
            if (anchored > 0) fused = Fusion.apply(redated, fused, ctx);
        }
        List<CanonicalEvent> reviewed = new ArrayList<>(fused.size());
        for (CanonicalEvent c : fused) reviewed.add(Review.reapplyEdits(c, repo.audit(c.id())));
        repo.replaceCanonicalEvents(reviewed);

        Map<String, List<String>> eventsByStory = new HashMap<>();
        for (CanonicalEvent c : reviewed) {
            if (!c.storyId().isEmpty()) eventsByStory.computeIfAbsent(c.storyId(), k -> new ArrayList<>()).add(c.id());
        }
        // summaries are independent per story: computed in parallel, kept in story order
        List<Story> summaries = stories.parallelStream()
                .map(s -> summarised(s, eventsByStory.getOrDefault(s.id(), List.of()))).toList();
        Map<String, Story> byId = new LinkedHashMap<>();
        for (Story s : summaries) byId.put(s.id(), s);
        summarisedStories.clear();
        summarisedStories.putAll(byId);
        repo.replaceStories(byId);

        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (DuplicateGroup g : dups.groups()) groups.put(g.representative(), g.members());
        repo.replaceDuplicateGroups(groups);
        return new Result(reviewed.size(), stories.size(), groups.size(), anchored);
    }

    /**
     * Takes one freshly analysed article straight from the analysis (no second read of the store).
     * The first call in a process first feeds the articles earlier runs stored.
     */
    public synchronized void accept(Article a, List<Mention> mentions, List<Event> events) {
        prime();
        if (!seen.add(a.id())) return;
        add(a, mentions, events);
    }

    /**
     * Feeds the analysed articles earlier runs stored, once per process; call it before a run stores
     * new articles (their analysis arrives through {@link #accept}).
     */
    public synchronized void prime() {
        if (primed) return;
        primed = true;
        feedNewArticles(new HashSet<>(repo.pendingAnalysis()));
    }

    /** Adds the articles stored since the last call, in a stable order: publication day (undated last), then id. */
    private void feedNewArticles(Set<String> notYet) {
        List<String> fresh = new ArrayList<>();
        for (String id : repo.allArticleIds()) if (!seen.contains(id) && !notYet.contains(id)) fresh.add(id);
        Map<String, LocalDate> day = new HashMap<>();
        for (int from = 0; from < fresh.size(); from += READ_CHUNK) {
            for (Article a : repo.articles(fresh.subList(from, Math.min(fresh.size(), from + READ_CHUNK)))) {
                a.published().ifPresent(d -> day.put(a.id(), d));
            }
        }
        fresh.sort(Comparator.comparing((String id) -> day.getOrDefault(id, LocalDate.MAX)).thenComparing(Comparator.naturalOrder()));
        for (int from = 0; from < fresh.size(); from += READ_CHUNK) {
            for (Article a : repo.articles(fresh.subList(from, Math.min(fresh.size(), from + READ_CHUNK)))) {
                if (seen.add(a.id())) add(a, repo.mentions(a.id()), repo.articleEvents(a.id()));
            }
        }
    }

    private void add(Article a, List<Mention> mentions, List<Event> events) {
        a.published().ifPresent(d -> published.put(a.id(), d));
        dups.add(a.id(), a.text());
        clusterer.add(StoryArticle.of(a, mentions, events));
        if (a.published().isEmpty() && !events.isEmpty()) {
            DateAnchoring.statedWeekday(TextCore.analyze(a).times()).ifPresent(d -> statedWeekdays.put(a.id(), d));
        }
    }

    /**
     * A story's summary reads its articles again; facts (numbers, dates, places) only for stories with
     * events. Pure but for store reads (synchronised), so stories are summarised in parallel.
     */
    private Story summarised(Story s, List<String> eventIds) {
        Story withEvents = new Story(s.id(), s.title(), s.start(), s.end(), s.articleIds(), eventIds, s.summary());
        Story before = summarisedStories.get(s.id());
        if (before != null && before.articleIds().equals(s.articleIds()) && before.eventIds().equals(eventIds)) return before;
        Story out = withEvents;
        if (s.articleIds().size() >= 2 || !eventIds.isEmpty()) {
            List<StorySummarizer.Doc> docs = new ArrayList<>();
            for (Article a : repo.articles(s.articleIds())) {
                docs.add(eventIds.isEmpty() ? StorySummarizer.Doc.of(a.id(), a.text())
                        : StorySummarizer.Doc.of(TextCore.analyze(a), repo.mentions(a.id())));
            }
            out = StorySummarizer.summarize(withEvents, docs);
        }
        return out;
    }
}
