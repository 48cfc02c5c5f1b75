package org.marsad.text;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.marsad.common.DatePrecision;
import org.marsad.ingest.Article;

/** The text stage: Article -> TextAnalysis. Pure and thread-safe. */
public final class TextCore {
    private TextCore() {}

    public static TextAnalysis analyze(Article a) {
        return analyze(a.id(), a.text(), a.published(), a.publishedPrecision());
    }

    public static TextAnalysis analyze(String docId, String text, Optional<LocalDate> published, DatePrecision precision) {
        NormalizedText nt = NormalizedText.of(text);
        return analyze(docId, nt, Tokenizer.tokenize(nt), SentenceSplitter.split(nt), published, precision);
    }

    /**
     * The numbers-and-dates layer over a text already normalised, tokenised and split (the bench times
     * the layers apart).
     */
    public static TextAnalysis analyze(String docId, NormalizedText nt, List<Token> tokens, List<Sentence> sentences,
                                       Optional<LocalDate> published, DatePrecision precision) {
        published = published == null ? Optional.empty() : published;
        precision = precision == null ? DatePrecision.UNKNOWN : precision;
        boolean[] blocked = new boolean[tokens.size()];
        List<TimeExpr> times = TimeScanner.scan(nt.original(), tokens, published, precision, blocked);
        List<Quantity> quantities = QuantityScanner.scan(nt.original(), tokens, blocked);
        return new TextAnalysis(docId, nt, sentences, tokens, quantities, times);
    }
}
