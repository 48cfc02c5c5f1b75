package org.marsad.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.marsad.geo.Geocoder;
import org.marsad.ingest.Article;
import org.marsad.text.NormalizedText;
import org.marsad.text.TextAnalysis;

/**
 * The entity stage: (Article, TextAnalysis) -> actor and place mentions sorted by start. Pure; the
 * actor lexicon and the gazetteer are loaded once. A place inside an actor name ("حكومة إقليم
 * كردستان", "بعثة الأمم المتحدة في العراق") is part of that name and is dropped.
 * Person and organisation mentions come from the NER (package entities.ner), not from here.
 */
public final class EntityStage {
    private EntityStage() {}

    public static List<Mention> apply(Article article, TextAnalysis text) {
        return find(text.text());
    }

    /** Actors and places of one text. */
    public static List<Mention> find(NormalizedText nt) {
        List<ActorMention> actors = ActorLexicon.get().find(nt);
        List<Mention> out = new ArrayList<>(actors);
        for (PlaceMention p : Geocoder.get().find(nt)) {
            boolean inside = false;
            for (ActorMention a : actors) {
                if (a.span().contains(p.span())) { inside = true; break; }
            }
            if (!inside) out.add(p);
        }
        out.sort(Comparator.comparing(Mention::span));
        return List.copyOf(out);
    }
}
