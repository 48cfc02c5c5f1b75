package org.marsad.entities;

import java.util.List;
import org.marsad.ingest.Article;
import org.marsad.text.TextAnalysis;

/** The entity stage: (Article, TextAnalysis) -> mentions sorted by start. CONTRACT ONLY until entities land. */
public final class EntityStage {
    private EntityStage() {}

    public static List<Mention> apply(Article article, TextAnalysis text) {
        return List.of();
    }
}
