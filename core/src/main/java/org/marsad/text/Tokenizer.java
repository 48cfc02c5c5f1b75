package org.marsad.text;

import java.util.ArrayList;
import java.util.List;
import org.marsad.common.Span;

/**
 * Cuts normalised text into tokens with original offsets: runs of Arabic letters (then split into
 * clitics by {@link Clitics}), runs of Latin letters and digits, numbers (ASCII digits after folding,
 * with an inner "." or "," followed by a digit: 2.5, 1,200), and single punctuation marks.
 * An Arabic letter run and a digit run are separate tokens even when written together ("بـ3").
 */
public final class Tokenizer {
    private Tokenizer() {}

    public static List<Token> tokenize(NormalizedText t) {
        String n = t.normalized();
        String orig = t.original();
        int len = n.length();
        List<Token> out = new ArrayList<>(len / 5 + 4);
        int i = 0;
        while (i < len) {
            char c = n.charAt(i);
            int s = i;
            if (isArabicLetter(c)) {
                while (i < len && isArabicLetter(n.charAt(i))) i++;
                out.add(arabic(t, orig, n, s, i));
                continue;
            }
            if (isDigit(c)) {
                i++;
                while (i < len) {
                    char d = n.charAt(i);
                    if (isDigit(d)) i++;
                    else if ((d == '.' || d == ',') && i + 1 < len && isDigit(n.charAt(i + 1))) i += 2;
                    else break;
                }
            } else if (Character.isLetter(c)) {
                while (i < len && (Character.isLetterOrDigit(n.charAt(i)) && !isArabicLetter(n.charAt(i)))) i++;
            } else if (Character.isWhitespace(c)) {
                i++;
                continue;
            } else if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(n.charAt(i + 1))) {
                i += 2;
            } else {
                i++;
            }
            Span sp = t.toOriginal(s, i);
            String norm = n.substring(s, i);
            out.add(new Token(sp, orig.substring(sp.start(), sp.end()), norm, "", norm, ""));
        }
        return out;
    }

    private static Token arabic(NormalizedText t, String orig, String n, int s, int e) {
        Span sp = t.toOriginal(s, e);
        String surface = orig.substring(sp.start(), sp.end());
        String norm = sp.length() == e - s && n.regionMatches(s, surface, 0, e - s) ? surface : n.substring(s, e);
        String letters;
        if (surface.length() == norm.length()) {
            letters = surface; // nothing removed: the original letters align with the fold
        } else {
            StringBuilder b = new StringBuilder(norm.length());
            for (int k = s; k < e; k++) b.append(orig.charAt(t.originalOffset(k)));
            letters = b.toString();
        }
        Clitics.Split split = Clitics.split(norm, letters);
        return new Token(sp, surface, norm, split.proclitics(), split.base(), split.suffix());
    }

    static boolean isDigit(char c) { return c >= '0' && c <= '9'; }

    /** Arabic letters after folding (hamza..yeh and the extended letters), not tatweel or marks. */
    static boolean isArabicLetter(char c) {
        return (c >= '\u0621' && c <= '\u064A' && c != '\u0640')
                || (c >= '\u066E' && c <= '\u06D3' && Character.isLetter(c))
                || (c >= '\u0750' && c <= '\u077F') || (c >= '\u08A0' && c <= '\u08C9' && Character.isLetter(c));
    }
}
