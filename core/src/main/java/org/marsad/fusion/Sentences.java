package org.marsad.fusion;

import java.util.ArrayList;
import java.util.List;
import org.marsad.common.Span;
import org.marsad.text.Sentence;

/**
 * Fallback sentence split for texts that come without the text core's sentences: a sentence ends at
 * . ! ? ؟ ۔ … or a line break (a period between digits, as in "3.5", does not end one). Spans are
 * into the original text, trimmed of surrounding white space.
 */
final class Sentences {
    private Sentences() {}

    static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            boolean end = i == n;
            if (!end) {
                char c = text.charAt(i);
                end = c == '\n' || c == '!' || c == '?' || c == '؟' || c == '۔' || c == '…'
                        || c == '.' && !(i > 0 && i + 1 < n && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1)));
            }
            if (!end) continue;
            int to = Math.min(n, i + 1);
            int s = start;
            int e = to;
            while (s < e && Character.isWhitespace(text.charAt(s))) s++;
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
            if (e > s) out.add(new Sentence(out.size(), new Span(s, e), text.substring(s, e)));
            start = to;
        }
        return out;
    }
}
