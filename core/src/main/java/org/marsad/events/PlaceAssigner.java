package org.marsad.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.common.Span;
import org.marsad.entities.PlaceCue;
import org.marsad.entities.PlaceMention;
import org.marsad.geo.Place;

/**
 * The event's place: the most precise place named in the trigger's scope whose cue is NONE — a
 * dateline, the speaker's or a statement's place, a point of origin or a descriptive container is
 * never the event's place, and neither are places after "بين" ("المتنازع عليها بين بغداد وأربيل").
 * A village beats a town, a town a district, a district a governorate; among equals the one nearest
 * after the trigger. When the gazetteer does not know the village ("قرية X"), the written name is
 * kept with the governorate named in the sentence, if any. Compatibility decides article-internal
 * coreference: the same place, one containing the other, or two sites of one district.
 */
final class PlaceAssigner {
    private static final List<Pattern> HEAD = new ArrayList<>();
    private static final List<Pattern> STOP = new ArrayList<>();
    private static final List<Pattern> DESCRIPTIVE = new ArrayList<>();
    private static final List<Pattern> NEAR = new ArrayList<>();
    private static final List<Pattern> NOT_NAME = new ArrayList<>();
    private static final List<Pattern> DIRECTION = new ArrayList<>();
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Nd}]+");

    static {
        for (String[] c : LexiconPattern.readTable("place-words.txt")) {
            Pattern p = LexiconPattern.compile(c[1]);
            switch (c[0]) {
                case "HEAD" -> HEAD.add(p);
                case "STOP" -> STOP.add(p);
                case "DESCRIPTIVE" -> DESCRIPTIVE.add(p);
                case "NEAR" -> NEAR.add(p);
                case "NOTNAME" -> NOT_NAME.add(p);
                case "DIRECTION" -> DIRECTION.add(p);
                default -> throw new IllegalStateException("place-words.txt: unknown class " + c[0]);
            }
        }
    }

    private PlaceAssigner() {}

    /** Places that may be an event's place, in text order. */
    static List<PlaceMention> eventPlaces(Folded f, List<PlaceMention> places) {
        return withContainers(f, eventPlacesAsNamed(f, places));
    }

    /**
     * A place followed closely by the district or governorate that contains it ("قرية الحسينية التابعة
     * لقضاء الكحلاء", "ناحية الرشاد في كركوك") is read inside that container: an ambiguous name takes
     * the alternative the container holds, and a name the container does not hold keeps its written
     * form with the container as its place.
     */
    static List<PlaceMention> withContainers(Folded f, List<PlaceMention> places) {
        List<PlaceMention> out = new ArrayList<>(places);
        for (int i = 0; i + 1 < out.size(); i++) {
            PlaceMention p = out.get(i), q = out.get(i + 1);
            int gapFrom = f.toFolded(p.span().end()), gapTo = f.toFolded(q.span().start());
            if (gapTo < gapFrom || gapTo - gapFrom > 30 || f.folded().substring(gapFrom, gapTo).matches(".*[.!?؟\\n،,].*")) continue;
            if (featureRank(q.place()) < 3 || featureRank(q.place()) <= featureRank(p.place())) continue;
            if (!q.place().inIraq() || contains(q.place(), p.place()) || !isArea(q.place())) continue;
            Optional<Place> alt = p.alternatives().stream().filter(a -> contains(q.place(), a)).findFirst();
            out.set(i, new PlaceMention(p.span(), p.text(), alt.orElse(q.place()), List.of(), p.cue()));
        }
        return out;
    }

    private static boolean isArea(Place p) {
        String type = p.featureType().toLowerCase(Locale.ROOT);
        return isGovernorate(p) || type.equals("district") || type.equals("subdistrict");
    }

    private static List<PlaceMention> eventPlacesAsNamed(Folded f, List<PlaceMention> places) {
        List<PlaceMention> out = new ArrayList<>();
        boolean prevDescriptive = false;
        int prevEnd = -1;
        for (PlaceMention p : places.stream().sorted(Comparator.comparing(PlaceMention::span)).toList()) {
            int s = f.toFolded(p.span().start());
            int back = NonEventFilter.wordsBack(f.folded(), s, 2, 0);
            boolean descriptive = EventSegmenter.anyMatch(DESCRIPTIVE, f.folded(), back, s)
                    || prevDescriptive && prevEnd >= 0 && f.folded().substring(prevEnd, s).strip().matches("[و–—-]?\\s*و?");
            prevDescriptive = descriptive;
            prevEnd = f.toFolded(p.span().end());
            if (p.cue() != PlaceCue.NONE || descriptive) continue;
            // a country or a region ("شمال العراق", "إقليم كردستان") is no event place: ACLED needs a finer one
            if (featureRank(p.place()) >= 5 && !isGovernorate(p.place())) continue;
            out.add(p);
        }
        return out;
    }

    static PlaceChoice inScope(Folded f, Candidate c, List<PlaceMention> eventPlaces) {
        List<PlaceMention> places = eventPlaces;
        Optional<PlaceMention> best = best(f, c, eventPlaces, c.fSegStart(), c.fSegEnd());
        if (best.isPresent()) {
            PlaceMention p = best.get();
            int s = f.toFolded(p.span().start());
            // a compass reference ("جنوب شرقي سامراء") names an area too, which may reach the neighbouring district
            boolean near = EventSegmenter.anyMatch(NEAR, f.folded(), NonEventFilter.wordsBack(f.folded(), s, 3, c.fSentenceStart()), s)
                    || referencePoint(f, p, c.fSentenceStart());
            // "في منطقة الرشاد في كركوك", "ناحية المقدادية … هجوماً على قرية الرشاد": a settlement the gazetteer does
            // not know, named after the trigger, is the event's; the known place is its container
            Optional<Span> written = unresolvedName(f, c.fTriggerEnd(), c.fSegEnd())
                    .filter(w -> places.stream().noneMatch(q -> q.span().overlaps(w)));
            if (written.isPresent() && featureRank(p.place()) >= 1) {
                return new PlaceChoice(Optional.of(p.place()), written.get().of(f.original()), 2, false);
            }
            return new PlaceChoice(Optional.of(p.place()), p.text(), 2, near);
        }
        Optional<Span> unresolved = unresolvedName(f, c.fSegStart(), c.fSegEnd());
        if (unresolved.isPresent()) {
            Optional<Place> governorate = eventPlaces.stream()
                    .filter(p -> within(f, p, c.fSentenceStart(), c.fSentenceEnd()))
                    .map(PlaceMention::place).filter(PlaceAssigner::isGovernorate).findFirst();
            return new PlaceChoice(governorate, unresolved.get().of(f.original()), 2);
        }
        return PlaceChoice.NONE;
    }

    /** A place in the trigger's sentence up to the end of its proposition: places after "فيما" belong to the next one. */
    static PlaceChoice inSentence(Folded f, Candidate c, List<PlaceMention> eventPlaces) {
        return best(f, c, eventPlaces, c.fSentenceStart(), Math.max(EventSegmenter.propositionEnd(f, c), c.fTriggerEnd()))
                .map(p -> new PlaceChoice(Optional.of(p.place()), p.text(), 1)).orElse(PlaceChoice.NONE);
    }

    private static Optional<PlaceMention> best(Folded f, Candidate c, List<PlaceMention> places, int from, int to) {
        // a place named only as a reference point ("ناحية الرشاد جنوب كركوك") yields to the place it locates
        return places.stream().filter(p -> within(f, p, from, to))
                .min(Comparator.comparing((PlaceMention p) -> referencePoint(f, p, c.fSentenceStart()))
                        .thenComparingInt((PlaceMention p) -> p.place().geoPrecision())
                        .thenComparingInt(p -> featureRank(p.place()))
                        .thenComparingInt(p -> distance(f, p, c)));
    }

    private static boolean referencePoint(Folded f, PlaceMention p, int floor) {
        int s = f.toFolded(p.span().start());
        int back = NonEventFilter.wordsBack(f.folded(), s, 2, floor);
        // only a compass word locates a place named just before it; "قرب X" alone names the area (the near flag)
        return EventSegmenter.anyMatch(DIRECTION, f.folded(), back, s);
    }

    /** A place precise enough to make a plural trigger specific ("هجمات أخرى … في منطقة الرشاد"). */
    static boolean specific(Place p) {
        return p.geoPrecision() <= 2 && featureRank(p) < 5;
    }

    static boolean within(Folded f, PlaceMention p, int from, int to) {
        int s = f.toFolded(p.span().start());
        return s >= from && s < to;
    }

    private static int distance(Folded f, PlaceMention p, Candidate c) {
        int s = f.toFolded(p.span().start());
        return s >= c.fTriggerEnd() ? s - c.fTriggerEnd() : 10_000 + c.fTriggerStart() - s;
    }

    /** Smaller is more precise: sites and villages first, country last. */
    static int featureRank(Place p) {
        return switch (p.featureType().toLowerCase(Locale.ROOT)) {
            case "village", "hamlet", "neighbourhood", "neighborhood", "oilfield", "dam", "base", "checkpoint",
                 "camp", "airport", "site", "bridge", "border_crossing" -> 0;
            case "town" -> 1;
            case "city" -> 2;
            case "subdistrict" -> 3;
            case "district" -> 4;
            case "mountain", "region", "area", "lake", "river", "valley" -> 5;
            case "governorate" -> 6;
            case "country" -> 7;
            default -> 3;
        };
    }

    static boolean isGovernorate(Place p) {
        return p.featureType().equalsIgnoreCase("governorate")
                || p.inIraq() && p.admin2Pcode().isEmpty() && !p.admin1Pcode().isEmpty() && p.geoPrecision() >= 3;
    }

    /** The written name after a settlement noun ("قرية عمربلي", "حقل باي حسن النفطي"), if any. */
    static Optional<Span> unresolvedName(Folded f, int from, int to) {
        if (to <= from) return Optional.empty();
        String t = f.folded();
        if (from < 0 || from >= to || to > t.length()) return Optional.empty();
        for (Pattern head : HEAD) {
            Matcher m = head.matcher(t).region(from, to);
            if (!m.find()) continue;
            // "المنطقة", "القرية": a definite head noun refers back to a place already named, it introduces no name
            if (definiteHead(t.substring(m.start(), m.end()))) continue;
            Matcher w = WORD.matcher(t).region(m.end(), to);
            int nameStart = -1, nameEnd = -1;
            for (int i = 0; i < 4 && w.find(); i++) {
                String word = t.substring(w.start(), w.end());
                if (w.start() > m.end() && !t.substring(nameEnd < 0 ? m.end() : nameEnd, w.start()).isBlank()) break;
                // a conjunction-led word ("ولا", "وقال") starts a new phrase
                if (isStop(word) || word.chars().allMatch(Character::isDigit) || word.startsWith("و") && nameStart >= 0) break;
                // not a name: a verb after a conjunction ("وتمكنت"), an adjective ("المحيطة", "ذاتها"), an
                // administrative noun ("لقضاء"), a generic noun ("المدينة") or an adverbial ("بحثاً")
                if (nameStart < 0 && notName(word)) break;
                if (nameStart < 0) nameStart = w.start();
                nameEnd = w.end();
            }
            if (nameStart >= 0) return Optional.of(f.toOriginal(nameStart, nameEnd));
        }
        return Optional.empty();
    }

    private static boolean definiteHead(String head) {
        return head.matches("(و|ف|ب|ل|ك)?(ال|ل)\\S*") && !head.matches("(و|ف|ب|ك)?ل?(منطقه|منطقتي)\\S*");
    }

    private static boolean notName(String word) {
        for (Pattern p : NOT_NAME) if (p.matcher(word).matches()) return true;
        return false;
    }

    private static boolean isStop(String word) {
        for (Pattern p : STOP) if (p.matcher(word).matches()) return true;
        return false;
    }

    /** Two place choices may be where one incident happened; a "near X" place only fixes the governorate. */
    static boolean compatible(PlaceChoice a, PlaceChoice b) {
        if ((a.near() || b.near()) && a.place().isPresent() && b.place().isPresent()) {
            Place x = a.place().get(), y = b.place().get();
            return x.admin1Pcode().equals(y.admin1Pcode()) || x.altAdmin1Pcodes().contains(y.admin1Pcode())
                    || y.altAdmin1Pcodes().contains(x.admin1Pcode());
        }
        return compatible(a.place(), b.place());
    }

    /** Two places may be where one incident happened. */
    static boolean compatible(Optional<Place> a, Optional<Place> b) {
        if (a.isEmpty() || b.isEmpty()) return true;
        Place x = a.get(), y = b.get();
        if (!x.gazetteerId().isEmpty() && x.gazetteerId().equals(y.gazetteerId())) return true;
        if (contains(x, y) || contains(y, x)) return true;
        return !x.admin2Pcode().isEmpty() && x.admin2Pcode().equals(y.admin2Pcode());
    }

    /** An administrative area containing a place (disputed places count in each of their governorates). */
    static boolean contains(Place area, Place p) {
        String type = area.featureType().toLowerCase(Locale.ROOT);
        if (isGovernorate(area)) {
            return !area.admin1Pcode().isEmpty() && (area.admin1Pcode().equals(p.admin1Pcode())
                    || p.altAdmin1Pcodes().contains(area.admin1Pcode()) || area.altAdmin1Pcodes().contains(p.admin1Pcode()));
        }
        if (type.equals("district")) return !area.admin2Pcode().isEmpty() && area.admin2Pcode().equals(p.admin2Pcode());
        if (type.equals("subdistrict")) return !area.admin3Pcode().isEmpty() && area.admin3Pcode().equals(p.admin3Pcode());
        if (type.equals("country")) return area.country().equals(p.country());
        return false;
    }
}
