package org.marsad.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds event trigger phrases (triggers.txt) in folded text; overlapping hits keep the longest. */
final class TriggerLexicon {
    private record Entry(Optional<EventType> type, double weight, boolean plural, boolean refines, boolean weak, boolean agent, Pattern pattern) {}

    private static final List<Entry> ENTRIES = load();
    private static final PhraseScanner SCANNER = new PhraseScanner(
            LexiconPattern.readTable("triggers.txt").stream().map(c -> Folded.fold(c[3])).toList(),
            ENTRIES.stream().map(Entry::pattern).toList());

    private TriggerLexicon() {}

    private static List<Entry> load() {
        List<Entry> out = new ArrayList<>();
        for (String[] c : LexiconPattern.readTable("triggers.txt")) {
            if (c.length < 4) throw new IllegalStateException("triggers.txt: expected 4 tab-separated columns: " + String.join(" | ", c));
            Optional<EventType> type = c[0].equals("ref") ? Optional.empty() : Optional.of(EventType.parse(c[0]));
            out.add(new Entry(type, Double.parseDouble(c[1]), c[2].contains("P"), c[2].contains("R"), c[2].contains("W"), c[2].contains("A"),
                    LexiconPattern.compile(c[3])));
        }
        return List.copyOf(out);
    }

    /** Trigger hits in the folded range [from, to), in text order, without overlaps. */
    static List<TriggerHit> find(Folded text, int from, int to) {
        List<TriggerHit> all = new ArrayList<>();
        for (PhraseScanner.Hit h : SCANNER.find(text.folded(), from, to)) {
            Entry e = ENTRIES.get(h.entry());
            Matcher m = e.pattern().matcher(text.folded());
            m.useTransparentBounds(true).useAnchoringBounds(false).region(h.start(), to);
            if (!m.lookingAt()) continue;
            String pro = m.group("pro") == null ? "" : m.group("pro");
            boolean definite = (pro.endsWith("ال") || pro.endsWith("لل")
                    || text.folded().startsWith("ال", h.start() + pro.length())) // an entry written with its article
                    // "ألقت القبض على": the article belongs to the idiom, not to a noun that refers back
                    && !text.folded().substring(h.start(), h.end()).contains("القبض");
            all.add(new TriggerHit(e.type(), e.weight(), text.toOriginal(h.start(), h.end()), h.start(), h.end(),
                    e.plural(), e.refines(), definite, e.weak(), e.agent()));
        }
        // longest first, then the stronger entry, then earlier: overlapping weaker hits are dropped
        all.sort(Comparator.comparingInt((TriggerHit h) -> -(h.fEnd() - h.fStart()))
                .thenComparing(h -> -h.weight()).thenComparingInt(TriggerHit::fStart));
        List<TriggerHit> kept = new ArrayList<>();
        // characters already taken by a kept hit: two hits overlap iff they share a character (linear, where
        // comparing every pair is quadratic in a run-on text of triggers)
        java.util.BitSet taken = new java.util.BitSet();
        for (TriggerHit h : all) {
            int next = taken.nextSetBit(h.fStart());
            if (next >= 0 && next < h.fEnd()) continue;
            kept.add(h);
            taken.set(h.fStart(), h.fEnd());
        }
        kept.sort(Comparator.comparingInt(TriggerHit::fStart));
        return kept;
    }
}
