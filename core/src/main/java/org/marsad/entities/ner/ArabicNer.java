package org.marsad.entities.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.marsad.common.Span;
import org.marsad.text.Token;

/**
 * The Arabic named-entity tagger (PER, LOC, ORG, MISC) over the shipped CRF model. Thread-safe:
 * the model is shared, each thread gets its own decoder (the feature generator caches per sentence).
 * A text is cut into sentences (at . ! ? ؟ or every {@value #MAX_CHUNK} tokens) and tagged as one
 * document, so the CRF's second stage sees how the same word was tagged in nearby sentences.
 */
public final class ArabicNer {
    static final String MODEL_RESOURCE = "/org/marsad/entities/ner/ner-ar.crf.gz";
    /** Longest stretch decoded at once; text without sentence punctuation is cut there. */
    static final int MAX_CHUNK = 120;

    private final NerModel model;
    private final ThreadLocal<NerModel.Decoder> decoder;

    public ArabicNer(NerModel model) {
        this.model = model;
        this.decoder = ThreadLocal.withInitial(model::decoder);
    }

    private static final class Shipped {
        static final ArabicNer INSTANCE = load();

        private static ArabicNer load() {
            try (InputStream in = ArabicNer.class.getResourceAsStream(MODEL_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("NER model " + MODEL_RESOURCE + " is missing: run ./marsad train ner");
                }
                return new ArabicNer(NerModel.read(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read NER model " + MODEL_RESOURCE, e);
            }
        }
    }

    /** The shipped model, loaded on first use. */
    public static ArabicNer shipped() {
        return Shipped.INSTANCE;
    }

    public NerModel model() {
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
        List<String[]> sentences = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < surfaces.size(); i++) {
            boolean end = i == surfaces.size() - 1 || i - start + 1 >= MAX_CHUNK || NerText.isSentenceEnd(surfaces.get(i));
            if (!end) continue;
            sentences.add(surfaces.subList(start, i + 1).toArray(String[]::new));
            starts.add(start);
            start = i + 1;
        }
        List<NerModel.Tagged> tagged = decoder.get().tagDocument(sentences);
        List<NerSpan> out = new ArrayList<>();
        for (int k = 0; k < tagged.size(); k++) {
            NerModel.Tagged t = tagged.get(k);
            int base = starts.get(k);
            for (ConllEval.Chunk c : ConllEval.chunks(t.tags())) {
                double p = 0;
                for (int i = c.start(); i < c.end(); i++) p += t.probs()[i];
                Span from = spans.get(base + c.start()), to = spans.get(base + c.end() - 1);
                out.add(new NerSpan(new Span(from.start(), to.end()), c.type(), p / (c.end() - c.start())));
            }
        }
        return out;
    }
}
