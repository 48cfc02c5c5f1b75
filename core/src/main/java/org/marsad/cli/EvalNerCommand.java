package org.marsad.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.marsad.entities.ner.NerModel;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.entities.ner.ArabicNer;
import org.marsad.entities.ner.ConllCorpus;
import org.marsad.entities.ner.ConllEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `marsad eval ner FILE`: tags a CoNLL file's tokens with the NER and scores exact-span entities. */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Score the NER on a CoNLL \"TOKEN TAG\" file (B-/I- PER|PERS, LOC, ORG, MISC): exact-span P/R/F1.")
public final class EvalNerCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "Gold file: one \"TOKEN TAG\" per line, blank line between sentences.")
    Path file;

    @Option(names = "--model", description = "Model file (default: the shipped model).")
    Path modelFile;

    @Option(names = "--dump", description = "Also write \"TOKEN GOLD GUESS\" lines to this file, for error analysis.")
    Path dump;

    @Override
    public Integer call() throws Exception {
        List<ConllCorpus.Sentence> gold = ConllCorpus.read(file);
        NerModel model = modelFile != null ? read(modelFile) : ArabicNer.shipped().model();
        // the file's sentences in order are one running text: the document stage sees the neighbours
        List<NerModel.Tagged> tagged = model.decoder().tagDocument(gold.stream().map(s -> s.tokens().toArray(String[]::new)).toList());
        ConllEval eval = new ConllEval();
        StringBuilder lines = new StringBuilder();
        for (int k = 0; k < gold.size(); k++) {
            ConllCorpus.Sentence s = gold.get(k);
            List<String> guess = tagged.get(k).tags();
            eval.add(s.tags(), guess);
            for (int i = 0; i < s.size(); i++) {
                lines.append(s.tokens().get(i)).append(' ').append(s.tags().get(i)).append(' ').append(guess.get(i)).append('\n');
            }
            lines.append('\n');
        }
        if (dump != null) Files.writeString(dump, lines, StandardCharsets.UTF_8);
        System.out.printf("%s: %d sentences, %d tokens%n", file, gold.size(), gold.stream().mapToInt(ConllCorpus.Sentence::size).sum());
        System.out.print(eval.report());
        return Main.OK;
    }

    private static NerModel read(Path file) throws java.io.IOException {
        try (var in = Files.newInputStream(file)) {
            return NerModel.read(in);
        }
    }
}
