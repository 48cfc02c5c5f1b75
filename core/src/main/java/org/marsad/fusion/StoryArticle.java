package org.marsad.fusion;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.marsad.common.DatePrecision;
import org.marsad.entities.ActorMention;
import org.marsad.entities.Mention;
import org.marsad.entities.PlaceMention;
import org.marsad.events.Event;
import org.marsad.ingest.Article;

/**
 * What story clustering reads from one article: its text and, when the entity and event stages ran,
 * the places (gazetteer ids), actors (canonical names), casualty figures and event days it reports.
 */
public record StoryArticle(String docId, Optional<LocalDate> published, String title, String text,
                           Set<String> places, Set<String> actors, Set<Integer> numbers, Set<LocalDate> eventDates,
                           List<String> eventIds) {
    public StoryArticle {
        places = Set.copyOf(places);
        actors = Set.copyOf(actors);
        numbers = Set.copyOf(numbers);
        eventDates = Set.copyOf(eventDates);
        eventIds = List.copyOf(eventIds);
    }

    public static StoryArticle of(Article a) {
        return new StoryArticle(a.id(), a.published(), a.title(), a.text(), Set.of(), Set.of(), Set.of(), Set.of(), List.of());
    }

    /** From an article with its mentions and events (either list may be empty). */
    public static StoryArticle of(Article a, List<Mention> mentions, List<Event> events) {
        Set<String> places = new LinkedHashSet<>();
        Set<String> actors = new LinkedHashSet<>();
        Set<Integer> numbers = new LinkedHashSet<>();
        Set<LocalDate> dates = new LinkedHashSet<>();
        for (Mention m : mentions) {
            switch (m) {
                case PlaceMention p -> places.add(placeKey(p.place()));
                case ActorMention x -> { if (!x.canonical().isBlank()) actors.add(x.canonical()); }
                default -> { }
            }
        }
        for (Event e : events) {
            e.location().ifPresent(p -> places.add(placeKey(p)));
            actors.addAll(e.actor1());
            actors.addAll(e.actor2());
            e.casualties().killed().ifPresent(numbers::add);
            e.casualties().wounded().ifPresent(numbers::add);
            if (e.datePrecision() == DatePrecision.DAY) e.date().ifPresent(dates::add);
        }
        places.remove("");
        return new StoryArticle(a.id(), a.published(), a.title(), a.text(), places, actors, numbers, dates,
                events.stream().map(Event::id).toList());
    }

    private static String placeKey(org.marsad.geo.Place p) {
        return !p.gazetteerId().isBlank() ? p.gazetteerId() : p.nameAr();
    }
}
