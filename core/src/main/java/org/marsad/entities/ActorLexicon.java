package org.marsad.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.marsad.text.NormalizedText;

/**
 * The actor lexicon (resource {@code actors.tsv}) and its matcher. Finds group names and membership
 * words on folded text and returns {@link ActorMention}s with spans in the original text.
 *
 * <p>Membership rule: a membership word directly followed by a group name, optionally through
 * "من" / "في" / "ضمن" ("عناصر داعش", "عنصر في البيشمركة", "جنود الجيش التركي"), becomes one
 * member mention of that group. A membership word with an implied side ("جندي", "مدني") that is not
 * followed by a group keeps its implied side; one without a side ("عنصر", "مقاتل") is dropped.
 */
public final class ActorLexicon {

    /** One lexicon group: canonical name ("" = side from the following noun), category, membership. */
    public record Entry(String canonical, String category, boolean member) {}

    private static final Set<String> LINKERS = Set.of("من", "في", "ضمن", "ل", "ب");
    private static final String UNIDENTIFIED = "Unidentified Armed Group";
    private static final int MAX_LINK_GAP = 6;

    private final PhraseMatcher<Entry> matcher;
    private final List<Entry> entries;

    private ActorLexicon(PhraseMatcher<Entry> matcher, List<Entry> entries) {
        this.matcher = matcher;
        this.entries = List.copyOf(entries);
    }

    private static final class Holder {
        static final ActorLexicon DEFAULT = load();
    }

    /** The shipped lexicon, loaded once. */
    public static ActorLexicon get() { return Holder.DEFAULT; }

    public static ActorLexicon load() { return parse(resourceLines("actors.tsv")); }

    /** The lines of a resource of this package. */
    private static List<String> resourceLines(String name) {
        try (InputStream in = ActorLexicon.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("resource org/marsad/entities/" + name + " missing");
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses lexicon lines; the first group listing a folded variant keeps it (first wins). */
    public static ActorLexicon parse(List<String> lines) {
        PhraseMatcher<Entry> m = new PhraseMatcher<>(true);
        Set<String> seen = new HashSet<>();
        Set<Entry> entries = new LinkedHashSet<>();
        int lineNo = 0;
        for (String line : lines) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            if (f.length != 4) {
                throw new IllegalArgumentException("actors.tsv line " + lineNo + ": expected 4 TAB-separated fields, got " + f.length);
            }
            Entry e = new Entry(f[0].strip(), f[1].strip(), "1".equals(f[2].strip()));
            entries.add(e);
            for (String v : f[3].split("\\|")) {
                String folded = PhraseMatcher.fold(v);
                if (!folded.isEmpty() && seen.add(folded)) m.add(folded, e);
            }
        }
        return new ActorLexicon(m, new ArrayList<>(entries));
    }

    public List<Entry> entries() { return entries; }

    /** Number of distinct folded variants. */
    public int variantCount() { return matcher.size(); }

    /** The canonical names the lexicon knows. */
    public Set<String> canonicalNames() {
        Set<String> s = new LinkedHashSet<>();
        for (Entry e : entries) if (!e.canonical().isEmpty()) s.add(e.canonical());
        return s;
    }

    /** The entry a single phrase stands for, if it is a lexicon variant. */
    public List<Entry> lookup(String phrase) { return matcher.lookup(PhraseMatcher.fold(phrase)); }

    public List<ActorMention> find(String text) { return find(NormalizedText.of(text)); }

    /** Actor mentions in text order, spans in the original text. */
    public List<ActorMention> find(NormalizedText nt) {
        String folded = nt.normalized();
        List<PhraseMatcher.Hit<Entry>> hits = matcher.findAll(folded);
        List<ActorMention> out = new ArrayList<>(hits.size());
        for (int i = 0; i < hits.size(); i++) {
            PhraseMatcher.Hit<Entry> h = hits.get(i);
            Entry e = h.values().get(0);
            int end = h.end();
            // "مسلحون من تنظيم داعش": gunmen of a named group are that group's members
            boolean gunmen = UNIDENTIFIED.equals(e.canonical()) && i + 1 < hits.size()
                    && "من".equals(folded.substring(h.end(), hits.get(i + 1).start()).strip());
            if ((e.member() || gunmen) && i + 1 < hits.size()) {
                PhraseMatcher.Hit<Entry> next = hits.get(i + 1);
                Entry g = next.values().get(0);
                if (!g.member() && !g.canonical().isEmpty() && linked(folded, h.end(), next.start())) {
                    e = new Entry(g.canonical(), g.category(), true);
                    end = next.end();
                    i++;
                }
            }
            if (e.canonical().isEmpty()) continue;
            // "الجيش المصري", "الشرطة التركية", "جنود سعوديين": a generic force word with a foreign nationality
            Optional<Foreign> foreign = IRAQI_GENERIC.contains(e.canonical()) ? nationalityAfter(folded, end) : Optional.empty();
            if (foreign.isPresent()) {
                Nationality n = foreign.get().nationality();
                String name = e.canonical().equals("Iraqi Police") ? "Police Forces of " + n.country()
                        : e.canonical().equals("Iraqi Army") || e.member() ? n.military()
                        : "Security Forces of " + n.country();                 // "قوات الأمن الأردنية"
                e = new Entry(name, "external_forces", e.member());
                end = foreign.get().end();
            }
            var span = nt.toOriginal(h.start(), end);
            out.add(new ActorMention(span, span.of(nt.original()), e.canonical(), e.category(), e.member()));
        }
        return out;
    }

    /** The Iraqi forces the lexicon's generic words ("الجيش", "الشرطة", "جندي", "قوات الأمن") stand for. */
    private static final Set<String> IRAQI_GENERIC = Set.of("Iraqi Army", "Iraqi Police", "Iraqi Security Forces (unspecified)");

    private record Nationality(String country, String military) {}

    /** A nationality adjective found after a force word, and where it ends. */
    private record Foreign(int end, Nationality nationality) {}

    /** Folded adjective (masculine singular, no article) -> nationality (nationalities.tsv). */
    private static final java.util.Map<String, Nationality> NATIONALITY_BY_ADJECTIVE = new java.util.HashMap<>();

    static {
        for (String line : resourceLines("nationalities.tsv")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\\t");
            String military = f.length > 2 && !f[2].isBlank() ? f[2].strip() : "Military Forces of " + f[1].strip();
            NATIONALITY_BY_ADJECTIVE.put(PhraseMatcher.fold(f[0].strip()), new Nationality(f[1].strip(), military));
        }
    }

    /**
     * A nationality adjective right after {@code from} (one space).
     * Takes the article and the feminine and plural endings: المصري، المصرية، مصريين، المصريون، السعوديين.
     */
    private static Optional<Foreign> nationalityAfter(String folded, int from) {
        int s = from;
        while (s < folded.length() && folded.charAt(s) == ' ') s++;
        if (s == from || s - from > 2) return Optional.empty();
        int e = s;
        while (e < folded.length() && PhraseMatcher.isWordChar(folded.charAt(e))) e++;
        String w = folded.substring(s, e);
        if (w.startsWith("ال")) w = w.substring(2);
        for (String ending : List.of("", "ه", "ين", "ون", "ان", "يين", "يون")) {
            if (!w.endsWith(ending) || w.length() - ending.length() < 3) continue;
            String stem = w.substring(0, w.length() - ending.length());
            if (ending.startsWith("ي") && !stem.endsWith("ي")) stem = stem + "ي"; // "مصريين" = مصري + ين; "مصريون"; "مصريان"
            Nationality n = NATIONALITY_BY_ADJECTIVE.get(stem);
            if (n != null) return Optional.of(new Foreign(e, n));
        }
        return Optional.empty();
    }

    /** True when only spaces or one linker word ("من", "في", "ضمن") separate a member word from a group. */
    private static boolean linked(String folded, int from, int to) {
        if (to < from || to - from > MAX_LINK_GAP) return false;
        String gap = folded.substring(from, to).strip();
        return gap.isEmpty() || LINKERS.contains(gap);
    }
}
