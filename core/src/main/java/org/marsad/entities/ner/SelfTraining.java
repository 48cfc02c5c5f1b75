package org.marsad.entities.ner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Self-training on unlabelled news (Yarowsky-style up-training): a model trained on the labelled
 * sentences tags SaudiNewsNet article bodies, and the sentences it tagged with high confidence
 * become extra training sentences. A fixed sample of articles and a fixed selection order make the
 * result reproducible; only the labelled data of the caller trains the tagger, so inside
 * cross-validation no test-fold label is used.
 */
public final class SelfTraining {
    private SelfTraining() {}

    /**
     * @param sentences     at most this many sentences selected (0 = no self-training)
     * @param every         take every n-th article (in sorted zip, entry and array order)
     * @param minTokenProb  every token's marginal of its chosen label at least this
     * @param minEntityProb the mean marginal over the entity tokens at least this
     * @param novel         keep only sentences with an entity word the labelled data lacks
     * @param weight        the loss weight of a selected sentence (a labelled one has 1)
     */
    public record Config(int sentences, int every, double minTokenProb, double minEntityProb, boolean novel, double weight) {
        public static final Config NONE = new Config(0, 1, 1, 1, false, 0);
        /** The shipped setting (docs/ner.md: chosen by 5-fold CV). */
        public static final Config DEFAULT = new Config(4000, 10, 0.9, 0.95, true, 0.5);

        public Config {
            if (sentences < 0 || every < 1 || weight < 0) throw new IllegalArgumentException("self-training: sentences >= 0, every >= 1, weight >= 0");
            if (minTokenProb < 0 || minTokenProb > 1 || minEntityProb < 0 || minEntityProb > 1) {
                throw new IllegalArgumentException("self-training: probabilities in 0..1");
            }
        }
    }

    /** Sentences shorter or longer than this are not selected (headlines, lists, run-on text). */
    static final int MIN_LENGTH = 6, MAX_LENGTH = 60;

    /** Articles of SaudiNewsNet (every n-th body), each cut into sentences as {@link ArabicNer} cuts a text. */
    static List<List<String[]>> articles(Path dir, int every, int max) {
        List<List<String[]>> out = new ArrayList<>();
        if (max <= 0) return out;
        int[] seen = {0};
        try {
            SaudiNewsNetArticles.forEach(dir, a -> {
                if (seen[0]++ % every == 0) out.add(sentences(a.path("content").asText("")));
                return out.size() < max;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static List<String[]> sentences(String text) {
        List<String> surfaces = NerText.tokenize(text).stream().map(NerText.RawToken::surface).toList();
        List<String[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < surfaces.size(); i++) {
            boolean end = i == surfaces.size() - 1 || i - start + 1 >= ArabicNer.MAX_CHUNK || NerText.isSentenceEnd(surfaces.get(i));
            if (!end) continue;
            out.add(surfaces.subList(start, i + 1).toArray(String[]::new));
            start = i + 1;
        }
        return out;
    }

    /**
     * The confidently tagged sentences with at least one PER, LOC or ORG, in article order.
     *
     * @param known folded words of the labelled data; with {@code c.novel()} a sentence is kept only if
     *              one of its entity words is not among them (it teaches a name the labelled data lacks)
     */
    static List<ConllCorpus.Sentence> select(NerModel.Decoder d, List<List<String[]>> articles, Config c, java.util.Set<String> known) {
        List<ConllCorpus.Sentence> out = new ArrayList<>();
        for (List<String[]> article : articles) {
            if (out.size() >= c.sentences()) break;
            List<NerModel.Tagged> tagged = d.tagDocument(article);
            for (int i = 0; i < article.size() && out.size() < c.sentences(); i++) {
                String[] toks = article.get(i);
                if (toks.length < MIN_LENGTH || toks.length > MAX_LENGTH) continue;
                NerModel.Tagged t = tagged.get(i);
                if (confident(t, c) && (!c.novel() || novel(toks, t, known))) out.add(new ConllCorpus.Sentence(List.of(toks), t.tags()));
            }
        }
        return out;
    }

    private static boolean novel(String[] toks, NerModel.Tagged t, java.util.Set<String> known) {
        for (int i = 0; i < toks.length; i++) {
            String tag = t.tags().get(i);
            if (!tag.equals("O") && ConllEval.CORE_TYPES.contains(tag.substring(2)) && !known.contains(NerText.fold(toks[i]))) return true;
        }
        return false;
    }

    private static boolean confident(NerModel.Tagged t, Config c) {
        boolean core = false;
        double sum = 0;
        int n = 0;
        for (int i = 0; i < t.tags().size(); i++) {
            if (t.probs()[i] < c.minTokenProb()) return false;
            String tag = t.tags().get(i);
            if (tag.equals("O")) continue;
            sum += t.probs()[i];
            n++;
            if (ConllEval.CORE_TYPES.contains(tag.substring(2))) core = true;
        }
        return core && sum / n >= c.minEntityProb();
    }
}
