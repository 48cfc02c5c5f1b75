package org.marsad.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.marsad.common.DatePrecision;
import org.marsad.geo.Place;

/**
 * One event. The extractor produces one per (article, incident) with documents = [that article];
 * fusion merges those into canonical events with every document that reports the incident.
 *
 * @param dateDerivation how the date was found: "explicit", "relative:<expr>", "publication-widened",
 *                       "anchored:<docId>", "unknown"
 * @param locationName   the Arabic place name as written (name_ar), "" when none
 * @param background     recalled from earlier ("وكان التنظيم قد شن …"), not the article's news
 * @param mentionDocuments documents that only mention it in passing (subset of documents)
 */
public record Event(String id, EventType type, Optional<LocalDate> date, DatePrecision datePrecision,
                    Optional<LocalDate> dateAlt, String dateDerivation, Optional<Place> location, String locationName,
                    List<String> actor1, List<String> actor2, Casualties casualties, List<String> documents,
                    List<String> mentionDocuments, List<Evidence> evidence, double confidence, boolean background) {
    public Event {
        actor1 = List.copyOf(actor1);
        actor2 = List.copyOf(actor2);
        documents = List.copyOf(documents);
        mentionDocuments = List.copyOf(mentionDocuments);
        evidence = List.copyOf(evidence);
    }
}
