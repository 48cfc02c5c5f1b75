package org.marsad.text;

import java.util.List;

/** Everything the text core reads from one article; all offsets are into {@code text.original()}. */
public record TextAnalysis(String docId, NormalizedText text, List<Sentence> sentences, List<Token> tokens,
                           List<Quantity> quantities, List<TimeExpr> times) {
    public TextAnalysis {
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
        quantities = List.copyOf(quantities);
        times = List.copyOf(times);
    }
}
