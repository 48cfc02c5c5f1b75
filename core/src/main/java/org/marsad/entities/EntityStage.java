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
 * Person and organisation names come from the NER ({@link #withNames}); the batch pipeline leaves
 * them out because the NER costs about ten times the rest of this stage and no event field uses them.
 */
public final class EntityStage {
    private EntityStage() {}

    public static List<Mention> apply(Article article, TextAnalysis text) {
        return find(text.text());
    }

    /**
     * Actors and places plus the NER's persons and organisations that no actor or place mention
     * already covers (an organisation the actor lexicon knows keeps its canonical name).
     */
    public static List<Mention> withNames(Article article, TextAnalysis text) {
        List<Mention> base = apply(article, text);
        List<Mention> out = new ArrayList<>(base);
        String original = text.text().original();
        for (org.marsad.entities.ner.NerSpan n : org.marsad.entities.ner.ArabicNer.shipped().tag(text.tokens())) {
            if (!n.type().equals("PER") && !n.type().equals("ORG")) continue;
            boolean covered = false;
            for (Mention m : base) {
                if (m.span().overlaps(n.span())) { covered = true; break; }
            }
            if (covered) continue;
            String t = n.span().of(original);
            out.add(n.type().equals("PER") ? new PersonMention(n.span(), t) : new OrgMention(n.span(), t));
        }
        out.sort(Comparator.comparing(Mention::span));
        return List.copyOf(out);
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
