package org.marsad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.marsad.common.Json;
import org.marsad.eval.EventsEvaluation;
import org.marsad.eval.GoldCorpus;
import org.marsad.eval.GoldFile;
import org.marsad.ingest.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `marsad eval events GOLD.json [--corpus PATH] [--json]`: event-level P/R/F1 and field accuracy. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Runs text -> entities -> events -> fusion in memory on the gold's documents and prints",
                "event-level precision/recall/F1 and, over matched pairs, the accuracy of type, date, admin1,",
                "admin2, killed, wounded, civilians killed and actors (matching rule: docs/events.md)."})
public final class EvalEventsCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "GOLD.json", description = "gold event file (../shared/eval/GOLD-FORMAT.md)")
    Path gold;

    @Option(names = "--corpus", paramLabel = "PATH",
            description = "folder or .jsonl with the gold's documents (default: ../../corpus/<set>/ beside the gold, or the gold's folder)")
    Path corpus;

    @Option(names = "--json", description = "print the scores as JSON, with unmatched gold and spurious events and their evidence")
    boolean json;

    @Option(names = "--per-article", description = "score the per-article events without cross-source fusion")
    boolean perArticle;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(gold)) throw new IllegalArgumentException("gold file not found: " + gold);
        GoldFile g = GoldFile.read(gold);
        List<Article> articles = GoldCorpus.articles(g, gold, Optional.ofNullable(corpus));
        EventsEvaluation.Result r = EventsEvaluation.run(g, articles);
        var scores = perArticle ? EventsEvaluation.perArticle(g, r.articleEvents()) : r.scores();
        if (json) {
            var o = scores.toJson();
            o.put("gold", gold.toString()).put("documents", articles.size())
                    .put("article_events", r.articleEvents().size()).put("events", r.events().size());
            System.out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(o));
        } else {
            System.out.printf("gold %s: %d documents, %d gold events (%d optional); %d article events -> %d events%n",
                    gold, articles.size(), g.events().size(), g.events().stream().filter(GoldFile.GoldEvent::optional).count(),
                    r.articleEvents().size(), r.events().size());
            System.out.print(scores.toText());
        }
        return Main.OK;
    }
}
