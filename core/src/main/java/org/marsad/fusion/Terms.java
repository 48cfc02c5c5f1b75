package org.marsad.fusion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Words for cross-article comparison, through Lucene's Arabic chain. {@link #words}: Unicode word
 * tokens, lower case, any script's digits to ASCII, then Lucene's Arabic normalisation (drop tashkeel
 * and tatweel, unify alef forms, ta marbuta to ha, alef maqsura to ya). {@link #stems}: Lucene's
 * {@link ArabicAnalyzer} — the same plus its Arabic stop words and light stemmer (prefixes ال/وال/بال…,
 * suffixes ها/ان/ات/ون/ين/ية…), so "الهجوم" and "هجوم" count as one term. Thread-safe.
 */
final class Terms {
    private static final Analyzer WORDS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream t = new LowerCaseFilter(source);
            t = new DecimalDigitFilter(t);
            t = new ArabicNormalizationFilter(t);
            return new TokenStreamComponents(source, t);
        }
    };
    private static final Analyzer STEMS = new ArabicAnalyzer();

    private Terms() {}

    /** Folded words in text order. */
    static List<String> words(String text) { return run(WORDS, text, 1); }

    /** Content terms: folded words minus stop words, light-stemmed; one-letter stems dropped. */
    static List<String> stems(String text) { return run(STEMS, text, 2); }

    private static List<String> run(Analyzer analyzer, String text, int minLength) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("t", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (term.length() >= minLength) out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader never fails
        }
        return out;
    }
}
