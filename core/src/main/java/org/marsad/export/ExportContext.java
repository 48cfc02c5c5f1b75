package org.marsad.export;

import java.time.Instant;
import java.util.Map;

/**
 * What an export needs beyond the events: each document's outlet (ACLED's source column), each event's
 * review status ("" when never reviewed, else confirmed|edited|rejected|merged|split) and the export time.
 */
public record ExportContext(Map<String, String> outletByDocument, Map<String, String> reviewByEvent, Instant timestamp) {
    public ExportContext {
        outletByDocument = Map.copyOf(outletByDocument);
        reviewByEvent = Map.copyOf(reviewByEvent);
    }

    public static ExportContext empty(Instant timestamp) { return new ExportContext(Map.of(), Map.of(), timestamp); }

    public String outlet(String docId) { return outletByDocument.getOrDefault(docId, ""); }

    public String review(String eventId) { return reviewByEvent.getOrDefault(eventId, ""); }
}
