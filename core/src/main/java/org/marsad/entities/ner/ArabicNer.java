package org.marsad.entities.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.marsad.common.Span;
import org.marsad.text.Token;

/**
 * The Arabic named-entity tagger (PER, LOC, ORG, MISC) over the shipped OpenNLP model. Thread-safe:
 * the model is shared, each thread gets its own decoder (NameFinderME keeps per-call state).
 */
public final class ArabicNer {
    static final String MODEL_RESOURCE = "/org/marsad/entities/ner/ner-ar.bin";
    /** Longest stretch decoded at once; text without sentence punctuation is cut there. */
    static final int MAX_CHUNK = 120;

    private final TokenNameFinderModel model;
    private final ThreadLocal<NameFinderME> finder;

    public ArabicNer(TokenNameFinderModel model) {
        this.model = model;
        this.finder = ThreadLocal.withInitial(() -> new NameFinderME(model));
    }

    private static final class Shipped {
        static final ArabicNer INSTANCE = load();

        private static ArabicNer load() {
            try (InputStream in = ArabicNer.class.getResourceAsStream(MODEL_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("NER model " + MODEL_RESOURCE + " is missing: run ./marsad train ner");
                }
                return new ArabicNer(new TokenNameFinderModel(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read NER model " + MODEL_RESOURCE, e);
            }
        }
    }

    /** The shipped model, loaded on first use. */
    public static ArabicNer shipped() {
        return Shipped.INSTANCE;
    }

    public TokenNameFinderModel model() {
        return model;
    }

    /** Tags raw text, tokenised the way the training corpus is. */
    public List<NerSpan> tag(String text) {
        List<NerText.RawToken> toks = NerText.tokenize(text);
        List<Span> spans = new ArrayList<>(toks.size());
        List<String> surfaces = new ArrayList<>(toks.size());
        for (NerText.RawToken t : toks) {
            spans.add(t.span());
            surfaces.add(t.surface());
        }
        return tag(spans, surfaces);
    }

    /** Tags text-core tokens; spans of the result are original-text offsets. */
    public List<NerSpan> tag(List<Token> tokens) {
        List<Span> spans = new ArrayList<>(tokens.size());
        List<String> surfaces = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            spans.add(t.span());
            surfaces.add(t.surface());
        }
        return tag(spans, surfaces);
    }

    private List<NerSpan> tag(List<Span> spans, List<String> surfaces) {
        List<NerSpan> out = new ArrayList<>();
        NameFinderME f = finder.get();
        int start = 0;
        for (int i = 0; i < surfaces.size(); i++) {
            boolean end = i == surfaces.size() - 1 || i - start + 1 >= MAX_CHUNK || NerText.isSentenceEnd(surfaces.get(i));
            if (!end) continue;
            String[] sentence = surfaces.subList(start, i + 1).toArray(String[]::new);
            opennlp.tools.util.Span[] found = f.find(sentence);
            double[] probs = f.probs(found);
            for (int k = 0; k < found.length; k++) {
                var s = found[k];
                Span from = spans.get(start + s.getStart()), to = spans.get(start + s.getEnd() - 1);
                out.add(new NerSpan(new Span(from.start(), to.end()), s.getType(), probs[k]));
            }
            start = i + 1;
        }
        return out;
    }
}
