package org.marsad.cli;

import java.nio.file.Path;
import java.util.Collection;
import org.apache.lucene.store.LockObtainFailedException;
import org.marsad.search.SearchIndex;
import org.marsad.store.Repository;

/** Keeping the search index in <data>/index in step from the command line. */
final class SearchIndexes {
    private SearchIndexes() {}

    /**
     * After a run: index the new articles and the current events; a server holding the index is
     * reported, not fatal. When the index holds fewer articles than the store minus this run's (a run
     * killed between storing and indexing), every stored article is indexed again, so the index
     * catches up with the store.
     */
    static void sync(Repository repo, Path dataDir, Collection<String> articleIds) {
        try (SearchIndex index = SearchIndex.open(dataDir)) {
            java.util.List<String> stored = repo.allArticleIds();
            boolean behind = index.count(SearchIndex.Kind.ARTICLE) + articleIds.size() < stored.size();
            index.sync(repo, behind ? stored : articleIds);
        } catch (RuntimeException e) {
            if (isLock(e)) {
                System.err.println("marsad: the search index in " + dataDir.resolve(SearchIndex.INDEX_DIR)
                        + " is in use (a running server?); run `marsad reindex` after stopping it");
                return;
            }
            throw e;
        }
    }

    /** The index of a serving process: opened, and filled from the store when it is empty or asked to. */
    static SearchIndex openForServing(Repository repo, Path dataDir) {
        SearchIndex index = SearchIndex.open(dataDir);
        if (index.count(SearchIndex.Kind.ARTICLE) == 0 && !repo.allArticleIds().isEmpty()) {
            System.out.println("marsad: building the search index from the store …");
            SearchIndex.rebuilt(index, repo);
        }
        return index;
    }

    static boolean isLock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) if (t instanceof LockObtainFailedException) return true;
        return false;
    }
}
