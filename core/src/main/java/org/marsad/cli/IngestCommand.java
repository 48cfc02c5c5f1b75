package org.marsad.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.ingest.IngestReport;
import org.marsad.pipeline.Pipeline;
import org.marsad.store.Repository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Store articles from files, folders, zips or http(s) URLs.",
                "Prints every rejected record and: read = accepted + duplicate + rejected.",
                "Exit 0: all records stored or duplicates; 1: some rejected; 2: usage or configuration error."})
public final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "folder (recursive), .txt .json .jsonl .html .rss .atom .xml .zip file, or http(s) URL")
    List<String> inputs;

    @Mixin
    DataOption data;

    @Override
    public Integer call() {
        try (Repository repo = Repository.open(data.config().dataDir())) {
            IngestReport r = new Pipeline(repo, data.config()).ingest(inputs, ConsoleProgress.create());
            Reports.print(r, System.out);
            System.out.println("store: " + repo.counts().articles() + " articles in " + data.config().dataDir());
            return Reports.exitCode(r);
        }
    }
}
