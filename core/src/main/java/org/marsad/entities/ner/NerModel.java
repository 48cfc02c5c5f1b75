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
    }

    /** BIO tags of one sentence and the model's confidence in each token's tag. */
    record Tagged(List<String> tags, double[] probs) {}

    /** Reads a model written by {@link #write}: gzip = CRF, zip = OpenNLP. */
    static NerModel read(InputStream in) throws IOException {
        BufferedInputStream b = new BufferedInputStream(in);
        b.mark(2);
        int b0 = b.read(), b1 = b.read();
        b.reset();
        if (b0 == 0x1f && b1 == 0x8b) return new Crf(LinearChainCrf.read(new GZIPInputStream(b)));
        if (b0 == 'P' && b1 == 'K') return new OpenNlp(new TokenNameFinderModel(b));
        throw new IOException("not an NER model (neither a gzip CRF nor an OpenNLP zip)");
    }

    /** The CRF; features are ArabicFeatureGenerator's plus a bias attribute. */
    record Crf(LinearChainCrf crf) implements NerModel {
        static final String BIAS = "bias";

        /** Each token's attribute strings. */
        static List<List<String>> features(ArabicFeatureGenerator gen, String[] tokens) {
            List<List<String>> out = new ArrayList<>(tokens.length);
            for (int i = 0; i < tokens.length; i++) {
                List<String> f = new ArrayList<>(96);
                gen.createFeatures(f, tokens, i, null);
                f.add(BIAS);
                out.add(f);
            }
            return out;
        }

        @Override
        public Decoder decoder() {
            ArabicFeatureGenerator gen = new ArabicFeatureGenerator(NerLexicon.shipped(), NerResources.clusters());
            return tokens -> {
                List<List<String>> f = features(gen, tokens);
                int[][] x = new int[tokens.length][];
                for (int i = 0; i < x.length; i++) x[i] = crf.attributes(f.get(i));
                LinearChainCrf.Decoded d = crf.decode(x);
                String[] names = crf.labels;
                String[] t = new String[x.length];
                for (int i = 0; i < t.length; i++) t[i] = names[d.labels()[i]];
                return new Tagged(List.of(t), d.probs());
            };
        }

        @Override
        public void write(OutputStream out) throws IOException {
            GZIPOutputStream z = new GZIPOutputStream(out);
            crf.write(z);
            z.finish();
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
