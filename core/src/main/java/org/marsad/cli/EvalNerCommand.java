package org.marsad.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.marsad.entities.ner.ArabicNer;
import org.marsad.entities.ner.ConllCorpus;
import org.marsad.entities.ner.ConllEval;
import org.marsad.entities.ner.NerTrainer;
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

    @Override
    public Integer call() throws Exception {
        List<ConllCorpus.Sentence> gold = ConllCorpus.read(file);
        TokenNameFinderModel model = modelFile != null ? new TokenNameFinderModel(modelFile) : ArabicNer.shipped().model();
        ConllEval eval = NerTrainer.evaluate(model, gold);
        System.out.printf("%s: %d sentences, %d tokens%n", file, gold.size(), gold.stream().mapToInt(ConllCorpus.Sentence::size).sum());
        System.out.print(eval.report());
        return Main.OK;
    }
}
