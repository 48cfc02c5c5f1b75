package org.marsad.fusion;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.marsad.common.DatePrecision;
import org.marsad.common.Span;
import org.marsad.events.Casualties;
import org.marsad.events.Event;
import org.marsad.events.EventType;
import org.marsad.events.Evidence;
import org.marsad.geo.Place;

/** Hand-built events and places for fusion tests. */
final class TestEvents {
    private TestEvents() {}

    static final Place MAKHMOUR = new Place("g-makhmour", "مخمور", "Makhmour", "town", "Iraq", "IQG11", "IQG11Q04", "",
            List.of("IQG15"), 35.77, 43.58, 1);
    static final Place KHADHRJIJA = new Place("g-khadhr", "خضرجيجة", "Khadhrjija", "village", "Iraq", "IQG11", "IQG11Q04", "IQG11Q04N02",
            List.of("IQG15"), 35.8, 43.5, 1);
    static final Place NINEWA = new Place("g-ninewa", "نينوى", "Ninewa", "governorate", "Iraq", "IQG15", "", "",
            List.of(), 36.3, 43.1, 3);
    static final Place ERBIL_GOV = new Place("g-erbil", "أربيل", "Erbil", "governorate", "Iraq", "IQG11", "", "",
            List.of(), 36.2, 44.0, 3);
    static final Place KIFRI = new Place("g-kifri", "كفري", "Kifri", "town", "Iraq", "IQG10", "IQG10Q06", "",
            List.of(), 34.7, 44.96, 1);
    static final Place JALAWLA = new Place("g-jalawla", "جلولاء", "Jalawla", "town", "Iraq", "IQG10", "IQG10Q05", "IQG10Q05N04",
            List.of(), 34.27, 45.16, 1);
    static final Place TUZ = new Place("g-tuz", "طوزخورماتو", "Tuz Khurmatu", "town", "Iraq", "IQG18", "IQG18Q04", "",
            List.of(), 34.88, 44.63, 1);

    static final class B {
        String id;
        EventType type = EventType.ATTACK;
        Optional<LocalDate> date = Optional.empty();
        DatePrecision precision = DatePrecision.UNKNOWN;
        Optional<LocalDate> dateAlt = Optional.empty();
        String derivation = "unknown";
        Optional<Place> place = Optional.empty();
        String name = "";
        List<String> actor1 = List.of();
        List<String> actor2 = List.of();
        OptionalInt killed = OptionalInt.empty();
        OptionalInt wounded = OptionalInt.empty();
        OptionalInt civilians = OptionalInt.empty();
        OptionalInt combined = OptionalInt.empty();
        String doc;
        double confidence = 0.8;
        boolean background;
        String quote = "";

        B(String doc, String id) {
            this.doc = doc;
            this.id = id;
        }

        B type(EventType t) { type = t; return this; }
        B day(String d) { date = Optional.of(LocalDate.parse(d)); precision = DatePrecision.DAY; derivation = "explicit"; return this; }
        /** No date in the text: the publication day widened to a week (the event stage's fallback). */
        B widened(String d) { date = Optional.of(LocalDate.parse(d)); precision = DatePrecision.WEEK; derivation = "publication-widened"; return this; }
        B month(String d) { date = Optional.of(LocalDate.parse(d)); precision = DatePrecision.MONTH; derivation = "explicit"; return this; }
        B alt(String d) { dateAlt = Optional.of(LocalDate.parse(d)); return this; }
        B derivation(String d) { derivation = d; return this; }
        B at(Place p) { place = Optional.of(p); name = p.nameAr(); return this; }
        B named(String n) { name = n; return this; }
        B by(String... a) { actor1 = List.of(a); return this; }
        B on(String... a) { actor2 = List.of(a); return this; }
        B killed(int k) { killed = OptionalInt.of(k); return this; }
        B wounded(int w) { wounded = OptionalInt.of(w); return this; }
        B civilians(int c) { civilians = OptionalInt.of(c); return this; }
        B combined(int c) { combined = OptionalInt.of(c); return this; }
        B confidence(double c) { confidence = c; return this; }
        B background() { background = true; return this; }
        B quote(String q) { quote = q; return this; }

        Event build() {
            boolean reported = killed.isPresent() || wounded.isPresent() || combined.isPresent();
            Casualties c = new Casualties(killed, killed, killed, wounded, civilians, combined, reported);
            List<Evidence> ev = quote.isEmpty() ? List.of() : List.of(new Evidence(doc, new Span(0, quote.length()), quote));
            return new Event(id, type, date, precision, dateAlt, derivation, place, name, actor1, actor2, c, List.of(doc),
                    background ? List.of(doc) : List.of(), ev, confidence, background);
        }
    }

    static B event(String doc, int n) { return new B(doc, doc + "-e" + n); }
}
