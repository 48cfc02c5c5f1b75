package org.marsad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.marsad.common.DatePrecision;
import org.marsad.common.Json;
import org.marsad.events.EventType;

/** A gold event file (../shared/eval/GOLD-FORMAT.md), read into immutable records. */
public record GoldFile(String set, List<Document> documents, List<GoldEvent> events) {
    public GoldFile {
        documents = List.copyOf(documents);
        events = List.copyOf(events);
    }

    public record Document(String id, String file, String outlet, Optional<LocalDate> published, DatePrecision precision) {}

    public record Location(String nameAr, String admin1, String admin2, String admin3, List<String> altAdmin1,
                           String country, String admin1En, OptionalDouble lat, OptionalDouble lon) {
        public Location {
            altAdmin1 = List.copyOf(altAdmin1);
        }

        /** Governorates acceptable for this location (admin1 and the alternatives), empty when none is given. */
        public List<String> admin1Set() {
            List<String> out = new ArrayList<>();
            if (!admin1.isEmpty()) out.add(admin1);
            out.addAll(altAdmin1);
            return out;
        }
    }

    public record GoldEvent(String id, boolean optional, EventType type, Optional<LocalDate> date, DatePrecision precision,
                            List<LocalDate> dateAlt, Location location, List<String> actor1, List<String> actor2,
                            OptionalInt killed, OptionalInt wounded, OptionalInt civiliansKilled, boolean casualtiesReported,
                            List<String> documents, List<String> mentionDocuments) {
        public GoldEvent {
            dateAlt = List.copyOf(dateAlt);
            actor1 = List.copyOf(actor1);
            actor2 = List.copyOf(actor2);
            documents = List.copyOf(documents);
            mentionDocuments = List.copyOf(mentionDocuments);
        }
    }

    public static GoldFile read(Path path) {
        try {
            return parse(Json.MAPPER.readTree(Files.readString(path)), path.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold file " + path, e);
        }
    }

    public static GoldFile parse(JsonNode root, String where) {
        if (root == null || !root.isObject()) throw new IllegalArgumentException(where + ": a gold file is one JSON object");
        List<Document> docs = new ArrayList<>();
        for (JsonNode d : root.path("documents")) {
            String id = text(d, "id");
            if (id.isEmpty()) throw new IllegalArgumentException(where + ": a document without \"id\"");
            Optional<LocalDate> pub = date(text(d, "published"), where);
            String prec = text(d, "published_precision");
            docs.add(new Document(id, text(d, "file"), text(d, "outlet"), pub,
                    pub.isEmpty() ? DatePrecision.UNKNOWN : prec.isEmpty() ? DatePrecision.DAY : DatePrecision.parse(prec)));
        }
        List<GoldEvent> events = new ArrayList<>();
        for (JsonNode e : root.path("events")) {
            String id = text(e, "id");
            String where2 = where + " event " + id;
            Optional<LocalDate> d = date(text(e, "date"), where2);
            String prec = text(e, "date_precision");
            DatePrecision p = prec.isEmpty() ? (d.isPresent() ? DatePrecision.DAY : DatePrecision.UNKNOWN) : DatePrecision.parse(prec);
            List<LocalDate> alt = new ArrayList<>();
            for (JsonNode a : e.path("date_alt")) date(a.asText(), where2).ifPresent(alt::add);
            JsonNode l = e.path("location");
            Location loc = new Location(text(l, "name_ar"), text(l, "admin1_pcode"), text(l, "admin2_pcode"),
                    text(l, "admin3_pcode"), strings(l.path("alt_admin1_pcodes")), text(l, "country"), text(l, "admin1_en"),
                    l.hasNonNull("lat") ? OptionalDouble.of(l.get("lat").asDouble()) : OptionalDouble.empty(),
                    l.hasNonNull("lon") ? OptionalDouble.of(l.get("lon").asDouble()) : OptionalDouble.empty());
            events.add(new GoldEvent(id, e.path("optional").asBoolean(false), EventType.parse(text(e, "type")), d, p, alt, loc,
                    strings(e.path("actor1")), strings(e.path("actor2")), integer(e, "killed"), integer(e, "wounded"),
                    integer(e, "civilians_killed"), e.path("casualties_reported").asBoolean(false),
                    strings(e.path("documents")), strings(e.path("mention_documents"))));
        }
        return new GoldFile(text(root, "set"), docs, events);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? "" : v.asText().strip();
    }

    private static OptionalInt integer(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || !v.isNumber() ? OptionalInt.empty() : OptionalInt.of(v.asInt());
    }

    private static List<String> strings(JsonNode arr) {
        List<String> out = new ArrayList<>();
        for (JsonNode s : arr) out.add(s.asText());
        return out;
    }

    /** "2021-12-02" or "2021-05" (a month: its first day). */
    static Optional<LocalDate> date(String s, String where) {
        if (s.isEmpty()) return Optional.empty();
        try {
            if (s.length() == 7) return Optional.of(YearMonth.parse(s).atDay(1));
            return Optional.of(LocalDate.parse(s.substring(0, 10)));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(where + ": bad date '" + s + "' (YYYY-MM-DD or YYYY-MM)");
        }
    }
}
