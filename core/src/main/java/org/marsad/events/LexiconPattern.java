package org.marsad.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Compiles the word patterns of the events lexicon files (see the header of triggers.txt) into
 * regular expressions over folded text, and reads those files. Each word may carry Arabic proclitics
 * (conjunction و/ف, preposition ب/ل/ك, article ال, or لل) and a short pronoun / case / number suffix,
 * so one entry covers "هجوم", "الهجوم", "بهجوم", "هجوما", "وهجومه".
 */
final class LexiconPattern {
    private LexiconPattern() {}

    /** Proclitics; the named group tells whether the article ال was attached (a definite noun). */
    static final String PROCLITICS = "(?<pro>[وف]?(?:بال|كال|لل|ال|ب|ل|ك)?)";
    private static final String PROCLITICS_PLAIN = "(?:[وف]?(?:بال|كال|لل|ال|ب|ل|ك)?)";
    /** Short suffixes: accusative alef, pronouns, sound plurals and duals (no bare yeh: "قتلى" ≠ "قتل"). */
    static final String SUFFIX = "(?:ا|ه|ها|هم|هما|ات|ين|ون|ان|ته|تها|يه|وا)?";
    private static final String BEFORE = "(?<![\\p{L}\\p{Nd}])";
    private static final String AFTER = "(?![\\p{L}\\p{Nd}])";

    static Pattern compile(String entry) {
        String e = entry.strip();
        if (e.startsWith("re:")) return Pattern.compile(foldArabicOnly(e.substring(3)));
        List<String> words = splitTopLevel(Folded.fold(e));
        StringBuilder re = new StringBuilder(BEFORE);
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            boolean optional = w.endsWith("?") && w.startsWith("(") && w.length() > 1 && w.charAt(w.length() - 2) == ')';
            if (optional) w = w.substring(0, w.length() - 1);
            StringBuilder word = new StringBuilder();
            if (i > 0) word.append("\\s+");
            word.append(i == 0 ? PROCLITICS : PROCLITICS_PLAIN);
            if (w.endsWith("*")) {
                word.append(inner(w.substring(0, w.length() - 1))).append("\\p{L}*");
            } else if (w.endsWith("!")) {
                word.append(inner(w.substring(0, w.length() - 1)));
            } else {
                word.append(inner(w)).append(SUFFIX);
            }
            if (optional) re.append("(?:").append(word).append(")?");
            else re.append(word);
        }
        re.append(AFTER);
        return Pattern.compile(re.toString());
    }

    /** Folds the Arabic letters of a raw regular expression, leaving its ASCII syntax (\\S, \\s) alone. */
    private static String foldArabicOnly(String re) {
        StringBuilder b = new StringBuilder();
        for (char c : re.toCharArray()) {
            if (c < '\u0600') { b.append(c); continue; }
            char f = Folded.foldChar(c);
            if (f != 0) b.append(f);
        }
        return b.toString();
    }

    /** Spaces inside a group match any run of spaces; the rest passes through as regex. */
    private static String inner(String w) {
        return w.replace(" ", "\\s+");
    }

    private static List<String> splitTopLevel(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') depth++;
            if (c == ')') depth--;
            if (c == ' ' && depth == 0) {
                if (!cur.isEmpty()) out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (!cur.isEmpty()) out.add(cur.toString());
        return out;
    }

    /** The non-comment, non-blank lines of a resource next to this class, split on tabs. */
    static List<String[]> readTable(String resource) {
        try (InputStream in = LexiconPattern.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("events lexicon missing from the jar: " + resource);
            List<String[]> rows = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.stripLeading().startsWith("#")) continue;
                String[] cols = line.split("\t");
                for (int i = 0; i < cols.length; i++) cols[i] = cols[i].strip();
                rows.add(cols);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** A one-column list of patterns compiled into one alternation-free list. */
    static List<Pattern> readPatterns(String resource) {
        return readTable(resource).stream().map(cols -> compile(cols[0])).toList();
    }
}
