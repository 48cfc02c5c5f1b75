package org.marsad.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.marsad.common.DatePrecision;
import org.marsad.common.Span;
import org.marsad.events.Casualties;
import org.marsad.events.Event;
import org.marsad.events.EventType;
import org.marsad.events.Evidence;
import org.marsad.fusion.CanonicalEvent;
import org.marsad.fusion.Conflict;
import org.marsad.geo.Place;
import org.marsad.ingest.Article;

/**
 * Articles and events written for the workspace tests (news-wire style sentences of our own): an attack near
 * Makhmour told by two outlets with different death tolls, a protest in Basra, and an explosion with no
 * coordinates. Evidence spans are exact offsets into the article texts.
 */
public final class WorkspaceFixtures {
    private WorkspaceFixtures() {}

    public static final String MAKHMOUR_A_TEXT = "أربيل – قال مصدر أمني إن مسلحين من تنظيم داعش هاجموا فجر الخميس نقطة للبيشمركة "
            + "في قضاء مخمور، ما أسفر عن مقتل خمسة عناصر وإصابة ثلاثة آخرين. وأضاف المصدر أن الاشتباكات استمرت ساعتين.";
    public static final String MAKHMOUR_B_TEXT = "أفاد مسؤول محلي بأن الهجوم الذي استهدف موقعا للبيشمركة قرب مخمور "
            + "أدى إلى مقتل ستة أشخاص بينهم مدني، \"وفق حصيلة أولية\"، فيما نقل الجرحى إلى مستشفى أربيل.";
    public static final String BASRA_TEXT = "تظاهر مئات من سكان البصرة أمام مبنى المحافظة يوم السبت احتجاجا على انقطاع "
            + "الكهرباء وشح المياه، مطالبين بمحاسبة المسؤولين.";
    public static final String BAGHDAD_TEXT = "انفجرت عبوة ناسفة على طريق زراعي جنوبي بغداد، دون أن تسفر عن إصابات بحسب بيان للشرطة.";

    public static final Article MAKHMOUR_A = article("doc-a", "Wire A", "2021-12-03", "هجوم على البيشمركة في مخمور", MAKHMOUR_A_TEXT);
    public static final Article MAKHMOUR_B = article("doc-b", "Wire B", "2021-12-03", "ستة قتلى في هجوم قرب مخمور", MAKHMOUR_B_TEXT);
    public static final Article BASRA = article("doc-c", "Wire A", "2022-07-16", "تظاهرة في البصرة", BASRA_TEXT);
    public static final Article BAGHDAD = article("doc-d", "Wire C", "2022-07-18", "انفجار عبوة جنوبي بغداد", BAGHDAD_TEXT);

    public static final Place MAKHMOUR = new Place("IQG11Q04", "مخمور", "Makhmour", "district", "Iraq", "IQG11",
            "IQG11Q04", "", List.of("IQG15"), 35.80222, 43.61564, 2);
    public static final Place BASRA_CITY = new Place("IQG02Q02", "البصرة", "Al-Basrah", "city", "Iraq", "IQG02",
            "IQG02Q02", "", List.of(), 30.57632, 47.62779, 1);

    public static List<Article> articles() { return List.of(MAKHMOUR_A, MAKHMOUR_B, BASRA, BAGHDAD); }

    public static Map<String, String> outlets() {
        return Map.of("doc-a", "Wire A", "doc-b", "Wire B", "doc-c", "Wire A", "doc-d", "Wire C");
    }

    public static CanonicalEvent makhmour() {
        Event a = event("doc-a#1", EventType.ATTACK, "2021-12-02", Optional.of(MAKHMOUR), "مخمور",
                List.of("Islamic State"), List.of("Peshmerga"), casualties(5, 5, 5, 3, -1), List.of("doc-a"),
                List.of(evidence("doc-a", MAKHMOUR_A_TEXT, "أسفر عن مقتل خمسة عناصر وإصابة ثلاثة آخرين")));
        Event b = event("doc-b#1", EventType.ATTACK, "2021-12-02", Optional.of(MAKHMOUR), "مخمور",
                List.of("Islamic State"), List.of("Peshmerga", "Civilians"), casualties(6, 6, 6, -1, 1), List.of("doc-b"),
                List.of(evidence("doc-b", MAKHMOUR_B_TEXT, "أدى إلى مقتل ستة أشخاص بينهم مدني")));
        Event fused = event("ev-makhmour", EventType.ATTACK, "2021-12-02", Optional.of(MAKHMOUR), "مخمور",
                List.of("Islamic State"), List.of("Peshmerga", "Civilians"), casualties(6, 5, 6, 3, 1),
                List.of("doc-a", "doc-b"), List.of(a.evidence().get(0), b.evidence().get(0)));
        Conflict killed = new Conflict("killed", List.of(new Conflict.Value("5", List.of("doc-a")),
                new Conflict.Value("6", List.of("doc-b"))));
        return new CanonicalEvent(fused, List.of(a, b), List.of(killed), "story-makhmour");
    }

    public static CanonicalEvent basra() {
        Event e = event("ev-basra", EventType.PROTEST, "2022-07-16", Optional.of(BASRA_CITY), "البصرة",
                List.of("Protesters"), List.of(), Casualties.NONE, List.of("doc-c"),
                List.of(evidence("doc-c", BASRA_TEXT, "تظاهر مئات من سكان البصرة")));
        return new CanonicalEvent(e, List.of(e), List.of(), "story-basra");
    }

    public static CanonicalEvent baghdad() {
        Event e = event("ev-baghdad", EventType.EXPLOSION, "2022-07-18", Optional.empty(), "بغداد",
                List.of("Unidentified Armed Group"), List.of(), Casualties.NONE, List.of("doc-d"),
                List.of(evidence("doc-d", BAGHDAD_TEXT, "انفجرت عبوة ناسفة")));
        return new CanonicalEvent(e, List.of(e), List.of(), "");
    }

    public static List<CanonicalEvent> events() { return List.of(makhmour(), basra(), baghdad()); }

    public static Article article(String id, String outlet, String date, String title, String text) {
        return new Article(id, outlet, "https://example.org/" + id, Optional.of(LocalDate.parse(date)), DatePrecision.DAY,
                title, text, "", "ar", "test");
    }

    public static Evidence evidence(String doc, String text, String quote) {
        int at = text.indexOf(quote);
        if (at < 0) throw new IllegalArgumentException("quote not in text: " + quote);
        return new Evidence(doc, new Span(at, at + quote.length()), quote);
    }

    public static Casualties casualties(int killed, int low, int high, int wounded, int civilians) {
        return new Casualties(opt(killed), opt(low), opt(high), opt(wounded), opt(civilians), OptionalInt.empty(), true);
    }

    public static Event event(String id, EventType type, String date, Optional<Place> place, String name, List<String> actor1,
                              List<String> actor2, Casualties c, List<String> docs, List<Evidence> evidence) {
        return new Event(id, type, Optional.of(LocalDate.parse(date)), DatePrecision.DAY, Optional.empty(), "explicit",
                place, name, actor1, actor2, c, docs, List.of(), evidence, 0.9, false);
    }

    private static OptionalInt opt(int v) { return v < 0 ? OptionalInt.empty() : OptionalInt.of(v); }
}
