package org.marsad.entities.ner;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * A trained Arabic NER model over {@link ArabicFeatureGenerator}'s features: the linear-chain CRF
 * (shipped) or an OpenNLP name finder (kept to compare learners). Models are immutable; a
 * {@link Decoder} holds per-thread state.
 */
public sealed interface NerModel permits NerModel.Crf, NerModel.OpenNlp {

    /** A new decoder; not thread-safe, use one per thread. */
    Decoder decoder();

    /** Writes the model in the format {@link #read} recognises. */
    void write(OutputStream out) throws IOException;

    /** Tags one sentence. */
    interface Decoder {
        Tagged tag(String[] tokens);

        /** Tags the sentences of one text, in order (a model may use the other sentences as context). */
        default List<Tagged> tagDocument(List<String[]> sentences) {
            return sentences.stream().map(this::tag).toList();
        }
    }

    /** BIO tags of one sentence and the model's confidence in each token's tag. */
    record Tagged(List<String> tags, double[] probs) {}

    /** Reads a model written by {@link #write}: gzip = CRF, zip = OpenNLP. */
    static NerModel read(InputStream in) throws IOException {
        BufferedInputStream b = new BufferedInputStream(in);
        b.mark(2);
        int b0 = b.read(), b1 = b.read();
        b.reset();
        if (b0 == 0x1f && b1 == 0x8b) return Crf.read(new GZIPInputStream(b));
        if (b0 == 'P' && b1 == 'K') return new OpenNlp(new TokenNameFinderModel(b));
        throw new IOException("not an NER model (neither a gzip CRF nor an OpenNLP zip)");
    }

    /**
     * The CRF; features are ArabicFeatureGenerator's plus a bias attribute. With two stages the
     * second also sees {@link DocumentFeatures} computed from the first stage's tags of the text.
     */
    record Crf(List<LinearChainCrf> stages) implements NerModel {
        static final String BIAS = "bias";

        public Crf {
            stages = List.copyOf(stages);
            if (stages.isEmpty() || stages.size() > 2) throw new IllegalArgumentException("a CRF model has one or two stages");
        }

        /** Each token's attribute strings. */
        static List<List<String>> features(ArabicFeatureGenerator gen, String[] tokens) {
            return features(gen, tokens, false);
        }

        /** @param transitions also the transition attributes ({@link #transitionFeatures}) */
        static List<List<String>> features(ArabicFeatureGenerator gen, String[] tokens, boolean transitions) {
            List<List<String>> out = new ArrayList<>(tokens.length);
            for (int i = 0; i < tokens.length; i++) {
                List<String> f = new ArrayList<>(108);
                gen.createFeatures(f, tokens, i, null);
                f.add(BIAS);
                if (transitions) transitionFeatures(f, gen.analyse(tokens), i);
                out.add(f);
            }
            return out;
        }

        /**
         * Observations on the transition from token i−1 to token i ({@link LinearChainCrf#EDGE}): the two
         * folded words and their middle clusters. Whether a name goes on across a boundary depends on the
         * words at it (بن, أبو and عبد inside a person's name; a verb or preposition after one), which state
         * features see only one label at a time; the clusters carry this to words the labelled data lacks.
         */
        static void transitionFeatures(List<String> f, ArabicFeatureGenerator.Word[] s, int i) {
            if (i == 0) return;
            f.add(LinearChainCrf.EDGE + "w=" + s[i].fold());
            f.add(LinearChainCrf.EDGE + "pw=" + s[i - 1].fold());
            f.add(LinearChainCrf.EDGE + "c=" + s[i].c2());
            f.add(LinearChainCrf.EDGE + "pc=" + s[i - 1].c2());
        }

        static Tagged decode(LinearChainCrf crf, List<List<String>> features) {
            return decode(crf, features, true);
        }

        static Tagged decode(LinearChainCrf crf, List<List<String>> features, boolean withProbs) {
            int[][] x = new int[features.size()][];
            for (int i = 0; i < x.length; i++) x[i] = crf.attributes(features.get(i));
            LinearChainCrf.Decoded d = crf.decode(x, withProbs);
            String[] t = new String[x.length];
            for (int i = 0; i < t.length; i++) t[i] = crf.labels[d.labels()[i]];
            return new Tagged(List.of(t), d.probs());
        }

        /** Base features plus document features, token by token. */
        static List<List<String>> join(List<List<String>> base, List<List<String>> doc) {
            List<List<String>> out = new ArrayList<>(base.size());
            for (int i = 0; i < base.size(); i++) {
                List<String> f = new ArrayList<>(base.get(i).size() + doc.get(i).size());
                f.addAll(base.get(i));
                f.addAll(doc.get(i));
                out.add(f);
            }
            return out;
        }

        static List<String[]> keys(List<String[]> sentences, WordClusters clusters) {
            List<String[]> keys = new ArrayList<>(sentences.size());
            for (String[] s : sentences) {
                String[] k = new String[s.length];
                for (int i = 0; i < s.length; i++) k[i] = DocumentFeatures.key(s[i], clusters);
                keys.add(k);
            }
            return keys;
        }

        @Override
        public Decoder decoder() {
            ArabicFeatureGenerator gen = new ArabicFeatureGenerator(NerLexicon.shipped(), NerResources.clusters());
            boolean transitions = stages.stream().anyMatch(LinearChainCrf::hasTransitionAttributes);
            return new Decoder() {
                @Override
                public Tagged tag(String[] tokens) {
                    return tagDocument(List.<String[]>of(tokens)).getFirst();
                }

                @Override
                public List<Tagged> tagDocument(List<String[]> sentences) {
                    List<List<List<String>>> base = new ArrayList<>(sentences.size());
                    List<Tagged> first = new ArrayList<>(sentences.size());
                    for (String[] s : sentences) {
                        List<List<String>> f = features(gen, s, transitions);
                        base.add(f);
                        first.add(decode(stages.getFirst(), f, stages.size() == 1));
                    }
                    if (stages.size() == 1) return first;
                    var doc = DocumentFeatures.of(keys(sentences, NerResources.clusters()), first.stream().map(Tagged::tags).toList());
                    List<Tagged> second = new ArrayList<>(sentences.size());
                    for (int i = 0; i < sentences.size(); i++) second.add(decode(stages.get(1), join(base.get(i), doc.get(i))));
                    return second;
                }
            };
        }

        @Override
        public void write(OutputStream out) throws IOException {
            GZIPOutputStream z = new GZIPOutputStream(out);
            new java.io.DataOutputStream(z).writeInt(stages.size());
            for (LinearChainCrf c : stages) c.write(z);
            z.finish();
        }

        static Crf read(InputStream in) throws IOException {
            var data = new java.io.DataInputStream(in);
            int n = data.readInt();
            if (n < 1 || n > 2) throw new IOException("a CRF model has one or two stages, not " + n);
            List<LinearChainCrf> stages = new ArrayList<>();
            for (int i = 0; i < n; i++) stages.add(LinearChainCrf.read(data));
            return new Crf(stages);
        }
    }

    /** An OpenNLP name finder (averaged perceptron or maxent) trained with {@link ArabicNerFactory}. */
    record OpenNlp(TokenNameFinderModel model) implements NerModel {
        @Override
        public Decoder decoder() {
            NameFinderME finder = new NameFinderME(model);
            return tokens -> {
                opennlp.tools.util.Span[] spans = finder.find(tokens);
                String[] tags = new String[tokens.length];
                Arrays.fill(tags, "O");
                for (var s : spans) {
                    for (int i = s.getStart(); i < s.getEnd(); i++) tags[i] = (i == s.getStart() ? "B-" : "I-") + s.getType();
                }
                return new Tagged(List.of(tags), finder.probs());
            };
        }

        @Override
        public void write(OutputStream out) throws IOException {
            model.serialize(out);
        }
    }
}
