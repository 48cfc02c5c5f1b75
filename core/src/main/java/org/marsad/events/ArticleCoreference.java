package org.marsad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.marsad.geo.Place;

/**
 * Coreference inside one article: the same incident in the headline, lede and body becomes one
 * event. Walking in text order, a mention joins the most recent event it is compatible with (type
 * family, place, date) when it is a reference (condolence, "هذا الهجوم"), a definite noun ("الهجوم",
 * "هجوم مخمور"), or an indefinite report that names a compatible place or continues the previous
 * sentence; otherwise it starts a new event. Two trigger clauses of one sentence that are both new
 * reports ("… بالهجوم على ناحية X، كما شنوا هجوماً … في قرية Y") and anything marked "أخرى" stay
 * separate events. A reference with nothing compatible is dropped. A noun with the article and no
 * date of its own ("التفجير", "الهجوم") refers to the latest incident of its family even when its
 * sentence names another place.
 */
final class ArticleCoreference {
    private ArticleCoreference() {}

    static List<List<EventMention>> cluster(List<EventMention> mentions) {
        List<List<EventMention>> clusters = new ArrayList<>();
        for (EventMention m : mentions) {
            Optional<List<EventMention>> target = Optional.empty();
            for (int i = clusters.size() - 1; i >= 0 && target.isEmpty(); i--) {
                List<EventMention> c = clusters.get(i);
                if (!compatible(m, c)) continue;
                if (m.refer() || m.candidate().isReference() || m.definite()) target = Optional.of(c);
                else if (!m.other() && c.stream().noneMatch(x -> x.sentenceIndex() == m.sentenceIndex() && !x.refer())
                        && (strongPlace(m, c) || continuesPrevious(m, c))) target = Optional.of(c);
            }
            if (target.isEmpty() && m.candidate().lexicallyDefinite() && !m.other() && m.date().rank() < 2 && !m.candidate().plural()) {
                // "التفجير", "الهجوم" with no date of its own: the incident already told, even where the
                // sentence names other places (the bombers' origin, the victims' destination)
                for (int i = clusters.size() - 1; i >= 0 && target.isEmpty(); i--) {
                    List<EventMention> c = clusters.get(i);
                    if (familyCompatible(type(c), m.type(), true) && m.date().compatible(date(c))) target = Optional.of(c);
                }
            }
            if (target.isPresent()) target.get().add(m);
            else if (!m.refer() && !m.candidate().isReference()) clusters.add(new ArrayList<>(List.of(m)));
        }
        return clusters;
    }

    static boolean compatible(EventMention m, List<EventMention> cluster) {
        EventType ct = type(cluster);
        if (!m.candidate().isReference() && !familyCompatible(ct, m.type(), m.definite())) return false;
        if (!PlaceAssigner.compatible(m.place(), place(cluster))) return false;
        if (!namesCompatible(m.place(), place(cluster))) return false;
        return m.date().compatible(date(cluster));
    }

    /** Same family; or a generic attack word and a specific violent type ("الهجوم" about a bombing). */
    static boolean familyCompatible(EventType a, EventType b, boolean definite) {
        if (a.family().equals(b.family())) return true;
        boolean generic = a == EventType.ATTACK || b == EventType.ATTACK;
        return generic && a.violent() && b.violent();
    }

    private static boolean namesCompatible(PlaceChoice a, PlaceChoice b) {
        if (a.place().isPresent() && b.place().isPresent() || a.name().isEmpty() || b.name().isEmpty()) return true;
        String x = Folded.fold(a.name()), y = Folded.fold(b.name());
        if (a.place().isEmpty() && b.place().isEmpty()) return x.contains(y) || y.contains(x);
        return true;
    }

    private static boolean strongPlace(EventMention m, List<EventMention> c) {
        PlaceChoice p = place(c);
        if (m.place().place().isPresent() && p.place().isPresent()) return true;
        return m.place().place().isEmpty() && p.place().isEmpty() && !m.place().name().isEmpty() && !p.name().isEmpty();
    }

    private static boolean continuesPrevious(EventMention m, List<EventMention> c) {
        return c.stream().anyMatch(x -> x.sentenceIndex() == m.sentenceIndex() - 1 && !x.refer());
    }

    /** The cluster's type: the most specific violent type among its reports. */
    static EventType type(List<EventMention> c) {
        EventType t = c.get(0).type();
        for (EventMention m : c) {
            if (m.refer() || m.candidate().isReference()) continue;
            if (t == EventType.ATTACK && m.type() != EventType.ATTACK && m.type().violent()) t = m.type();
        }
        return t;
    }

    /** The cluster's best date: highest rank, earliest mention first among equals. */
    static DateChoice date(List<EventMention> c) {
        DateChoice best = DateChoice.NONE;
        for (EventMention m : c) if (m.date().rank() > best.rank()) best = m.date();
        return best;
    }

    /**
     * The cluster's place: the first report's place, refined by a later report's more precise place
     * only when that one lies inside it (references count only when the reports name none); a written
     * name more precise than a governorate is kept as the name.
     */
    static PlaceChoice place(List<EventMention> c) {
        List<PlaceChoice> choices = new ArrayList<>();
        for (EventMention m : c) if (!m.refer() && m.place().isPresent()) choices.add(m.place());
        if (choices.isEmpty()) for (EventMention m : c) if (m.place().isPresent()) choices.add(m.place());
        if (choices.isEmpty()) return PlaceChoice.NONE;
        PlaceChoice best = choices.get(0);
        for (PlaceChoice p : choices.subList(1, choices.size())) {
            if (p.place().isEmpty()) {
                if (best.place().isEmpty() || PlaceAssigner.isGovernorate(best.place().get()) && !p.name().isEmpty()) {
                    best = new PlaceChoice(best.place(), p.name(), best.rank(), best.near());
                }
                continue;
            }
            if (best.place().isEmpty()) {
                best = new PlaceChoice(p.place(), best.name().isEmpty() ? p.name() : best.name(), p.rank(), p.near());
                continue;
            }
            Place b = best.place().get(), x = p.place().get();
            boolean finer = x.geoPrecision() < b.geoPrecision()
                    || x.geoPrecision() == b.geoPrecision() && PlaceAssigner.featureRank(x) < PlaceAssigner.featureRank(b);
            if (finer && (PlaceAssigner.compatible(best, p) || best.near())) best = p;
        }
        return best;
    }
}
