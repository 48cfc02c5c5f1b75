package org.marsad.entities.ner;

/** Lazily loaded shared resources of the NER (immutable, safe to share between threads). */
final class NerResources {
    private NerResources() {}

    private static final class Clusters {
        static final WordClusters INSTANCE = WordClusters.shipped();
    }

    private static final class Articles {
        static final java.util.Map<String, WordContextBuilder.Bands> INSTANCE = WordContextBuilder.shipped();
    }

    /** Word → context bands ({@link WordContextBuilder}). */
    static java.util.Map<String, WordContextBuilder.Bands> contexts() {
        return Articles.INSTANCE;
    }

    static WordClusters clusters() {
        return Clusters.INSTANCE;
    }
}
