package org.marsad.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.marsad.common.DatePrecision;
import org.marsad.events.Casualties;
import org.marsad.events.Event;
import org.marsad.events.EventType;
import org.marsad.events.Evidence;
import org.marsad.export.AdminNames;
import org.marsad.fusion.CanonicalEvent;
import org.marsad.geo.Place;

/**
 * A reviewer's action on a canonical event, read from the request body, and what it makes of the event(s):
 * confirm and reject change only the review status; edit replaces fields; merge folds this event into
 * another; split moves some documents into a new event. Pure: the caller stores the results and the audit.
 */
public record Review(Action action, String reviewer, String note, ObjectNode fields, String into, List<String> documents) {
    public enum Action {
        CONFIRM("confirmed"), EDIT("edited"), REJECT("rejected"), MERGE("merged"), SPLIT("split");

        final String status;

        Action(String status) { this.status = status; }

        /** The review status an event has after this action ("" = never reviewed). */
        public String status() { return status; }

        public String code() { return name().toLowerCase(Locale.ROOT); }
    }

    public static final Set<String> EDITABLE = Set.of("type", "date", "date_precision", "killed", "killed_low",
            "killed_high", "wounded", "civilians_killed", "actor1", "actor2", "location_name", "admin1_pcode", "admin2_pcode");

    public static Review parse(JsonNode body) {
        if (body == null || !body.isObject()) throw ApiError.bad("body", "expected a JSON object {\"action\": \"confirm\", …}");
        String a = body.path("action").asText("");
        Action action;
        try {
            action = Action.valueOf(a.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiError.bad("action", "action must be confirm, edit, reject, merge or split, got '" + a + "'");
        }
        String reviewer = body.path("reviewer").asText("").trim();
        if (reviewer.isEmpty()) throw ApiError.bad("reviewer", "reviewer (your name, for the audit log) is required");
        if (reviewer.length() > 100) throw ApiError.bad("reviewer", "reviewer is longer than 100 characters");
        ObjectNode fields = body.path("fields").isObject() ? (ObjectNode) body.get("fields") : null;
        if (action == Action.EDIT) {
            if (fields == null || fields.isEmpty()) throw ApiError.bad("fields", "edit needs a fields object, e.g. {\"killed\": 6}");
            fields.fieldNames().forEachRemaining(f -> {
                if (!EDITABLE.contains(f)) {
                    throw ApiError.bad("fields." + f, "field '" + f + "' cannot be edited; editable: " + String.join(", ",
                            EDITABLE.stream().sorted().toList()));
                }
            });
        }
        String into = body.path("into").asText("").trim();
        if (action == Action.MERGE && into.isEmpty()) throw ApiError.bad("into", "merge needs 'into': the id of the event to merge into");
        List<String> docs = new ArrayList<>();
        body.path("documents").forEach(d -> docs.add(d.asText()));
        if (action == Action.SPLIT && docs.isEmpty()) throw ApiError.bad("documents", "split needs 'documents': the documents that report a separate event");
        return new Review(action, reviewer, body.path("note").asText(""), fields == null ? Workspace.emptyObject() : fields, into, docs);
    }

    /** The event with the edited fields; each bad value answers 400 naming fields.&lt;name&gt;. */
    public CanonicalEvent edit(CanonicalEvent ce) {
        Event e = ce.event();
        EventType type = e.type();
        Optional<LocalDate> date = e.date();
        DatePrecision precision = e.datePrecision();
        List<String> actor1 = e.actor1(), actor2 = e.actor2();
        String locationName = e.locationName();
        Optional<Place> place = e.location();
        Casualties c = e.casualties();
        OptionalInt killed = c.killed(), low = c.killedLow(), high = c.killedHigh(), wounded = c.wounded(), civ = c.civiliansKilled();
        for (var it = fields.fields(); it.hasNext(); ) {
            var f = it.next();
            String name = f.getKey();
            JsonNode v = f.getValue();
            switch (name) {
                case "type" -> {
                    try {
                        type = EventType.parse(v.asText());
                    } catch (IllegalArgumentException x) {
                        throw ApiError.bad("fields.type", x.getMessage());
                    }
                }
                case "date" -> {
                    try {
                        date = v.isNull() || v.asText().isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(v.asText()));
                    } catch (DateTimeParseException x) {
                        throw ApiError.bad("fields.date", "date must look like 2021-12-02");
                    }
                }
                case "date_precision" -> {
                    try {
                        precision = DatePrecision.parse(v.asText());
                    } catch (IllegalArgumentException x) {
                        throw ApiError.bad("fields.date_precision", x.getMessage());
                    }
                }
                case "killed" -> killed = count(name, v);
                case "killed_low" -> low = count(name, v);
                case "killed_high" -> high = count(name, v);
                case "wounded" -> wounded = count(name, v);
                case "civilians_killed" -> civ = count(name, v);
                case "actor1" -> actor1 = names(name, v);
                case "actor2" -> actor2 = names(name, v);
                case "location_name" -> locationName = v.asText("");
                case "admin1_pcode", "admin2_pcode" -> place = Optional.of(relocate(place, name, v.asText("").trim()));
                default -> throw ApiError.bad("fields." + name, "field '" + name + "' cannot be edited");
            }
        }
        if (low.isPresent() && high.isPresent() && low.getAsInt() > high.getAsInt()) {
            throw ApiError.bad("fields.killed_low", "killed_low is above killed_high");
        }
        Casualties nc = new Casualties(killed, low, high, wounded, civ, c.killedOrWounded(),
                killed.isPresent() || wounded.isPresent() || c.reported());
        Event ne = new Event(e.id(), type, date, precision, e.dateAlt(), fields.has("date") ? "reviewed" : e.dateDerivation(),
                place, locationName, actor1, actor2, nc, e.documents(), e.mentionDocuments(), e.evidence(), e.confidence(),
                e.background());
        return new CanonicalEvent(ne, ce.sources(), ce.conflicts(), ce.storyId());
    }

    /** {@code target} with {@code source}'s documents, sources and evidence added (source keeps its id, marked merged). */
    public static CanonicalEvent merge(CanonicalEvent source, CanonicalEvent target) {
        Event t = target.event();
        List<String> docs = union(t.documents(), source.event().documents());
        List<String> mdocs = union(t.mentionDocuments(), source.event().mentionDocuments());
        List<Evidence> ev = new ArrayList<>(t.evidence());
        source.event().evidence().stream().filter(x -> !ev.contains(x)).forEach(ev::add);
        List<Event> sources = new ArrayList<>(target.sources());
        source.sources().stream().filter(x -> !sources.contains(x)).forEach(sources::add);
        Event ne = new Event(t.id(), t.type(), t.date(), t.datePrecision(), t.dateAlt(), t.dateDerivation(), t.location(),
                t.locationName(), t.actor1(), t.actor2(), t.casualties(), docs, mdocs, ev, t.confidence(), t.background());
        return new CanonicalEvent(ne, sources, target.conflicts(), target.storyId());
    }

    /** The event without {@code docs} and a new event "<id>-s<n>" made of those documents' sources. */
    public static List<CanonicalEvent> split(CanonicalEvent ce, List<String> docs, String newId) {
        Event e = ce.event();
        Set<String> moving = new LinkedHashSet<>(docs);
        for (String d : moving) {
            if (!e.documents().contains(d)) throw ApiError.bad("documents", "document '" + d + "' does not report this event");
        }
        if (moving.containsAll(e.documents())) throw ApiError.bad("documents", "split must leave at least one document");
        List<Event> movedSources = ce.sources().stream().filter(s -> moving.containsAll(s.documents())).toList();
        List<Event> keptSources = ce.sources().stream().filter(s -> !movedSources.contains(s)).toList();
        Event kept = restrict(e, e.id(), e.documents().stream().filter(d -> !moving.contains(d)).toList());
        Event base = movedSources.isEmpty() ? e : movedSources.get(0);
        Event moved = restrict(base, newId, List.copyOf(moving));
        return List.of(new CanonicalEvent(kept, keptSources, List.of(), ce.storyId()),
                new CanonicalEvent(moved, movedSources, List.of(), ce.storyId()));
    }

    private static Event restrict(Event e, String id, List<String> docs) {
        return new Event(id, e.type(), e.date(), e.datePrecision(), e.dateAlt(), e.dateDerivation(), e.location(),
                e.locationName(), e.actor1(), e.actor2(), e.casualties(), docs,
                e.mentionDocuments().stream().filter(docs::contains).toList(),
                e.evidence().stream().filter(x -> docs.contains(x.docId())).toList(), e.confidence(), e.background());
    }

    private static List<String> union(List<String> a, List<String> b) {
        LinkedHashSet<String> s = new LinkedHashSet<>(a);
        s.addAll(b);
        return List.copyOf(s);
    }

    private static OptionalInt count(String name, JsonNode v) {
        if (v.isNull()) return OptionalInt.empty();
        if (!v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < 0) {
            throw ApiError.bad("fields." + name, name + " must be a whole number >= 0 or null");
        }
        return OptionalInt.of(v.asInt());
    }

    private static List<String> names(String name, JsonNode v) {
        if (!v.isArray()) throw ApiError.bad("fields." + name, name + " must be a list of actor names");
        List<String> out = new ArrayList<>();
        v.forEach(x -> { if (!x.asText().isBlank()) out.add(x.asText().trim()); });
        return out;
    }

    private static Place relocate(Optional<Place> place, String field, String pcode) {
        AdminNames names = AdminNames.shipped();
        var n = names.name(pcode).orElseThrow(() -> ApiError.bad("fields." + field, "unknown pcode '" + pcode + "'"));
        String a1 = pcode.substring(0, 5);
        String a2 = n.level() >= 2 ? pcode.substring(0, 8) : "";
        return new Place("cod-ab:" + pcode, n.arabic(), n.english(), n.level() == 1 ? "governorate" : "district", "Iraq",
                a1, a2, "", place.map(Place::altAdmin1Pcodes).orElse(List.of()),
                n.lat(), n.lon(), n.level() == 1 ? 3 : 2);
    }
}
