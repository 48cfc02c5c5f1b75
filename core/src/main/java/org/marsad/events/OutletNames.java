package org.marsad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.common.Span;

/**
 * Outlet names in brackets after an attribution word ("نقل مراسل (بغداد اليوم)", "قال لـ(السومرية نيوز)"): their
 * words are a name, so the place and the "today" they contain are neither the event's place nor its day
 * (outlet-words.txt); so are those of an outlet opening the text before its dateline ("بغداد اليوم – النجف").
 */
final class OutletNames {
    private static final List<Pattern> CUES = LexiconPattern.readTable("outlet-words.txt").stream()
            .map(c -> LexiconPattern.compile(c[0])).toList();
    /** A bracketed name of at most four words. */
    private static final Pattern BRACKETED = Pattern.compile("[(«]([^()«»\\n]{1,40})[)»]");

    private OutletNames() {}

    /** An outlet opening the text before its dateline: "بغداد اليوم – النجف", "البصرة نيوز/ …". */
    private static final Pattern LEADING = Pattern.compile("^\\s*(\\S+ (?:اليوم|نيوز|برس|تايمز|الان))\\s*[–—\\-:/|]");

    /** Original spans of the bracketed outlet names of the text, and of an outlet name opening it. */
    static List<Span> spans(Folded f) {
        String t = f.folded();
        List<Span> out = new ArrayList<>();
        Matcher lead = LEADING.matcher(t);
        if (lead.find()) out.add(f.toOriginal(lead.start(1), lead.end(1)));
        Matcher m = BRACKETED.matcher(t);
        while (m.find()) {
            if (m.group(1).strip().split("\\s+").length > 4) continue;
            int open = m.start();
            int from = NonEventFilter.wordsBack(t, open, 1, Math.max(0, open - 20));
            if (from < open && EventSegmenter.anyMatch(CUES, t, from, open)) out.add(f.toOriginal(m.start(1), m.end(1)));
        }
        return out;
    }

    /** True when span lies inside one of the outlet names. */
    static boolean inside(List<Span> names, Span span) {
        return names.stream().anyMatch(n -> n.start() <= span.start() && span.end() <= n.end());
    }
}
