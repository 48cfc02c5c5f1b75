package org.marsad.entities.ner;

/** Lazily loaded shared resources of the NER (immutable, safe to share between threads). */
final class NerResources {
    private NerResources() {}

    private static final class Clusters {
        static final WordClusters INSTANCE = WordClusters.shipped();
    }

    static WordClusters clusters() {
        return Clusters.INSTANCE;
    }
}
