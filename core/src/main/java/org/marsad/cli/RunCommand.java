package org.marsad.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.pipeline.Pipeline;
import org.marsad.pipeline.RunSummary;
import org.marsad.store.Repository;
import org.marsad.store.StoreCounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Ingest, then run every pipeline stage on the new articles (text, entities, events, fusion)",
                "and print a summary. Articles an interrupted run left unanalysed are analysed too.",
                "Exit 0: ok; 1: some records rejected; 2: usage or configuration error."})
public final class RunCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "as for ingest")
    List<String> inputs;

    @Mixin
    DataOption data;

    @Override
    public Integer call() {
        try (Repository repo = data.openRepository()) {
            RunSummary s = new Pipeline(repo, data.config()).run(inputs, ConsoleProgress.create());
            Reports.print(s.ingest(), System.out, false);
            Reports.printFailures(s, System.out);
            System.out.println(s.describe().lines().skip(1).findFirst().orElse(""));
            long t0 = System.nanoTime();
            SearchIndexes.sync(repo, data.config().dataDir(), s.ingest().acceptedIds());
            System.out.println(String.format(java.util.Locale.ROOT, "search index updated in %.1f s",
                    (System.nanoTime() - t0) / 1e9));
            StoreCounts c = repo.counts();
            System.out.println("store: " + c.articles() + " articles, " + c.articleEvents() + " article events, "
                    + c.canonicalEvents() + " canonical events in " + data.config().dataDir());
            return Reports.exitCode(s.ingest());
        }
    }
}
