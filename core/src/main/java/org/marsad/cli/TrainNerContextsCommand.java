package org.marsad.cli;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.marsad.common.SharedData;
import org.marsad.entities.ner.WordContextBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `marsad train ner-contexts`: how often each word takes the definite article in SaudiNewsNet (an NER feature). */
@Command(name = "ner-contexts", mixinStandardHelpOptions = true,
        description = "Derive the NER's definite-article shares per word from unlabelled news text (SaudiNewsNet zips).")
public final class TrainNerContextsCommand implements Callable<Integer> {
    static final String DEFAULT_OUT = "core/src/main/resources/org/marsad/entities/ner/word-contexts.tsv";

    @Option(names = "--corpus", description = "Folder of SaudiNewsNet *.zip files (default: ../shared/corpus/saudinewsnet/dataset).")
    Path corpus;

    @Option(names = "--out", description = "Output file (default: " + DEFAULT_OUT + ").")
    Path out = Path.of(DEFAULT_OUT);

    @Override
    public Integer call() throws Exception {
        Path dir = corpus != null ? corpus : SharedData.resolve("corpus/saudinewsnet/dataset").orElseThrow(() ->
                new IllegalArgumentException("no corpus: give --corpus DIR or put SaudiNewsNet under ../shared/corpus/saudinewsnet/dataset"));
        var bands = WordContextBuilder.build(dir, System.err);
        if (out.getParent() != null) Files.createDirectories(out.getParent());
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            WordContextBuilder.write(bands, w, "SaudiNewsNet (Alhagri 2015, 31,030 Saudi news articles, CC BY-NC-SA 4.0)");
        }
        System.out.printf("wrote %,d words to %s%n", bands.size(), out);
        return Main.OK;
    }
}
