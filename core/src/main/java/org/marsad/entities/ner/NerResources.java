package org.marsad.entities.ner;

/** Lazily loaded shared resources of the NER (immutable, safe to share between threads). */
final class NerResources {
    private NerResources() {}

    private static final class Clusters {
        static final WordClusters INSTANCE = WordClusters.shipped();
    }

    private static final class Articles {
        static final java.util.Map<String, String> INSTANCE = ArticleRatioBuilder.shipped();
    }

    /** Word → definite-article band ({@link ArticleRatioBuilder}). */
    static java.util.Map<String, String> articles() {
        return Articles.INSTANCE;
    }

    static WordClusters clusters() {
        return Clusters.INSTANCE;
    }
}
