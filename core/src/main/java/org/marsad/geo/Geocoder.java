package org.marsad.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marsad.common.Span;
import org.marsad.entities.PhraseMatcher;
import org.marsad.entities.PlaceCue;
import org.marsad.entities.PlaceMention;
import org.marsad.text.NormalizedText;

/**
 * Finds place names in an article and resolves each in context. Pure; the gazetteer and the cue
 * lists (resource {@code place_cues.tsv}) are loaded once.
 *
 * <p>Rules, in order:
 * <ol>
 * <li>Gazetteer names on folded text, proclitics allowed, longest match first.</li>
 * <li>A type cue right before a name ("قرية", "ناحية", "قضاء", "محافظة", "حقل", "جبل" …) prefers
 *     readings of that feature type; in a coordinated list ("محافظات ديالى وكركوك ونينوى") every item
 *     inherits the cue of the first.</li>
 * <li>A name that is also a common word ("الرشاد", "بردي") counts only after a type cue or within
 *     a few words of a place of the same governorate ("في بردي بمحافظة كركوك").</li>
 * <li>Ambiguous names take the reading whose governorate/district is named nearby, then anywhere in
 *     the article or in the dateline, then the reading with the higher feature rank.</li>
 * <li>An open type cue followed by a name the gazetteer does not know ("قرية X التابعة لقضاء
 *     مخمور") still yields a place, resolved to the nearest place named around it, precision >= 2.</li>
 * <li>The cue of each place: DATELINE (the outlet's dateline), SPEAKER ("بيان صدر في", "محافظ X"),
 *     ORIGIN ("قادما من"), DESCRIPTIVE ("يقع بين أربع محافظات هي"), else NONE.</li>
 * </ol>
 */
public final class Geocoder {

    private record TypeCue(String word, List<String> featureTypes, boolean open) {}

    private record Found(int start, int end, TypeCue cue, int cueStart) {}

    private static final int NEAR = 90;
    private static final int CONTAINER_GAP = 30;
    private static final int CONTAINER_WINDOW = 120;

    private final Gazetteer gazetteer;
    private final PhraseMatcher<TypeCue> typeCues = new PhraseMatcher<>(false);
    private final Map<String, TypeCue> typeCueByWord = new HashMap<>();
    private final Map<PlaceCue, List<String>> cuePhrases = new HashMap<>();
    private final Set<String> stop = new HashSet<>();
    private final List<String> near = new ArrayList<>();
    private final Set<String> compoundFirst = Set.of("تل", "ابو", "ام", "عين", "بير", "بئر", "قره", "قرة", "كاني",
            "بني", "سيد", "شيخ", "دير", "كفر", "خان", "جرف", "حاوي", "البو", "ال", "عرب", "بيت", "كوله", "كرد");

    public Geocoder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        try (InputStream in = Geocoder.class.getResourceAsStream("place_cues.tsv")) {
            if (in == null) throw new IllegalStateException("resource org/marsad/geo/place_cues.tsv missing");
            for (String line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                List<String> words = new ArrayList<>();
                for (String w : f[2].split("\\|")) if (!w.isBlank()) words.add(PhraseMatcher.fold(w));
                switch (f[0]) {
                    case "type" -> {
                        List<String> types = List.of(f[1].split(","));
                        boolean open = f.length > 3 && "1".equals(f[3].strip());
                        for (String w : words) {
                            TypeCue c = new TypeCue(w, types, open);
                            typeCues.add(w, c);
                            typeCueByWord.putIfAbsent(w, c);
                        }
                    }
                    case "STOP" -> stop.addAll(words);
                    case "NEAR" -> near.addAll(words);
                    default -> cuePhrases.computeIfAbsent(PlaceCue.valueOf(f[0]), k -> new ArrayList<>()).addAll(words);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Holder {
        static final Geocoder DEFAULT = new Geocoder(Gazetteer.get());
    }

    /** The geocoder over the shipped gazetteer. */
    public static Geocoder get() { return Holder.DEFAULT; }

    public Gazetteer gazetteer() { return gazetteer; }

    public List<PlaceMention> find(String text) { return find(NormalizedText.of(text)); }

    /** Place mentions in text order; spans and text from the original. */
    public List<PlaceMention> find(NormalizedText nt) {
        String t = nt.normalized();
        List<PhraseMatcher.Hit<Gazetteer.Name>> hits = new ArrayList<>();
        for (var h : gazetteer.matcher().findAll(t)) {
            if (typeCueByWord.containsKey(h.phrase())) continue; // "مدينة" is a cue, not Al-Midaina
            if (kunyaBefore(t, h.start())) continue;                // "وادي أبو طلحة" is not Talha
            hits.add(h);
        }

        // 1. type cues, inherited along coordinated lists
        List<Found> found = new ArrayList<>(hits.size());
        for (int i = 0; i < hits.size(); i++) {
            var h = hits.get(i);
            Optional<Found> cue = typeCueBefore(t, h.start(), h.end());
            Found f = cue.orElse(new Found(h.start(), h.end(), null, -1));
            if (f.cue() == null && i > 0 && coordinated(t, hits.get(i - 1).end(), h.start()) && found.get(i - 1).cue() != null) {
                Found prev = found.get(i - 1);
                f = new Found(h.start(), h.end(), prev.cue(), prev.cueStart());
            }
            found.add(f);
        }

        // 2. anchors: hits with a reading that needs no cue give governorates/districts for context
        List<Set<String>> admin1s = new ArrayList<>();
        for (var h : hits) {
            Set<String> s = new HashSet<>();
            for (var n : h.values()) if (!n.needsCue()) s.add(key1(n.place()));
            admin1s.add(s);
        }
        Set<String> articleAdmin1 = new HashSet<>();
        Set<String> articleAdmin2 = new HashSet<>();
        for (int i = 0; i < hits.size(); i++) {
            if (admin1s.get(i).size() == 1) {
                articleAdmin1.addAll(admin1s.get(i));
                for (var n : hits.get(i).values()) if (!n.needsCue() && !n.place().admin2Pcode().isEmpty()) articleAdmin2.add(n.place().admin2Pcode());
            }
        }

        // 3. resolve each hit
        List<PlaceMention> out = new ArrayList<>();
        Map<Integer, PlaceMention> resolvedAt = new HashMap<>();
        for (int i = 0; i < hits.size(); i++) {
            var h = hits.get(i);
            Found f = found.get(i);
            Set<String> near1 = new HashSet<>();
            Set<String> near2 = new HashSet<>();
            Set<String> container1 = new HashSet<>();
            for (int j = 0; j < hits.size(); j++) {
                if (j == i) continue;
                var o = hits.get(j);
                if (o.end() < h.start() - NEAR || o.start() > h.end() + NEAR) continue;
                near1.addAll(admin1s.get(j));
                for (var n : o.values()) if (!n.needsCue()) near2.add(n.place().admin2Pcode());
                // a container named right after the name: "بردي بمحافظة كركوك", "الرشاد في كركوك"
                if (o.start() >= h.end() && o.start() - h.end() <= CONTAINER_GAP) container1.addAll(admin1s.get(j));
            }
            List<Place> readings = new ArrayList<>();
            for (var n : h.values()) {
                // a common-word name needs a cue of its own kind ("ناحية الإمام", not "مطار الإمام") or its container
                if (n.needsCue() && !fits(f.cue(), n.place()) && !container1.contains(key1(n.place()))) continue;
                if (!readings.contains(n.place())) readings.add(n.place());
            }
            if (readings.isEmpty()) continue;
            TypeCue cue = f.cue();
            readings.sort(Comparator.comparingDouble((Place p) -> -score(p, cue, near1, near2, articleAdmin1, articleAdmin2)));
            Span span = nt.toOriginal(h.start(), h.end());
            PlaceMention m = new PlaceMention(span, span.of(nt.original()), readings.get(0),
                    readings.subList(1, readings.size()), PlaceCue.NONE);
            out.add(m);
            resolvedAt.put(i, m);
        }

        // 4. unknown names after open type cues
        out.addAll(unknownAfterCues(nt, t, hits, resolvedAt));
        out.sort(Comparator.comparing(PlaceMention::span));

        // 5. why each place is named
        List<PlaceMention> withCues = new ArrayList<>(out.size());
        PlaceCue prevCue = PlaceCue.NONE;
        int prevEnd = -1;
        for (PlaceMention m : out) {
            int ns = nt.toNormalized(m.span().start());
            int ne = nt.toNormalized(m.span().end());
            PlaceCue c = placeCue(t, ns, ne);
            if (c == PlaceCue.NONE && prevCue != PlaceCue.NONE && prevCue != PlaceCue.DATELINE && prevEnd >= 0
                    && coordinated(t, prevEnd, ns)) {
                c = prevCue;
            }
            Place p = m.place();
            // "قرب كركوك", "شمالي بغداد": somewhere around the town, so district-area precision as ACLED codes it
            if (p.geoPrecision() == 1 && nearWordBefore(t, ns)) {
                p = new Place(p.gazetteerId(), p.nameAr(), p.nameEn(), p.featureType(), p.country(), p.admin1Pcode(),
                        p.admin2Pcode(), p.admin3Pcode(), p.altAdmin1Pcodes(), p.lat(), p.lon(), 2);
            }
            withCues.add(new PlaceMention(m.span(), m.text(), p, m.alternatives(), c));
            prevCue = c;
            prevEnd = ne;
        }
        return withCues;
    }

    /**
     * The word right before a name is a kunya or lineage particle ("أبو X", "أم X", "بني X", "البو X", "آل X"):
     * the name is then the second half of a person's, tribe's or other place's name the gazetteer does not
     * hold as a whole (a whole entry such as "أبو غريب" matches from the particle and is not affected).
     */
    private static boolean kunyaBefore(String t, int start) {
        int e = start;
        while (e > 0 && t.charAt(e - 1) == ' ') e--;
        if (e == start || e == 0) return false;
        int b = e;
        while (b > 0 && PhraseMatcher.isWordChar(t.charAt(b - 1))) b--;
        String w = t.substring(b, e);
        if (w.length() > 2 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف') && KUNYA.contains(w.substring(1))) return true;
        return KUNYA.contains(w);
    }

    private static final Set<String> KUNYA = Set.of("ابو", "ابي", "ام", "ابن", "بن", "بني", "البو", "ال", "آل");

    /** A proximity or direction word right before the name ("قرب", "شمالي", "بالقرب من", "أطراف"). */
    private boolean nearWordBefore(String t, int ns) {
        int b = ns;
        while (b > 0 && PhraseMatcher.isWordChar(t.charAt(b - 1))) b--; // the name's proclitics
        String before = t.substring(Math.max(0, b - 25), b).stripTrailing();
        for (String w : near) {
            if (before.endsWith(w) && (before.length() == w.length()
                    || !PhraseMatcher.isWordChar(before.charAt(before.length() - w.length() - 1))
                    || "وفبلك".indexOf(before.charAt(before.length() - w.length() - 1)) >= 0)) {
                return true;
            }
        }
        return false;
    }

    private static boolean fits(TypeCue cue, Place p) {
        return cue != null && (cue.featureTypes().contains("*") || cue.featureTypes().contains(p.featureType()));
    }

    private static String key1(Place p) { return p.inIraq() ? p.admin1Pcode() : "country:" + p.country(); }

    private static double score(Place p, TypeCue cue, Set<String> near1, Set<String> near2,
                                Set<String> art1, Set<String> art2) {
        double s = rank(p.featureType());
        if (cue != null) {
            if (cue.featureTypes().contains(p.featureType()) || cue.featureTypes().contains("*")) s += 4;
            else s -= 1;
        }
        String k = key1(p);
        if (!p.admin2Pcode().isEmpty() && near2.contains(p.admin2Pcode())) s += 1;
        if (near1.contains(k)) s += 2;
        else if (art1.contains(k)) s += 1;
        if (!p.admin2Pcode().isEmpty() && art2.contains(p.admin2Pcode())) s += 0.5;
        return s;
    }

    /** A bare name most often means the settlement, then the governorate, then smaller units. */
    private static double rank(String featureType) {
        return switch (featureType) {
            case "capital" -> 0.75;
            case "city" -> 0.7;
            case "country" -> 0.65;
            case "town" -> 0.6;
            case "governorate" -> 0.55;
            case "district" -> 0.45;
            case "region" -> 0.42;
            case "village" -> 0.4;
            case "subdistrict" -> 0.3;
            default -> 0.35;
        };
    }

    /** True when only spaces, commas or the conjunction و separate two names ("ديالى وكركوك ونينوى"). */
    private static boolean coordinated(String t, int from, int to) {
        if (to < from || to - from > 6) return false;
        String gap = t.substring(from, to).replaceAll("[\\s،,]", "");
        return gap.isEmpty() || gap.equals("و");
    }

    /** The type cue word(s) directly before a name (the name's own proclitics and the cue's allowed). */
    private Optional<Found> typeCueBefore(String t, int start, int end) {
        int p = start;
        while (p > 0 && PhraseMatcher.isWordChar(t.charAt(p - 1))) p--; // proclitics attached to the name
        int q = p;
        while (q > 0 && (Character.isWhitespace(t.charAt(q - 1)) || t.charAt(q - 1) == '(')) q--;
        if (q == p && p > 0) return Optional.empty();
        // one or two words before
        int w1s = q;
        while (w1s > 0 && PhraseMatcher.isWordChar(t.charAt(w1s - 1))) w1s--;
        if (w1s == q) return Optional.empty();
        TypeCue c = cueWord(t.substring(w1s, q));
        int cueStart = w1s;
        int w2e = w1s;
        while (w2e > 0 && Character.isWhitespace(t.charAt(w2e - 1))) w2e--;
        int w2s = w2e;
        while (w2s > 0 && PhraseMatcher.isWordChar(t.charAt(w2s - 1))) w2s--;
        if (w2s < w2e) {
            TypeCue two = cueWord(t.substring(w2s, w2e) + " " + t.substring(w1s, q));
            if (two != null) { c = two; cueStart = w2s; }
        }
        return c == null ? Optional.empty() : Optional.of(new Found(start, end, c, cueStart));
    }

    /**
     * A type cue word with its proclitics removed (و ف, then ب ل ك). Never with the article: the head
     * of a construct ("قضاء مخمور") has none, while "القضاء" is the judiciary or "elimination" and
     * "الناحية" an aspect. Plurals written with the article ("القرى", "العاصمة") are listed as such.
     */
    private TypeCue cueWord(String w) {
        for (int k = 0; k <= 2 && k < w.length(); k++) {
            String prefix = w.substring(0, k);
            if (!prefix.chars().allMatch(ch -> "وفبلك".indexOf(ch) >= 0)) break;
            TypeCue c = typeCueByWord.get(w.substring(k));
            if (c != null) return c;
        }
        return null;
    }

    private List<PlaceMention> unknownAfterCues(NormalizedText nt, String t, List<PhraseMatcher.Hit<Gazetteer.Name>> hits,
                                                Map<Integer, PlaceMention> resolvedAt) {
        List<PlaceMention> out = new ArrayList<>();
        Set<Integer> hitStarts = new HashSet<>();
        for (var h : hits) hitStarts.add(h.start());
        for (var c : typeCues.findAll(t)) {
            TypeCue cue = c.values().get(0);
            if (!cue.open()) continue;
            int ns = c.end();
            while (ns < t.length() && Character.isWhitespace(t.charAt(ns))) ns++;
            if (ns >= t.length() || !PhraseMatcher.isWordChar(t.charAt(ns))) continue;
            if (coveredByHit(hits, ns)) continue;
            int ne = wordEnd(t, ns);
            String w1 = t.substring(ns, ne);
            if (stop.contains(w1) || typeCueByWord.containsKey(w1) || w1.length() < 2 || Character.isDigit(w1.charAt(0))) continue;
            if (!isArabicWord(w1) || !looksLikeName(w1)) continue;
            // "ناحية خان بني سعد": after a first name part, the known name starts one word later
            if (compoundFirst.contains(w1) && knownNameAt(hits, ne)) continue;
            if (compoundFirst.contains(w1)) {
                int s2 = ne;
                while (s2 < t.length() && t.charAt(s2) == ' ') s2++;
                int e2 = wordEnd(t, s2);
                if (e2 > s2 && !stop.contains(t.substring(s2, e2))) ne = e2;
            }
            Optional<PlaceMention> container = nearestContainer(resolvedAt, hits, ns, ne, sentenceStart(t, ns), sentenceEnd(t, ne));
            if (container.isEmpty()) continue;
            Place cp = container.get().place();
            String type = cue.featureTypes().get(0);
            Span span = nt.toOriginal(ns, ne);
            String surface = span.of(nt.original());
            Place p = new Place("cue:" + t.substring(ns, ne), surface, "", type, cp.country(), cp.admin1Pcode(),
                    cp.admin2Pcode(), cp.admin3Pcode(), cp.altAdmin1Pcodes(), cp.lat(), cp.lon(),
                    Math.max(2, cp.geoPrecision()));
            out.add(new PlaceMention(span, surface, p, List.of(cp), PlaceCue.NONE));
        }
        return out;
    }

    /**
     * An unknown word after a cue can be a name unless it is clearly something else: a plural in ـات
     * ("سلسلة تفجيرات"), a word with an attached conjunction/preposition plus article ("والقصف",
     * "للبحث", "بالقرب"), or a pronoun suffix ("عليها", "مقاربتها").
     */
    private static boolean looksLikeName(String w) {
        if (w.length() > 4 && w.endsWith("ات")) return false;
        for (String p : List.of("وال", "فال", "بال", "كال", "لل")) if (w.startsWith(p)) return false;
        for (String suf : List.of("ها", "هم", "هما", "هن", "كم", "نا")) if (w.length() > 4 && w.endsWith(suf)) return false;
        return true;
    }

    private static boolean knownNameAt(List<? extends PhraseMatcher.Hit<?>> hits, int wordEnd) {
        for (var h : hits) if (h.start() > wordEnd && h.start() - wordEnd <= 2) return true;
        return false;
    }

    private static boolean coveredByHit(List<? extends PhraseMatcher.Hit<?>> hits, int pos) {
        for (var h : hits) if (h.start() <= pos + 3 && pos < h.end()) return true;
        return false;
    }

    private static boolean isArabicWord(String w) {
        for (int i = 0; i < w.length(); i++) if (w.charAt(i) < '\u0600' || w.charAt(i) > '\u06FF') return false;
        return true;
    }

    private static int wordEnd(String t, int s) {
        int e = s;
        while (e < t.length() && PhraseMatcher.isWordChar(t.charAt(e))) e++;
        return e;
    }

    /** The resolved place nearest to an unknown name: one named after it first ("التابعة لقضاء X"), else before. */
    private static Optional<PlaceMention> nearestContainer(Map<Integer, PlaceMention> resolvedAt,
                                                           List<? extends PhraseMatcher.Hit<?>> hits, int ns, int ne,
                                                           int sentStart, int sentEnd) {
        PlaceMention best = null;
        int bestD = Integer.MAX_VALUE;
        for (var e : resolvedAt.entrySet()) {
            var h = hits.get(e.getKey());
            if (h.start() < sentStart || h.end() > sentEnd) continue; // containers come from the same sentence
            int d = h.start() >= ne ? h.start() - ne : ns - h.end() + 20; // prefer a container named after it
            if (d < 0 || d > CONTAINER_WINDOW) continue;
            if (d < bestD) { bestD = d; best = e.getValue(); }
        }
        return Optional.ofNullable(best);
    }

    private static boolean sentenceBreak(char c) {
        return c == '.' || c == '\n' || c == '!' || c == '?' || c == '؟' || c == '؛' || c == ';';
    }

    private static int sentenceStart(String t, int pos) {
        int k = pos;
        while (k > 0 && !sentenceBreak(t.charAt(k - 1))) k--;
        return k;
    }

    private static int sentenceEnd(String t, int pos) {
        int k = pos;
        while (k < t.length() && !sentenceBreak(t.charAt(k))) k++;
        return k;
    }

    /** DATELINE, SPEAKER, ORIGIN or DESCRIPTIVE from the words around a name, else NONE. */
    PlaceCue placeCue(String t, int ns, int ne) {
        if (isDateline(t, ns, ne)) return PlaceCue.DATELINE;
        int ws = Math.max(0, ns - 60);
        for (int k = ns - 1; k >= ws; k--) {
            char c = t.charAt(k);
            if (c == '.' || c == '\n' || c == '!' || c == '?' || c == '؟' || c == '"' || c == '“' || c == '”') { ws = k + 1; break; }
        }
        String window = t.substring(ws, ns);
        for (PlaceCue kind : List.of(PlaceCue.DESCRIPTIVE, PlaceCue.ORIGIN, PlaceCue.SPEAKER)) {
            for (String phrase : cuePhrases.getOrDefault(kind, List.of())) {
                int idx = window.lastIndexOf(phrase);
                if (idx < 0) continue;
                if (idx > 0 && PhraseMatcher.isWordChar(window.charAt(idx - 1)) && "وفبلك".indexOf(window.charAt(idx - 1)) < 0) continue;
                if (onlyCueOrClitics(window.substring(idx + phrase.length()))) return kind;
            }
        }
        return PlaceCue.NONE;
    }

    /** What may stand between a cue phrase and the name: spaces, proclitics, one type cue word. */
    private boolean onlyCueOrClitics(String rest) {
        String r = rest.strip();
        if (r.isEmpty()) return true;
        if (r.indexOf(' ') >= 0 && r.split("\\s+").length > 2) return false;
        for (String w : r.split("\\s+")) {
            if (w.chars().allMatch(ch -> "وفبلكا".indexOf(ch) >= 0)) continue;
            if (cueWord(w) == null) return false;
        }
        return true;
    }

    /**
     * A dateline is a place at the very start of the story next to the outlet's separator: followed by
     * a dash, colon or slash ("أربيل –", "كركوك:", "ايلاف من لندن :", "بغداد/ شفق نيوز"), or after one and
     * ending its line ("زاكروس عربية – أربيل", "السومرية نيوز/ بغداد"). A headline with a dash in it
     * ("هجوم في كركوك - صور") is not a dateline: the place must touch the separator.
     */
    private static boolean isDateline(String t, int ns, int ne) {
        int lineEnd = t.indexOf('\n');
        if (lineEnd < 0) lineEnd = t.length();
        if (ns >= lineEnd || ns > 60) return false;
        int k = ne;
        while (k < lineEnd && t.charAt(k) == ' ') k++;
        // the outlet in brackets may stand between the place and the separator ("دهوك (رووداو) –")
        if (k < lineEnd && t.charAt(k) == '(') {
            int close = t.indexOf(')', k);
            if (close > k && close < lineEnd && close - k <= 30) {
                int after = close + 1;
                while (after < lineEnd && t.charAt(after) == ' ') after++;
                if (after < lineEnd && "–—-:/".indexOf(t.charAt(after)) >= 0) k = after;
            }
        }
        boolean sepAfter = k < lineEnd && "–—-:/".indexOf(t.charAt(k)) >= 0;
        // before the name on its line, at most the outlet's name ("ايلاف من لندن :")
        if (sepAfter && ns < 40 && t.substring(0, ns).strip().split("\\s+").length <= 3) return true;
        int b = ns;
        while (b > 0 && PhraseMatcher.isWordChar(t.charAt(b - 1))) b--; // proclitics of the name
        while (b > 0 && t.charAt(b - 1) == ' ') b--;
        boolean sepBefore = b > 0 && "–—-/".indexOf(t.charAt(b - 1)) >= 0;
        boolean endsLine = k >= lineEnd || t.charAt(k) == ':' || t.charAt(k) == '(';
        return sepBefore && endsLine;
    }
}
