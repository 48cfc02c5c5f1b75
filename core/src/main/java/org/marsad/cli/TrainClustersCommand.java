package org.marsad.cli;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.marsad.common.SharedData;
import org.marsad.entities.ner.ClusterBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `marsad train clusters`: derives the NER's word clusters from unlabelled SaudiNewsNet text. */
@Command(name = "clusters", mixinStandardHelpOptions = true,
        description = "Derive word clusters for the NER from unlabelled news text (SaudiNewsNet zips).")
public final class TrainClustersCommand implements Callable<Integer> {
    static final String DEFAULT_OUT = "core/src/main/resources/org/marsad/entities/ner/word-clusters.tsv";

    @Option(names = "--corpus", description = "Folder of SaudiNewsNet *.zip files (default: ../shared/corpus/saudinewsnet/dataset).")
    Path corpus;

    @Option(names = "--out", description = "Output file (default: " + DEFAULT_OUT + ").")
    Path out = Path.of(DEFAULT_OUT);

    @Option(names = "--vocabulary", description = "Most frequent words to cluster (default: ${DEFAULT-VALUE}).")
    int vocabulary = ClusterBuilder.Config.defaults().vocabulary();

    @Option(names = "--fine", description = "Number of fine clusters (default: ${DEFAULT-VALUE}).")
    int fine = ClusterBuilder.Config.defaults().fine();

    @Override
    public Integer call() throws Exception {
        Path dir = corpus != null ? corpus : SharedData.resolve("corpus/saudinewsnet/dataset").orElseThrow(() ->
                new IllegalArgumentException("no corpus: give --corpus DIR or put SaudiNewsNet under ../shared/corpus/saudinewsnet/dataset"));
        ClusterBuilder.Config d = ClusterBuilder.Config.defaults();
        var cfg = new ClusterBuilder.Config(vocabulary, d.contexts(), d.dims(), fine, d.middle(), d.coarse(), d.iterations(), d.seed());
        var result = new ClusterBuilder(cfg, System.err).build(dir);
        if (out.getParent() != null) Files.createDirectories(out.getParent());
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            ClusterBuilder.write(result, w, "SaudiNewsNet (Alhagri 2015, 31,030 Saudi news articles, CC BY-NC-SA 4.0)");
        }
        System.out.printf("wrote %,d words to %s%n", result.clusters().size(), out);
        return Main.OK;
    }
}
