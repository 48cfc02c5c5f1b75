package org.marsad.cli;

import java.util.concurrent.Callable;
import org.marsad.search.SearchIndex;
import org.marsad.store.Repository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = {"Rebuild the search index (<data>/index) from the store: every article and canonical event.",
                "Exit 0: rebuilt; 2: the index is in use by a running server (stop it first)."})
public final class ReindexCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        try (Repository repo = data.openRepository(); SearchIndex index = SearchIndex.open(data.config().dataDir())) {
            SearchIndex.rebuilt(index, repo);
            System.out.printf(java.util.Locale.ROOT, "marsad reindex: %d articles, %d events indexed in %.1f s -> %s%n",
                    index.count(SearchIndex.Kind.ARTICLE), index.count(SearchIndex.Kind.EVENT), (System.nanoTime() - t0) / 1e9,
                    data.config().dataDir().resolve(SearchIndex.INDEX_DIR));
            return Main.OK;
        } catch (RuntimeException e) {
            if (SearchIndexes.isLock(e)) {
                System.err.println("marsad reindex: the index is in use by another process (a running server?); stop it first");
                return Main.USAGE;
            }
            throw e;
        }
    }
}
