package org.marsad.eval;

import java.util.ArrayList;
import java.util.List;
import org.marsad.entities.EntityStage;
import org.marsad.entities.Mention;
import org.marsad.events.Event;
import org.marsad.events.EventStage;
import org.marsad.fusion.CanonicalEvent;
import org.marsad.fusion.Fusion;
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

    public static Result run(GoldFile gold, List<Article> articles) {
        List<Event> perArticle = extract(articles);
        List<Event> fused = Fusion.apply(perArticle, List.of()).stream().map(CanonicalEvent::event).toList();
        return new Result(perArticle, fused, EventScores.of(EventMatcher.match(gold.events(), fused)));
    }

    /** Scores per-article events without fusion (each article's report of an incident counts on its own). */
    public static EventScores perArticle(GoldFile gold, List<Event> perArticle) {
        return EventScores.of(EventMatcher.match(gold.events(), perArticle));
    }
}
