package org.marsad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a trigger reports a new event (negative-cues.txt): condemnations and condolences
 * only refer to an event (they may add evidence to one already found), denials, plans, calls,
 * threats, hypotheticals, anniversaries, generic or habitual mentions and names ("قيادة العمليات
 * المشتركة") are no event at all.
 */
final class NonEventFilter {
    enum Verdict { KEEP, REFER, DROP }

    record Judgement(Verdict verdict, String reason) {}

    private record Cue(String cls, String scope, Pattern pattern, String source) {}

    private static final List<Cue> CUES = load();
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Nd}]+");
    private static final Pattern CLAUSE_PUNCT = Pattern.compile("[،,;؛:\"]");

    private NonEventFilter() {}

    private static List<Cue> load() {
        List<Cue> out = new ArrayList<>();
        for (String[] c : LexiconPattern.readTable("negative-cues.txt")) {
            if (c.length < 3) throw new IllegalStateException("negative-cues.txt: expected 3 columns: " + String.join(" | ", c));
            out.add(new Cue(c[0], c[1], LexiconPattern.compile(c[2]), c[2]));
        }
        return List.copyOf(out);
    }

    static Judgement judge(Folded f, Candidate c) {
        String t = f.folded();
        Judgement refer = null;
        for (String cls : List.of("ORG", "DROP", "GENERIC", "REFER")) {
            for (Cue cue : CUES) {
                if (!cue.cls().equals(cls)) continue;
                int[] r = range(t, c, cue.scope());
                if (r[1] <= r[0]) continue;
                if (cue.pattern().matcher(t).region(r[0], r[1]).find()) {
                    if (cls.equals("REFER")) {
                        if (refer == null) refer = new Judgement(Verdict.REFER, "REFER " + cue.source());
                    } else {
                        return new Judgement(Verdict.DROP, cls + " " + cue.source());
                    }
                }
            }
        }
        return refer != null ? refer : new Judgement(Verdict.KEEP, "");
    }

    /** The folded range a cue of this scope is looked for in. */
    private static int[] range(String t, Candidate c, String scope) {
        return switch (scope) {
            case "before" -> new int[] {c.fResetStart(), c.fTriggerStart()};
            case "clause" -> new int[] {c.fClauseStart(), c.fTriggerStart()};
            case "prev" -> new int[] {wordsBack(t, c.fTriggerStart(), 1, c.fSentenceStart()), c.fTriggerStart()};
            case "near" -> {
                int from = Math.max(wordsBack(t, c.fTriggerStart(), 4, c.fSentenceStart()), lastPunct(t, c.fSentenceStart(), c.fTriggerStart()));
                from = Math.max(from, c.fResetStart());
                int to = Math.min(wordsForward(t, c.fTriggerEnd(), 2, c.fSentenceEnd()), nextPunct(t, c.fTriggerEnd(), c.fSentenceEnd()));
                yield new int[] {from, to};
            }
            default -> throw new IllegalStateException("negative-cues.txt: unknown scope " + scope);
        };
    }

    static int wordsBack(String t, int pos, int n, int floor) {
        List<Integer> starts = new ArrayList<>();
        Matcher m = WORD.matcher(t).region(floor, pos);
        while (m.find()) starts.add(m.start());
        return starts.size() <= n ? floor : starts.get(starts.size() - n);
    }

    static int wordsForward(String t, int pos, int n, int ceil) {
        Matcher m = WORD.matcher(t).region(pos, ceil);
        int end = pos;
        for (int i = 0; i < n && m.find(); i++) end = m.end();
        return end;
    }

    private static int lastPunct(String t, int floor, int pos) {
        Matcher m = CLAUSE_PUNCT.matcher(t).region(floor, pos);
        int last = floor;
        while (m.find()) last = m.end();
        return last;
    }

    private static int nextPunct(String t, int pos, int ceil) {
        Matcher m = CLAUSE_PUNCT.matcher(t).region(pos, ceil);
        return m.find() ? m.start() : ceil;
    }
}
