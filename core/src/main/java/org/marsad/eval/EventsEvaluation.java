package org.marsad.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.entities.EntityStage;
import org.marsad.entities.Mention;
import org.marsad.events.Event;
import org.marsad.events.EventStage;
import org.marsad.fusion.CanonicalEvent;
import org.marsad.fusion.Fusion;
import org.marsad.fusion.FusionContext;
import org.marsad.fusion.Story;
import org.marsad.fusion.StoryArticle;
import org.marsad.fusion.StoryClusterer;
import org.marsad.ingest.Article;
import org.marsad.text.TextAnalysis;
import org.marsad.text.TextCore;

/** Runs the pipeline stages in memory (text → entities → events → fusion) and scores the result against a gold file. */
public final class EventsEvaluation {
    private EventsEvaluation() {}

    public record Result(List<Event> articleEvents, List<Event> events, EventScores scores) {}

    /** Per-article events of the articles, in article order. */
    public static List<Event> extract(List<Article> articles) {
        List<Event> out = new ArrayList<>();
        for (Article a : articles) {
            TextAnalysis t = TextCore.analyze(a);
            List<Mention> mentions = EntityStage.apply(a, t);
            out.addAll(EventStage.apply(a, t, mentions));
        }
        return out;
    }

    /**
     * Fuses with the context the pipeline gives fusion (org.marsad.pipeline.Consolidation): publication
     * days and stories, the articles fed in publication order.
     */
    public static Result run(GoldFile gold, List<Article> articles) {
        List<Event> perArticle = new ArrayList<>();
        Map<String, LocalDate> published = new HashMap<>();
        StoryClusterer stories = new StoryClusterer();
        List<Article> ordered = new ArrayList<>(articles);
        ordered.sort(Comparator.comparing((Article a) -> a.published().orElse(LocalDate.MAX)).thenComparing(Article::id));
        for (Article a : ordered) {
            TextAnalysis t = TextCore.analyze(a);
            List<Mention> mentions = EntityStage.apply(a, t);
            List<Event> events = EventStage.apply(a, t, mentions);
            perArticle.addAll(events);
            a.published().ifPresent(d -> published.put(a.id(), d));
            stories.add(StoryArticle.of(a, mentions, events));
        }
        Map<String, String> storyOf = new HashMap<>();
        for (Story s : stories.stories()) for (String doc : s.articleIds()) storyOf.put(doc, s.id());
        List<Event> fused = Fusion.apply(perArticle, List.of(), new FusionContext(published, storyOf))
                .stream().map(CanonicalEvent::event).toList();
        return new Result(perArticle, fused, EventScores.of(EventMatcher.match(gold.events(), fused)));
    }

    /** Scores per-article events without fusion (each article's report of an incident counts on its own). */
    public static EventScores perArticle(GoldFile gold, List<Event> perArticle) {
        return EventScores.of(EventMatcher.match(gold.events(), perArticle));
    }
}
