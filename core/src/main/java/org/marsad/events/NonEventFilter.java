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

    /** @param only the trigger types the cue applies to ("DROP:protest,riot"); empty: every type */
    private record Cue(String cls, String scope, Pattern pattern, String source, java.util.Set<EventType> only) {
        boolean appliesTo(Candidate c) {
            return only.isEmpty() || c.type().map(only::contains).orElse(false);
        }
    }

    private static final List<Cue> CUES = load();
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Nd}]+");
    private static final Pattern CLAUSE_PUNCT = Pattern.compile("[،,;؛:\"]");

    private NonEventFilter() {}

    private static List<Cue> load() {
        List<Cue> out = new ArrayList<>();
        for (String[] c : LexiconPattern.readTable("negative-cues.txt")) {
            if (c.length < 3) throw new IllegalStateException("negative-cues.txt: expected 3 columns: " + String.join(" | ", c));
            String[] cls = c[0].split(":", 2);
            java.util.Set<EventType> only = cls.length < 2 ? java.util.Set.of()
                    : java.util.Arrays.stream(cls[1].split(",")).map(EventType::parse).collect(java.util.stream.Collectors.toUnmodifiableSet());
            out.add(new Cue(cls[0], c[1], LexiconPattern.compile(c[2]), c[2], only));
        }
        return List.copyOf(out);
    }

    /** A judgement of the ACCUSED class: the act charged or confessed, kept only when it has its own time. */
    static boolean accused(Judgement j) {
        return j.verdict() == Verdict.DROP && j.reason().startsWith("ACCUSED ");
    }

    /** An ACCUSED cue (a charge, a confession, a trial) in the folded range [from, to). */
    static boolean accusedCue(String t, int from, int to) {
        return from < to && CUES.stream().anyMatch(q -> q.cls().equals("ACCUSED") && q.pattern().matcher(t).region(from, to).find());
    }

    static Judgement judge(Folded f, Candidate c) {
        String t = f.folded();
        Judgement refer = null;
        java.util.Map<String, int[]> ranges = new java.util.HashMap<>();
        for (String cls : List.of("ORG", "DROP", "GENERIC", "ACCUSED", "REFER")) {
            // an arrest is of suspects by definition: "القبض على أحد المتهمين بالتفجير" is the arrest itself (trials and
            // verdicts still drop it through their own cues)
            if (cls.equals("ACCUSED") && c.type().filter(x -> x == EventType.ARREST).isPresent()) continue;
            for (Cue cue : CUES) {
                if (!cue.cls().equals(cls) || !cue.appliesTo(c)) continue;
                int[] r = ranges.computeIfAbsent(cue.scope(), sc -> range(t, c, sc));
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
            case "after" -> new int[] {c.fTriggerEnd(), c.fSegEnd()};
            case "outcome" -> new int[] {c.fTriggerEnd(), wordsForward(t, c.fSegEnd(), 3, c.fSentenceEnd())};
            case "prev" -> new int[] {wordsBack(t, c.fTriggerStart(), 1, c.fSentenceStart()), c.fTriggerStart()};
            // a relative clause right after the trigger noun ("الاحتجاجات التي تشهدها المدن")
            case "next" -> new int[] {c.fTriggerEnd(), Math.min(wordsForward(t, c.fTriggerEnd(), 2, c.fSentenceEnd()), nextPunct(t, c.fTriggerEnd(), c.fSentenceEnd()))};
            case "near" -> {
                int from = Math.max(wordsBack(t, c.fTriggerStart(), 4, c.fSentenceStart()), lastPunct(t, c.fSentenceStart(), c.fTriggerStart()));
                from = Math.max(from, c.fResetStart());
                int to = Math.min(wordsForward(t, c.fTriggerEnd(), 2, c.fSentenceEnd()), nextPunct(t, c.fTriggerEnd(), c.fSentenceEnd()));
                yield new int[] {from, to};
            }
            default -> throw new IllegalStateException("negative-cues.txt: unknown scope " + scope);
        };
    }

    /** Start of the n-th word back from pos (not before floor); floor when fewer words. */
    static int wordsBack(String t, int pos, int n, int floor) {
        int i = Math.min(pos, t.length());
        int found = 0, start = floor;
        while (i > floor && found < n) {
            while (i > floor && !isWordChar(t.charAt(i - 1))) i--;
            if (i == floor) break;
            while (i > floor && isWordChar(t.charAt(i - 1))) i--;
            found++;
            start = i;
        }
        return found < n ? floor : start;
    }

    /** End of the n-th word forward from pos (not past ceil). */
    static int wordsForward(String t, int pos, int n, int ceil) {
        int i = pos, end = pos;
        int limit = Math.min(ceil, t.length());
        for (int k = 0; k < n; k++) {
            while (i < limit && !isWordChar(t.charAt(i))) i++;
            if (i >= limit) break;
            while (i < limit && isWordChar(t.charAt(i))) i++;
            end = i;
        }
        return end;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
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
