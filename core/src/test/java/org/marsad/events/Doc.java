package org.marsad.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.marsad.common.DatePrecision;
import org.marsad.common.Span;
import org.marsad.entities.ActorMention;
import org.marsad.entities.Mention;
import org.marsad.entities.PlaceCue;
import org.marsad.entities.PlaceMention;
import org.marsad.geo.Place;
import org.marsad.ingest.Article;
import org.marsad.text.Counted;
import org.marsad.text.NormalizedText;
import org.marsad.text.Quantity;
import org.marsad.text.QuantityKind;
import org.marsad.text.TextAnalysis;
import org.marsad.text.TimeExpr;

/**
 * A test article with hand-placed mentions, numbers and time expressions (what the text and entity
 * stages would give), so each event rule is tested on its own.
 */
final class Doc {
    static final LocalDate PUB = LocalDate.of(2024, 3, 14); // a Thursday

    private final String text;
    private Optional<LocalDate> published = Optional.of(PUB);
    private final List<Mention> mentions = new ArrayList<>();
    private final List<Quantity> quantities = new ArrayList<>();
    private final List<TimeExpr> times = new ArrayList<>();

    private Doc(String text) { this.text = text; }

    static Doc of(String text) { return new Doc(text); }

    /** The whole pipeline (text core, entities, events) on a text published that day, for tests of real wording. */
    static List<Event> pipeline(String text, LocalDate published) {
        Article a = new Article("t", "Test Wire", "", Optional.of(published), DatePrecision.DAY, "", text, "", "ar", "test");
        TextAnalysis t = org.marsad.text.TextCore.analyze(a);
        return EventStage.apply(a, t, org.marsad.entities.EntityStage.apply(a, t));
    }

    Doc unknownPublication() { published = Optional.empty(); return this; }

    Doc publishedOn(LocalDate d) { published = Optional.of(d); return this; }

    /** Every occurrence of the surface is an actor mention. */
    Doc actor(String surface, String canonical, String category) {
        for (Span s : all(surface)) mentions.add(new ActorMention(s, surface, canonical, category, false));
        return this;
    }

    Doc member(String surface, String canonical, String category) {
        for (Span s : all(surface)) mentions.add(new ActorMention(s, surface, canonical, category, true));
        return this;
    }

    Doc isis(String surface) { return actor(surface, "Islamic State", "rebel_group"); }

    Doc forces(String surface, String canonical) { return actor(surface, canonical, "state_forces"); }

    Doc civilians(String surface) { return member(surface, "Civilians", "civilians"); }

    Doc place(String surface, String featureType, String admin1, String admin2, int geoPrecision) {
        return placeCue(surface, PlaceCue.NONE, featureType, admin1, admin2, geoPrecision);
    }

    Doc placeCue(String surface, PlaceCue cue, String featureType, String admin1, String admin2, int geoPrecision) {
        Place p = gazetteerPlace(surface, featureType, admin1, admin2, geoPrecision);
        for (Span s : all(surface)) mentions.add(new PlaceMention(s, surface, p, List.of(), cue));
        return this;
    }

    /** A place mention built by the test (alternatives, unusual spans). */
    Doc withPlace(PlaceMention m) { mentions.add(m); return this; }

    static Place gazetteerPlace(String name, String featureType, String admin1, String admin2, int geoPrecision) {
        return new Place("g-" + name, name, name, featureType, "Iraq", admin1, admin2, "", List.of(), 0, 0, geoPrecision);
    }

    /** An exact number at every occurrence of the surface; what it counts is left to the event stage. */
    Doc number(String surface, long value) { return number(surface, value, Counted.UNSPECIFIED); }

    Doc number(String surface, long value, Counted counted) {
        for (Span s : all(surface)) quantities.add(new Quantity(value, value, value, QuantityKind.EXACT, counted, "", s, surface));
        return this;
    }

    /** A figure whose span includes its counted noun, as the text core reads "خمسة قتلى". */
    Doc withQuantity(String surface, long value, Counted counted, String noun) {
        for (Span s : all(surface)) quantities.add(new Quantity(value, value, value, QuantityKind.EXACT, counted, noun, s, surface));
        return this;
    }

    Doc vague(String surface, long best, long low, long high, Counted counted) {
        for (Span s : all(surface)) quantities.add(new Quantity(best, low, high, QuantityKind.VAGUE, counted, "", s, surface));
        return this;
    }

    Doc day(String surface, LocalDate d, boolean relative) {
        for (Span s : all(surface)) times.add(new TimeExpr(Optional.of(d), DatePrecision.DAY, relative, Optional.empty(), s, surface));
        return this;
    }

    Doc night(String surface, LocalDate d, LocalDate alt) {
        for (Span s : all(surface)) times.add(new TimeExpr(Optional.of(d), DatePrecision.DAY, false, Optional.of(alt), s, surface));
        return this;
    }

    Doc period(String surface, LocalDate d, DatePrecision p) {
        for (Span s : all(surface)) times.add(new TimeExpr(Optional.of(d), p, true, Optional.empty(), s, surface));
        return this;
    }

    Doc unresolvedTime(String surface) {
        for (Span s : all(surface)) times.add(new TimeExpr(Optional.empty(), DatePrecision.UNKNOWN, true, Optional.empty(), s, surface));
        return this;
    }

    Article article() {
        return new Article("doc1", "Test Wire", "", published, published.isPresent() ? DatePrecision.DAY : DatePrecision.UNKNOWN,
                "", text, "", "ar", "test");
    }

    List<Event> events() {
        Article a = article();
        TextAnalysis t = new TextAnalysis("doc1", NormalizedText.of(text), EventSegmenter.sentencesOf(text), List.of(),
                quantities, times);
        return EventStage.apply(a, t, mentions.stream().sorted(java.util.Comparator.comparing(Mention::span)).toList());
    }

    private List<Span> all(String surface) {
        List<Span> out = new ArrayList<>();
        int i = text.indexOf(surface);
        if (i < 0) throw new IllegalArgumentException("not in the test text: " + surface);
        while (i >= 0) {
            int end = i + surface.length();
            boolean wordStart = i == 0 || !Character.isLetter(text.charAt(i - 1)) || "وبلف".indexOf(text.charAt(i - 1)) >= 0;
            boolean wordEnd = end == text.length() || !Character.isLetter(text.charAt(end));
            if (wordStart && wordEnd) out.add(new Span(i, end));
            i = text.indexOf(surface, end);
        }
        if (out.isEmpty()) throw new IllegalArgumentException("not a word in the test text: " + surface);
        return out;
    }
}
