package org.marsad.pipeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
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
 * stories as context, date anchoring of undated articles, reviewers' edits re-applied. Articles
 * are read in chunks; only the per-article facts the step needs stay in memory.
 */
public final class Consolidation {
    /** Articles read from the store at a time. */
    private static final int READ_CHUNK = 1000;

    public record Result(int canonicalEvents, int stories, int duplicateGroups, int anchored) {}

    private Consolidation() {}

    static Result run(Repository repo) {
        NearDuplicates dups = new NearDuplicates();
        StoryClusterer clusterer = new StoryClusterer();
        Map<String, LocalDate> published = new HashMap<>();
        Map<String, DayOfWeek> statedWeekdays = new HashMap<>();
        // the clusterer and the duplicate index want a stable order: publication day (undated last), then id
        List<String> ids = repo.allArticleIds();
        for (int from = 0; from < ids.size(); from += READ_CHUNK) {
            for (Article a : repo.articles(ids.subList(from, Math.min(ids.size(), from + READ_CHUNK)))) {
                a.published().ifPresent(d -> published.put(a.id(), d));
            }
        }
        List<String> sortedIds = ids.stream()
                .sorted(java.util.Comparator.comparing((String id) -> published.getOrDefault(id, LocalDate.MAX))
                        .thenComparing(java.util.Comparator.naturalOrder()))
                .toList();
        for (int from = 0; from < sortedIds.size(); from += READ_CHUNK) {
            for (Article a : repo.articles(sortedIds.subList(from, Math.min(sortedIds.size(), from + READ_CHUNK)))) {
                dups.add(a.id(), a.text());
                List<Mention> mentions = repo.mentions(a.id());
                List<Event> events = repo.articleEvents(a.id());
                clusterer.add(StoryArticle.of(a, mentions, events));
                if (a.published().isEmpty() && !events.isEmpty()) {
                    DateAnchoring.statedWeekday(TextCore.analyze(a).times()).ifPresent(d -> statedWeekdays.put(a.id(), d));
                }
            }
        }
        List<Story> stories = clusterer.stories();
        Map<String, String> storyOf = new HashMap<>();
        for (Story s : stories) for (String doc : s.articleIds()) storyOf.put(doc, s.id());

        FusionContext ctx = new FusionContext(published, storyOf);
        List<Event> events = repo.allArticleEvents();
        List<CanonicalEvent> previous = repo.canonicalEvents(EventQuery.all());
        List<CanonicalEvent> fused = Fusion.apply(events, previous, ctx);
        int anchored = 0;
        if (!statedWeekdays.isEmpty() || events.stream().anyMatch(e -> e.datePrecision() == org.marsad.common.DatePrecision.UNKNOWN)) {
            List<Event> redated = DateAnchoring.apply(events, fused, statedWeekdays);
            for (int i = 0; i < events.size(); i++) if (!redated.get(i).equals(events.get(i))) anchored++;
            if (anchored > 0) fused = Fusion.apply(redated, fused, ctx);
        }
        List<CanonicalEvent> reviewed = new ArrayList<>(fused.size());
        for (CanonicalEvent c : fused) reviewed.add(Review.reapplyEdits(c, repo.audit(c.id())));
        repo.replaceCanonicalEvents(reviewed);

        Map<String, Story> byId = new LinkedHashMap<>();
        Map<String, List<String>> eventsByStory = new HashMap<>();
        for (CanonicalEvent c : reviewed) if (!c.storyId().isEmpty()) eventsByStory.computeIfAbsent(c.storyId(), k -> new ArrayList<>()).add(c.id());
        for (Story s : stories) byId.put(s.id(), summarized(repo, s, eventsByStory.getOrDefault(s.id(), List.of())));
        repo.replaceStories(byId);

        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (DuplicateGroup g : dups.groups()) groups.put(g.representative(), g.members());
        repo.replaceDuplicateGroups(groups);
        return new Result(reviewed.size(), stories.size(), groups.size(), anchored);
    }

    /** A story's summary reads its articles again; facts (numbers, dates, places) only for stories with events. */
    private static Story summarized(Repository repo, Story s, List<String> eventIds) {
        Story withEvents = new Story(s.id(), s.title(), s.start(), s.end(), s.articleIds(), eventIds, s.summary());
        if (s.articleIds().size() < 2 && eventIds.isEmpty()) return withEvents;
        List<StorySummarizer.Doc> docs = new ArrayList<>();
        for (Article a : repo.articles(s.articleIds())) {
            docs.add(eventIds.isEmpty() ? StorySummarizer.Doc.of(a.id(), a.text())
                    : StorySummarizer.Doc.of(TextCore.analyze(a), repo.mentions(a.id())));
        }
        return StorySummarizer.summarize(withEvents, docs);
    }
}
