package org.marsad.entities.ner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * The NER's token features (OpenNLP adds the previous-outcome features itself). For the current
 * word: folded form, raw form, clitic split (proclitics, stem, pronoun suffix), prefixes and
 * suffixes of length 1–3 of the fold and the stem, word shape, distributional clusters at three
 * levels, frequency band, gazetteer list tags, sentence position. For the neighbours at −2..+2:
 * fold, stem, coarse and fine cluster, shape, frequency band, list tags; plus word and cluster
 * bigrams around the current word; the word's contexts in unlabelled news ({@link WordContextBuilder}:
 * definite-article share, share after a title / place cue / organisation head / given name).
 * Not thread-safe: it caches the analysis and features of the current sentence, keyed by the
 * identity of the token array (OpenNLP passes one array per sentence and never mutates it); each
 * NameFinderME has its own instance.
 */
public final class ArabicFeatureGenerator implements AdaptiveFeatureGenerator {
    private final NerLexicon lexicon;
    private final WordClusters clusters;

    private String[] cachedTokens;
    private Word[] cached;
    /** Features of each token of the cached sentence: they never depend on previous outcomes, and
     *  the beam asks for each token once per hypothesis. */
    private String[][] featureCache;

    /** One token's analysis. */
    record Word(String raw, String fold, NerText.Clitics clitics, String shape, String c1, String c2, String c3,
                String sc3, String band, List<String> lists, String conjRest, String conjC2, WordContextBuilder.Bands ctx) {}

    private final java.util.Map<String, WordContextBuilder.Bands> contexts;

    public ArabicFeatureGenerator(NerLexicon lexicon, WordClusters clusters) {
        this(lexicon, clusters, NerResources.contexts());
    }

    /** @param contexts word → context bands in unlabelled news ({@link WordContextBuilder}) */
    public ArabicFeatureGenerator(NerLexicon lexicon, WordClusters clusters, java.util.Map<String, WordContextBuilder.Bands> contexts) {
        this.lexicon = lexicon;
        this.clusters = clusters;
        this.contexts = contexts;
    }

    Word[] analyse(String[] tokens) {
        if (tokens == cachedTokens) return cached;
        int n = tokens.length;
        String[] folds = new String[n];
        String[] stems = new String[n];
        NerText.Clitics[] cl = new NerText.Clitics[n];
        for (int i = 0; i < n; i++) {
            folds[i] = NerText.fold(tokens[i]);
            cl[i] = NerText.split(folds[i], clusters::contains);
            stems[i] = cl[i].stem();
        }
        List<List<String>> forms = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<String> f = new ArrayList<>(3);
            f.add(folds[i]);
            if (!stems[i].equals(folds[i])) f.add(stems[i]);
            String pro = cl[i].proclitics();
            if ((pro.endsWith("ال") || pro.endsWith("لل")) && !pro.equals("ال")) f.add("ال" + stems[i]);
            forms.add(f);
        }
        List<List<String>> lists = lexicon.tags(folds, forms);
        Word[] words = new Word[n];
        for (int i = 0; i < n; i++) {
            var ids = clusters.of(folds[i]);
            var stemIds = clusters.of(stems[i]);
            String c1 = ids.map(x -> "" + x.coarse()).orElse(stemIds.map(x -> "s" + x.coarse()).orElse("none"));
            String c2 = ids.map(x -> "" + x.middle()).orElse(stemIds.map(x -> "s" + x.middle()).orElse("none"));
            String c3 = ids.map(x -> "" + x.fine()).orElse(stemIds.map(x -> "s" + x.fine()).orElse("none"));
            String sc3 = stemIds.map(x -> "" + x.fine()).orElse("none");
            String band = ids.map(x -> "" + x.band()).orElse("rare");
            // و/ف left on a word the clitic split did not know (وعنان, وباتريك): the rest may be a name
            String rest = "", restC2 = "";
            if (folds[i].length() >= 4 && stems[i].equals(folds[i]) && (folds[i].charAt(0) == 'و' || folds[i].charAt(0) == 'ف')) {
                rest = folds[i].substring(1);
                restC2 = clusters.of(rest).map(x -> "" + x.middle()).orElse("none");
            }
            words[i] = new Word(tokens[i], folds[i], cl[i], NerText.shape(tokens[i]), c1, c2, c3, sc3, band, List.copyOf(lists.get(i)),
                    rest, restC2, contextBands(stems[i], rest));
        }
        cachedTokens = tokens;
        cached = words;
        featureCache = new String[n][];
        return words;
    }

    private WordContextBuilder.Bands contextBands(String stem, String conjRest) {
        WordContextBuilder.Bands b = contexts.get(stem);
        if (b == null && !conjRest.isEmpty()) b = contexts.get(conjRest);
        return b == null ? WordContextBuilder.Bands.UNKNOWN : b;
    }

    @Override
    public void createFeatures(List<String> out, String[] tokens, int index, String[] previousOutcomes) {
        Word[] s = analyse(tokens);
        String[] done = featureCache[index];
        if (done == null) {
            List<String> f = new ArrayList<>(80);
            features(f, s, index);
            done = f.toArray(String[]::new);
            featureCache[index] = done;
        }
        Collections.addAll(out, done);
    }

    private static void features(List<String> f, Word[] s, int index) {
        Word w = s[index];
        f.add("w=" + w.fold);
        if (!w.raw.equals(w.fold)) f.add("wr=" + w.raw);
        f.add("st=" + w.clitics.stem());
        f.add("pc=" + w.clitics.proclitics());
        if (!w.clitics.suffix().isEmpty()) f.add("sf=" + w.clitics.suffix());
        if (!w.conjRest.isEmpty()) {
            f.add("cr=" + w.conjRest);
            f.add("crc2=" + w.conjC2);
        }
        f.add("art=" + w.ctx.article());
        f.add("art[-1]=" + (index > 0 ? s[index - 1].ctx.article() : "BOS"));
        f.add("art[+1]=" + (index + 1 < s.length ? s[index + 1].ctx.article() : "EOS"));
        f.add("ttl=" + w.ctx.title());
        f.add("plc=" + w.ctx.place());
        f.add("orh=" + w.ctx.org());
        f.add("gvn=" + w.ctx.given());
        f.add("ttl[+1]=" + (index + 1 < s.length ? s[index + 1].ctx.title() : "EOS"));
        affixes(f, "", w.fold);
        if (!w.clitics.stem().equals(w.fold)) affixes(f, "s", w.clitics.stem());
        f.add("sh=" + w.shape);
        f.add("c1=" + w.c1);
        f.add("c2=" + w.c2);
        f.add("c3=" + w.c3);
        f.add("sc3=" + w.sc3);
        f.add("fb=" + w.band);
        for (String l : w.lists) f.add("g=" + l);
        if (w.lists.isEmpty()) f.add("g=none");
        if (index == 0) f.add("pos=first");
        if (index == s.length - 1) f.add("pos=last");
        for (int o = -2; o <= 2; o++) {
            if (o == 0) continue;
            int j = index + o;
            String k = "[" + o + "]";
            if (j < 0 || j >= s.length) {
                f.add("w" + k + "=" + (j < 0 ? "BOS" : "EOS"));
                continue;
            }
            Word v = s[j];
            f.add("w" + k + "=" + v.fold);
            f.add("st" + k + "=" + v.clitics.stem());
            f.add("c1" + k + "=" + v.c1);
            f.add("c3" + k + "=" + v.c3);
            f.add("sh" + k + "=" + v.shape);
            f.add("fb" + k + "=" + v.band);
            for (String l : v.lists) f.add("g" + k + "=" + l);
        }
        String prev = index > 0 ? s[index - 1].fold : "BOS";
        String next = index + 1 < s.length ? s[index + 1].fold : "EOS";
        f.add("w-1w0=" + prev + "|" + w.fold);
        f.add("w0w+1=" + w.fold + "|" + next);
        String prevC = index > 0 ? s[index - 1].c2 : "BOS";
        String nextC = index + 1 < s.length ? s[index + 1].c2 : "EOS";
        f.add("c-1c0=" + prevC + "|" + w.c2);
        f.add("c0c+1=" + w.c2 + "|" + nextC);
    }

    private static void affixes(List<String> f, String tag, String x) {
        for (int n = 1; n <= 3 && n < x.length(); n++) {
            f.add(tag + "pre" + n + "=" + x.substring(0, n));
            f.add(tag + "suf" + n + "=" + x.substring(x.length() - n));
        }
    }
}
