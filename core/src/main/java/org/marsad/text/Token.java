package org.marsad.text;

import org.marsad.common.Span;

/**
 * A word or symbol with its original span. {@code norm} is the matching-folded form of the whole
 * surface; {@code proclitics} (e.g. "و+ب+ال"), {@code base} (the word without clitics, folded) and
 * {@code suffix} (a pronoun suffix, folded) split it where the letters really are clitics.
 * Extraction reads {@code base}; it never sees stemmed text.
 */
public record Token(Span span, String surface, String norm, String proclitics, String base, String suffix) {
    public boolean isArabic() {
        for (int i = 0; i < norm.length(); i++) {
            char c = norm.charAt(i);
            if (c >= '\u0600' && c <= '\u06FF') return true;
        }
        return false;
    }
}
