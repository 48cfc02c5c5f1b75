package org.marsad.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.Set;
import java.util.regex.Pattern;
import org.marsad.common.DatePrecision;
import org.marsad.common.Span;
import org.marsad.entities.ActorMention;
import org.marsad.entities.Mention;
import org.marsad.entities.PlaceMention;
import org.marsad.geo.Place;
import org.marsad.ingest.Article;
import org.marsad.text.Quantity;
import org.marsad.text.Sentence;
import org.marsad.text.TextAnalysis;
import org.marsad.text.TimeExpr;

/**
 * The event stage: one article's text and mentions -> every event it reports, in text order, each
 * with documents = [article id] (fusion merges reports of one incident across articles).
 * Steps: trigger candidates per sentence ({@link EventSegmenter}) → non-event cues
 * ({@link NonEventFilter}, plus: a plural "هجمات" is generic unless a place follows it) → date,
 * place, actors and casualties of each candidate → coreference inside the article
 * ({@link ArticleCoreference}) → fallbacks (lede date, publication week, sentence / article place,
 * unidentified perpetrator) → events. Pure and thread-safe.
 */
public final class EventStage {
    private static final List<Pattern> BACKGROUND = LexiconPattern.readPatterns("background-cues.txt");
    /** "هجوم آخر", "تفجير مماثل": another incident of the same kind, not a back-reference. */
    private static final Pattern OTHER = LexiconPattern.compile("(اخري|اخر|ثانيه|جديده|جديد|مماثل|مماثلا|مماثله|مشابه|مشابها|مشابهه)!");
    private static final Pattern AGGREGATE = LexiconPattern.compile(
            "(احصاءات|احصائيات|احصائيه|احصاء|منذ مطلع|منذ بدايه|خلال العام|خلال الاعوام|خلال السنوات|منذ عام|حصيله شهريه|حصيله سنويه)!");
    private static final Pattern RENEWED = LexiconPattern.compile("(تجددت|تجدد|تتجدد|يتجدد|عادت|عاد|استؤنفت|استانفت|اندلعت مجددا)!");
    private static final Pattern ANOTHER_INCIDENT = LexiconPattern.compile("(في|وفي) (حادث|حادثه|تطور|هجوم|اعتداء) (اخر|اخري|منفصل|منفصله|ثان|ثاني|ثانيه)!");
    /** A period a plural trigger spans ("منذ أشهر", "طوال الأسبوع", "خلال الأيام الماضية"). */
    private static final Pattern PERIOD = Pattern.compile("(?:^|[\\s:])(?:منذ|طيله|طوال|خلال)(?:\\s|$)");
    private static final Pattern DEMONSTRATIVE = LexiconPattern.compile("(هذا|هذه|ذلك|تلك)!");
    private static final int MAX_EVIDENCE = 320;
    /** A sweep for the perpetrators of the incident just told ("بحثاً عن المنفذين", "لملاحقة الجناة"). */
    private static final Pattern PURSUIT = LexiconPattern.compile(
            "(بحثا|للبحث|لملاحقه|ملاحقه|لتعقب|تعقب|لاعتقال|للقبض) (عن|علي)? (المنفذين|المهاجمين|الجناه|الفاعلين|منفذي|المسلحين|القتله|الخاطفين)");
    /** Trigger clauses read per article (see apply). */
    static final int MAX_CANDIDATES = 1500;
    private static final Pattern DEFINITE_AREA = LexiconPattern.compile("(ب|و|ف|ل)?(المنطقه|القريه|البلده|الناحيه|المدينه|الحي|القضاء)!");
    /** Events dated more than this before publication are history or anniversaries, not news. */
    private static final int HISTORY_DAYS = 365;
    /** A day after publication is tolerated (time zones, a night told by both its days). */
    private static final int FUTURE_SLACK_DAYS = 1;

    private EventStage() {}

    public static List<Event> apply(Article article, TextAnalysis text, List<Mention> mentions) {
        String original = text.text().original();
        if (original.isBlank()) return List.of();
        Folded f = Folded.of(original);
        List<Sentence> sentences = text.sentences().isEmpty() ? EventSegmenter.sentencesOf(original) : text.sentences();
        List<ActorMention> actors = mentions.stream().filter(ActorMention.class::isInstance).map(ActorMention.class::cast)
                .sorted(Comparator.comparing(ActorMention::span)).toList();
        // an outlet's name ("مراسل (بغداد اليوم)") names neither the event's place nor its day
        List<Span> outlets = OutletNames.spans(f);
        List<PlaceMention> places = PlaceAssigner.eventPlaces(f,
                mentions.stream().filter(PlaceMention.class::isInstance).map(PlaceMention.class::cast)
                        .filter(p -> !OutletNames.inside(outlets, p.span())).toList());
        List<TimeExpr> times = text.times().stream().filter(x -> !OutletNames.inside(outlets, x.span()))
                .sorted(Comparator.comparing(TimeExpr::span)).toList();
        List<Quantity> quantities = text.quantities().stream().sorted(Comparator.comparing(Quantity::span)).toList();
        List<Mention> sortedMentions = mentions.stream().sorted(Comparator.comparing(Mention::span)).toList();

        List<EventMention> read = new ArrayList<>();
        List<Candidate> candidates = EventSegmenter.candidates(f, sentences);
        // bounded work per article: a news report has a few dozen trigger clauses; a text with thousands is
        // a dump or an attack on the service, and only its first MAX_CANDIDATES are read
        if (candidates.size() > MAX_CANDIDATES) candidates = candidates.subList(0, MAX_CANDIDATES);
        int prevSentence = -1;
        for (Candidate c : candidates) {
            // the first trigger of a sentence also counts the casualties told before it across commas and
            // reason connectors ("أفاد مصدر، اليوم، بمقتل جندي …، في اشتباكات …", "أصيب شرطيان إثر إطلاق نار …")
            // (a trigger dropped before it, such as a name "قيادة العمليات المشتركة", does not count as the first)
            int casualtyStart = c.sentenceIndex() != prevSentence ? Math.min(c.fSentenceStart(), c.fSegStart()) : c.fSegStart();
            // every rule of a candidate looks inside its sentence: hand it only that sentence's mentions
            Span sp = c.sentence().span();
            Optional<EventMention> m = read(f, c, slice(actors, ActorMention::span, sp), slice(places, PlaceMention::span, sp),
                    slice(times, TimeExpr::span, sp), slice(quantities, Quantity::span, sp), slice(sortedMentions, Mention::span, sp),
                    casualtyStart);
            if (m.isPresent()) {
                read.add(m.get());
                prevSentence = c.sentenceIndex();
            }
        }
        List<EventMention> withFollowUps = attachFollowUpCasualties(f, sentences, candidates, read, quantities);
        List<List<EventMention>> clusters = ArticleCoreference.cluster(withFollowUps);

        List<Event> drafts = new ArrayList<>();
        PlaceChoice articlePlace = articlePlace(f, sentences, places);
        Optional<PlaceMention> dateline = mentions.stream().filter(PlaceMention.class::isInstance).map(PlaceMention.class::cast)
                .filter(p -> p.cue() == org.marsad.entities.PlaceCue.DATELINE && p.place().inIraq()
                        && (PlaceAssigner.featureRank(p.place()) < 5 || PlaceAssigner.isGovernorate(p.place())))
                .findFirst();
        for (List<EventMention> cl : clusters) {
            Optional<Event> e = toEvent(article, f, cl, actors, places, times, articlePlace, dateline);
            // "ويأتي القصف بعد يومين من اقتحام محتجين …": the earlier incident is dated from the one just told
            OptionalInt before = daysBefore(f, cl.get(0).candidate());
            if (e.isPresent() && before.isPresent() && !e.get().dateDerivation().equals("explicit") && !drafts.isEmpty()) {
                Event ref = drafts.get(drafts.size() - 1), x = e.get();
                if (ref.date().isPresent()) {
                    e = Optional.of(new Event(x.id(), x.type(), ref.date().map(d -> d.minusDays(before.getAsInt())), ref.datePrecision(),
                            Optional.empty(), "relative:" + before.getAsInt() + " days before " + ref.date().get(), x.location(),
                            x.locationName(), x.actor1(), x.actor2(), x.casualties(), x.documents(), x.mentionDocuments(), x.evidence(),
                            x.confidence(), true));
                }
            }
            // "وفي اليوم التالي، اعتقلت قوة …": the day after the incident just told
            Candidate fc = cl.get(0).candidate();
            if (e.isPresent() && !e.get().dateDerivation().equals("explicit") && !drafts.isEmpty()
                    && IncidentCues.nextDay(f.folded(), fc.fSentenceStart(), fc.fTriggerStart())) {
                Event ref = drafts.get(drafts.size() - 1), x = e.get();
                if (ref.date().isPresent()) {
                    e = Optional.of(new Event(x.id(), x.type(), ref.date().map(d -> d.plusDays(1)), ref.datePrecision(),
                            Optional.empty(), "relative:the day after " + ref.date().get(), x.location(), x.locationName(),
                            x.actor1(), x.actor2(), x.casualties(), x.documents(), x.mentionDocuments(), x.evidence(),
                            x.confidence(), x.background()));
                }
            }
            // "عثرت … على جثتين تعودان لاثنين من … الذين اختطفوا …"، ثم "خرجوا صباح يوم الخميس": the find day is only the
            // latest day; the abduction's own day told in the next sentence (with no act of its own) dates the event
            if (e.isPresent() && e.get().type() == EventType.VIOLENCE_AGAINST_CIVILIANS && cl.stream().anyMatch(ArticleCoreference::bodyFound)) {
                Event x = e.get();
                Optional<TimeExpr> missing = abductionDay(f, candidates, times, cl.get(0).sentenceIndex() + 1, sentences, x.date());
                if (missing.isPresent()) {
                    TimeExpr b = missing.get();
                    e = Optional.of(new Event(x.id(), x.type(), b.date(), DatePrecision.DAY, Optional.empty(),
                            "relative:" + b.text() + " (abduction before the find)", x.location(), x.locationName(),
                            x.actor1(), x.actor2(), x.casualties(), x.documents(), x.mentionDocuments(), x.evidence(),
                            x.confidence(), x.background()));
                }
            }
            // "وقوة أخرى اعتقلت في اليوم ذاته …": the day of the act told before it, not the report's "اليوم"
            if (e.isPresent() && !e.get().dateDerivation().equals("explicit") && !drafts.isEmpty()
                    && IncidentCues.sameDay(f.folded(), fc.fSentenceStart(), fc.fTriggerEnd(), fc.fSentenceEnd())) {
                Event ref = drafts.get(drafts.size() - 1), x = e.get();
                // the act told just before: in this sentence or the one before it
                int from = fc.sentenceIndex() > 0 ? sentences.get(Math.min(fc.sentenceIndex(), sentences.size()) - 1).span().start() : 0;
                boolean adjacent = ref.evidence().stream().anyMatch(v -> v.span().end() > from);
                if (ref.date().isPresent() && adjacent) {
                    e = Optional.of(new Event(x.id(), x.type(), ref.date(), ref.datePrecision(), ref.dateAlt(),
                            "relative:the same day as " + ref.date().get(), x.location(), x.locationName(),
                            x.actor1(), x.actor2(), x.casualties(), x.documents(), x.mentionDocuments(), x.evidence(),
                            x.confidence(), x.background() || ref.background()));
                }
            }
            e.ifPresent(drafts::add);
            e.ifPresent(x -> drafts.addAll(otherGatherings(f, cl.get(0), x, places)));
        }
        drafts.sort(Comparator.comparing(e -> e.evidence().get(0).span()));
        List<Event> out = new ArrayList<>();
        List<String> lastPerpetrators = List.of();
        for (int i = 0; i < drafts.size(); i++) {
            Event e = drafts.get(i);
            List<String> own = e.actor1();
            // a sweep "بحثاً عن المنفذين" after an attack acts upon the attack's perpetrators
            if (e.type() == EventType.SECURITY_OPERATION && e.actor2().isEmpty() && !lastPerpetrators.isEmpty()
                    && e.evidence().stream().anyMatch(x -> PURSUIT.matcher(Folded.fold(x.text())).find())) {
                e = new Event(e.id(), e.type(), e.date(), e.datePrecision(), e.dateAlt(), e.dateDerivation(), e.location(),
                        e.locationName(), e.actor1(), lastPerpetrators.stream().filter(x -> !own.contains(x)).toList(),
                        e.casualties(), e.documents(), e.mentionDocuments(), e.evidence(), e.confidence(), e.background());
            }
            if (e.type() != EventType.SECURITY_OPERATION && e.type() != EventType.ARREST && e.type() != EventType.PROTEST) {
                lastPerpetrators = e.actor1();
            }
            out.add(new Event(article.id() + "-e" + (i + 1), e.type(), e.date(), e.datePrecision(), e.dateAlt(),
                    e.dateDerivation(), e.location(), e.locationName(), e.actor1(), e.actor2(), e.casualties(),
                    e.documents(), e.mentionDocuments(), e.evidence(), e.confidence(), e.background()));
        }
        return out;
    }

    /** A candidate in context, or empty when it reports no event. */
    private static Optional<EventMention> read(Folded f, Candidate c, List<ActorMention> actors, List<PlaceMention> places,
                                               List<TimeExpr> times, List<Quantity> quantities, List<Mention> mentions,
                                               int casualtyStart) {
        // a trigger word inside a time expression is the time ("فجر اليوم"), not an event
        if (c.hits().stream().allMatch(h -> times.stream().anyMatch(x -> x.span().overlaps(h.span())))) return Optional.empty();
        NonEventFilter.Judgement j = NonEventFilter.judge(f, c);
        // "اعترفوا بتنفيذ إطلاق صواريخ على المعسكر مساء الأحد الماضي": the confessed act dated by its own time is the
        // earlier incident, recalled
        // (a time after a trial word, "أقر متهمون بالتفجير أمام القضاء في جلسة المحاكمة أمس", is the court's day)
        boolean confessed = NonEventFilter.accused(j) && times.stream().anyMatch(x -> {
            int s = f.toFolded(x.span().start());
            return s >= c.fTriggerEnd() && s < c.fSegEnd() && !NonEventFilter.accusedCue(f.folded(), c.fTriggerEnd(), s);
        });
        if (confessed) j = new NonEventFilter.Judgement(NonEventFilter.Verdict.KEEP, "");
        if (j.verdict() == NonEventFilter.Verdict.DROP) return Optional.empty();
        PlaceChoice place = PlaceAssigner.inScope(f, c, places);
        if (c.plural() && j.verdict() == NonEventFilter.Verdict.KEEP && !placeAfterTrigger(f, c, places)) {
            return Optional.empty(); // "الهجمات" with no place of its own: generic
        }
        boolean refer = j.verdict() == NonEventFilter.Verdict.REFER;
        EventType type = c.type().orElse(EventType.ATTACK);
        if (type == EventType.AGREEMENT_OR_MEETING) return Optional.empty();
        String t = f.folded();
        boolean definite = c.lexicallyDefinite() || followedByName(f, c, mentions, times)
                || IncidentCues.definiteMeansAfter(t, c.fTriggerEnd(), c.fSentenceEnd())
                || IncidentCues.traces(t, c.fSentenceStart(), c.fTriggerStart())
                || DEMONSTRATIVE.matcher(t).region(NonEventFilter.wordsBack(t, c.fTriggerStart(), 1, c.fSentenceStart()), c.fTriggerStart()).find();
        boolean other = OTHER.matcher(t).region(c.fTriggerEnd(), NonEventFilter.wordsForward(t, c.fTriggerEnd(), 1, c.fSentenceEnd())).find()
                // "تجددت الاحتجاجات", "عادت الاشتباكات": a renewed incident is a new one
                || RENEWED.matcher(t).region(NonEventFilter.wordsBack(t, c.fTriggerStart(), 2, c.fSentenceStart()), c.fTriggerStart()).find();
        // "بعد يومين من …": an earlier incident; the trigger right after the phrase starts it as another incident,
        // later triggers of the proposition ("…، وإضرامهم النار") may join it
        boolean earlier = daysBefore(f, c).isPresent();
        // "وفي حادث آخر، قتل مدني …": another incident, even at a compatible place
        other |= ANOTHER_INCIDENT.matcher(t).region(Math.max(c.fResetStart(), c.fSentenceStart()), c.fTriggerStart()).find();
        other |= earlier && DAYS_BEFORE.matcher(t).region(NonEventFilter.wordsBack(t, c.fTriggerStart(), 9, c.fSentenceStart()), c.fTriggerStart()).find();
        boolean background = earlier || confessed || EventSegmenter.anyMatch(BACKGROUND, t, c.fSentenceStart(), c.fTriggerStart());
        DateChoice date = DateAssigner.assign(f, c, times);
        if ((refer || c.isReference()) && date.rank() > 1) {
            // a back-reference's time words are weak evidence: they never outrank the report's own
            date = new DateChoice(date.date(), date.precision(), date.alternate(), date.derivation(), 1);
        }
        // "تتبنى الجماعة منذ أشهر هجمات بالطائرات المسيرة": plural acts over a period are a campaign, not an incident
        if (actsPlural(c) && date.rank() >= 2 && PERIOD.matcher(Folded.fold(date.derivation())).find()) return Optional.empty();
        List<CasualtyFact> facts = CasualtyAssigner.facts(f, quantities, c.sentenceIndex(), casualtyStart, c.fSegEnd());
        // the first trigger of a sentence: victims told before it ("قتل جنديان … بهجوم", "أصيب اثنان من عناصر البيشمركة بانفجار")
        // (in a clash the dead are of both sides: they are its sides, sorted later; in protests the crowd acts)
        List<String> victims = casualtyStart < c.fSegStart() && !refer && type != EventType.PROTEST && type != EventType.RIOT
                ? ActorRoles.victimsBefore(f, c, actors, casualtyStart, c.fSegStart()) : List.of();
        Roles roles = type == EventType.ARMED_CLASH ? new Roles(victims, List.of()) : new Roles(List.of(), victims);
        return Optional.of(new EventMention(c, type, refer, definite, other, background, date, place, roles, facts));
    }

    /** Every act word of the candidate is plural ("هجمات بالطائرات المسيرة": the aircraft is the means, not the act). */
    static boolean actsPlural(Candidate c) {
        List<TriggerHit> acts = c.hits().stream().filter(h -> !h.agent()).toList();
        return !acts.isEmpty() && acts.stream().allMatch(TriggerHit::plural);
    }

    private static boolean placeAfterTrigger(Folded f, Candidate c, List<PlaceMention> places) {
        boolean resolved = places.stream().anyMatch(p -> PlaceAssigner.within(f, p, c.fTriggerEnd(), c.fSegEnd())
                && PlaceAssigner.specific(p.place()));
        return resolved || PlaceAssigner.unresolvedName(f, c.fTriggerEnd(), c.fSegEnd()).isPresent();
    }

    /** "هجوم داعش", "هجوم مخمور", "هجوم ليلة أمس": a noun in construct with a name or a time is definite. */
    private static boolean followedByName(Folded f, Candidate c, List<Mention> mentions, List<TimeExpr> times) {
        int end = c.trigger().end();
        String o = f.original();
        for (Mention m : mentions) {
            if (m.span().start() >= end && m.span().start() - end <= 3 && o.substring(end, m.span().start()).strip().matches("[لـ]*")) return true;
        }
        for (TimeExpr x : times) {
            if (x.span().start() >= end && x.span().start() - end <= 2 && o.substring(end, x.span().start()).isBlank()) return true;
        }
        return false;
    }

    /**
     * A sentence with casualty figures but no trigger ("وأسفر ذلك عن مقتل 3") continues the last event
     * mention of the sentence before it.
     */
    private static List<EventMention> attachFollowUpCasualties(Folded f, List<Sentence> sentences, List<Candidate> candidates,
                                                               List<EventMention> read, List<Quantity> quantities) {
        List<EventMention> out = new ArrayList<>(read);
        Set<Integer> withTrigger = new LinkedHashSet<>();
        for (Candidate c : candidates) withTrigger.add(c.sentenceIndex());
        java.util.Map<Integer, EventMention> lastOfSentence = new java.util.HashMap<>();
        java.util.Map<EventMention, Integer> index = new java.util.IdentityHashMap<>();
        for (int i = 0; i < read.size(); i++) {
            EventMention m = read.get(i);
            index.put(m, i);
            if (!m.refer()) lastOfSentence.put(m.sentenceIndex(), m);
        }
        for (int si = 1; si < sentences.size(); si++) {
            if (withTrigger.contains(si)) continue;
            final int prev = si - 1;
            if (!withTrigger.contains(prev)) continue;
            Optional<EventMention> last = Optional.ofNullable(lastOfSentence.get(prev));
            if (last.isEmpty()) continue;
            Sentence s = sentences.get(si);
            int fs = f.toFolded(s.span().start()), fe = f.toFolded(s.span().end());
            // "وبحسب إحصاءات …، قتل أكثر من 30 شخصاً منذ مطلع العام": an aggregate, not this event's toll
            if (AGGREGATE.matcher(f.folded()).region(fs, fe).find()) continue;
            List<CasualtyFact> facts = CasualtyAssigner.facts(f, slice(quantities, Quantity::span, s.span()), si, fs, fe);
            if (facts.isEmpty() || facts.stream().allMatch(x -> x.role().equals("VAGUE"))) continue;
            EventMention m = last.get();
            List<CasualtyFact> all = new ArrayList<>(m.facts());
            all.addAll(facts);
            out.set(index.get(m), new EventMention(m.candidate(), m.type(), m.refer(), m.definite(), m.other(),
                    m.background(), m.date(), m.place(), m.roles(), all));
        }
        return out;
    }

    /** The items of a list sorted by span that start inside the range (binary search, no copy). */
    static <T> List<T> slice(List<T> sorted, java.util.function.Function<T, Span> span, Span range) {
        int lo = 0, hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (span.apply(sorted.get(mid)).start() < range.start()) lo = mid + 1; else hi = mid;
        }
        int end = lo;
        while (end < sorted.size() && span.apply(sorted.get(end)).start() < range.end()) end++;
        return sorted.subList(lo, end);
    }

    /** The article's main place: the most precise event place named in its first two sentences. */
    private static PlaceChoice articlePlace(Folded f, List<Sentence> sentences, List<PlaceMention> places) {
        if (sentences.isEmpty()) return PlaceChoice.NONE;
        int end = f.toFolded(sentences.get(Math.min(1, sentences.size() - 1)).span().end());
        return places.stream().filter(p -> f.toFolded(p.span().start()) < end)
                .min(Comparator.comparingInt((PlaceMention p) -> p.place().geoPrecision())
                        .thenComparingInt(p -> PlaceAssigner.featureRank(p.place())))
                .map(p -> new PlaceChoice(Optional.of(p.place()), p.text(), 0)).orElse(PlaceChoice.NONE);
    }

    private static Optional<Event> toEvent(Article article, Folded f, List<EventMention> cl, List<ActorMention> actors,
                                           List<PlaceMention> places, List<TimeExpr> times, PlaceChoice articlePlace,
                                           Optional<PlaceMention> dateline) {
        EventMention first = cl.get(0);
        EventType type = ArticleCoreference.type(cl);

        // date: own expression, else the lede's relative expression for the lede's event, else publication week
        DateChoice date = ArticleCoreference.date(cl);
        if (date.rank() == 0) date = ledeDate(f, first, times).orElse(DateAssigner.fromPublication(article));
        if (date.rank() >= 2 && date.date().isPresent() && article.published().isPresent()
                && date.date().get().isBefore(article.published().get().minusDays(HISTORY_DAYS))) {
            return Optional.empty();
        }
        // a report cannot tell what has not happened yet: its own day after publication is a plan ("الأسبوع المقبل")
        if (date.rank() >= 2 && date.date().isPresent() && article.published().isPresent()
                && date.date().get().isAfter(article.published().get().plusDays(FUTURE_SLACK_DAYS))) {
            return Optional.empty();
        }

        // place: own scope, else the first report's sentence, else the article's main place
        PlaceChoice place = ArticleCoreference.place(cl);
        if (!place.isPresent()) place = PlaceAssigner.inSentence(f, first.candidate(), slice(places, PlaceMention::span, first.candidate().sentence().span()));
        boolean hasCasualties = cl.stream().anyMatch(m -> !m.facts().isEmpty());
        // "طوقت المنطقة", "داخل القرية": a definite area noun points back to the place the article is about
        Candidate fc = first.candidate();
        if (!place.isPresent() && articlePlace.isPresent()
                && DEFINITE_AREA.matcher(f.folded()).region(fc.fSentenceStart(), EventSegmenter.propositionEnd(f, fc)).find()) {
            place = articlePlace;
        }
        if (!place.isPresent() && date.rank() < 2 && !hasCasualties) return Optional.empty(); // too vague to code
        if (!place.isPresent()) place = articlePlace;
        // a place the gazetteer does not know ("قضاء الدبس"), or none at all for a report with its own figures or day:
        // the outlet's dateline names the governorate it reports from
        if (place.place().isEmpty() && dateline.isPresent()) {
            place = new PlaceChoice(Optional.of(dateline.get().place()), place.name().isEmpty() ? dateline.get().text() : place.name(), 0);
        }
        // ACLED needs a place: an event placed nowhere, or only in a whole country or region, without a
        // casualty figure is commentary ("هجوم الإعلام على …", "غارات يومية على شمال العراق"), not a codable event
        boolean coarse = place.place().map(p -> PlaceAssigner.featureRank(p) >= 5 && !PlaceAssigner.isGovernorate(p))
                .orElse(place.name().isEmpty());
        boolean counted = cl.stream().flatMap(m -> m.facts().stream()).anyMatch(x -> !x.role().equals("VAGUE"));
        if (coarse && !counted) return Optional.empty();
        if (place.place().isEmpty() && place.name().isEmpty()) return Optional.empty();

        // actors
        Set<String> a1 = new LinkedHashSet<>(), a2 = new LinkedHashSet<>();
        for (EventMention m : cl) {
            if (m.refer()) continue; // who condemns or mourns is no party to the event
            Candidate mc = m.candidate();
            Roles r = ActorRoles.assign(f, mc, type, slice(actors, ActorMention::span, mc.sentence().span()), mc.fSegStart(), mc.fSegEnd());
            a1.addAll(r.actor1());
            a2.addAll(r.actor2());
            a1.addAll(m.roles().actor1());
            a2.addAll(m.roles().actor2());
            a1.removeAll(m.roles().actor2());
        }
        Candidate c = first.candidate();
        Roles sentenceRoles = ActorRoles.assign(f, c, type, slice(actors, ActorMention::span, c.sentence().span()), c.fSentenceStart(), c.fSentenceEnd());
        for (EventMention m : cl) {
            List<String> claimed = ActorRoles.claimants(f, slice(actors, ActorMention::span, m.candidate().sentence().span()),
                    m.candidate().fSentenceStart(), m.candidate().fSentenceEnd());
            a1.addAll(claimed);
            a2.removeAll(claimed);
        }
        boolean onlyUnidentified = a1.isEmpty() || a1.equals(Set.of(ActorRoles.UNIDENTIFIED));
        if (onlyUnidentified) {
            List<String> named = sentenceRoles.actor1().stream().filter(x -> !x.equals(ActorRoles.UNIDENTIFIED)).toList();
            if (!named.isEmpty()) { a1.clear(); a1.addAll(named); }
            else if (a1.isEmpty()) a1.addAll(sentenceRoles.actor1());
        }
        if (a2.isEmpty() && (type == EventType.SECURITY_OPERATION || type == EventType.ARREST || type == EventType.AIRSTRIKE
                || type == EventType.RIOT)) { // a riot's sentence names the forces that faced it ("فيما استخدمت القوات …")
            a2.addAll(sentenceRoles.actor2());
        }
        if (type == EventType.ARREST && a2.isEmpty() && ActorRoles.accusedRioters(f, c.fSentenceStart(), c.fSentenceEnd())) a2.add("Rioters");
        if (a1.size() > 1) a1.remove(ActorRoles.UNIDENTIFIED);
        if (a2.size() > 1) a2.remove(ActorRoles.UNIDENTIFIED);
        Casualties cas = CasualtyAssigner.combine(cl.stream().flatMap(m -> m.facts().stream()).toList());
        if (cas.civiliansKilled().orElse(0) > 0) a2.add(ActorRoles.CIVILIANS);
        // ACLED: violence against civilians has civilians as its target by definition
        if (type == EventType.VIOLENCE_AGAINST_CIVILIANS && a2.isEmpty()) a2.add(ActorRoles.CIVILIANS);
        if (a1.isEmpty() && (type == EventType.ATTACK || type == EventType.EXPLOSION || type == EventType.SHELLING
                || type == EventType.VIOLENCE_AGAINST_CIVILIANS || type == EventType.AIRSTRIKE)) {
            a1.add(ActorRoles.UNIDENTIFIED);
        }
        // ACLED codes every demonstration with its crowd, named or not
        if (a1.isEmpty() && type == EventType.PROTEST) a1.add("Protesters");
        if (type == EventType.RIOT) {
            // ACLED: the crowd of a riot is coded as rioters, whatever the report calls it
            a1.remove("Protesters");
            a2.remove("Protesters");
            if (a1.isEmpty()) a1.add("Rioters");
        }
        a2.removeAll(a1);
        if (type == EventType.ARMED_CLASH) ActorRoles.clashSides(a1, a2, actors);
        ActorRoles.dropUnspecifiedForces(a1);
        ActorRoles.dropUnspecifiedForces(a2);
        // ACLED: an armed group's attack on civilians only is violence against civilians; a "killing" of fighters is an attack
        // (protesters and activists are unarmed too)
        if (type == EventType.ATTACK && !a2.isEmpty() && a2.stream().allMatch(ActorRoles::unarmed)) type = EventType.VIOLENCE_AGAINST_CIVILIANS;
        if (type == EventType.VIOLENCE_AGAINST_CIVILIANS && a2.stream().anyMatch(x -> !ActorRoles.unarmed(x))) type = EventType.ATTACK;
        // ACLED: the dead of violence against civilians are civilians ("اغتيال ناشط … فارق الحياة" = 1 civilian killed)
        if (type == EventType.VIOLENCE_AGAINST_CIVILIANS && cas.killed().orElse(0) > 0 && cas.civiliansKilled().isEmpty()) {
            cas = new Casualties(cas.killed(), cas.killedLow(), cas.killedHigh(), cas.wounded(), cas.killed(),
                    cas.killedOrWounded(), cas.reported());
        }

        // evidence: each report's sentence (or its scope when the sentence is long), in text order
        List<Evidence> evidence = new ArrayList<>();
        Set<Span> seen = new LinkedHashSet<>();
        for (EventMention m : cl) {
            Candidate mc = m.candidate();
            Span span = mc.sentence().span().length() <= MAX_EVIDENCE ? mc.sentence().span() : trim(f.original(), mc.segment());
            if (seen.add(span)) evidence.add(new Evidence(article.id(), span, span.of(f.original())));
        }
        evidence.sort(Comparator.comparing(Evidence::span));

        boolean background = first.background() || date.rank() >= 2 && date.date().isPresent()
                && article.published().isPresent() && date.date().get().isBefore(article.published().get().minusDays(3));
        double confidence = confidence(cl, date, place, a1, hasCasualties);
        Optional<Place> location = place.place();
        String name = place.name();
        return Optional.of(new Event("", type, date.date(), date.precision(), date.alternate(), date.derivation(), location,
                name, new ArrayList<>(a1), new ArrayList<>(a2), hasCasualties ? cas : Casualties.NONE,
                List.of(article.id()), List.of(), evidence, confidence, background));
    }

    /**
     * ACLED codes a demonstration once per place: "تظاهر العشرات في قضاءي كلار وجمجمال" is two protests.
     * For a protest or riot, each further place coordinated with the event's place by "و" in the
     * trigger's scope gives a copy of the event at that place.
     */
    private static List<Event> otherGatherings(Folded f, EventMention first, Event e, List<PlaceMention> places) {
        if (e.type() != EventType.PROTEST && e.type() != EventType.RIOT || e.location().isEmpty()) return List.of();
        Candidate c = first.candidate();
        List<PlaceMention> inScope = places.stream().filter(p -> PlaceAssigner.within(f, p, c.fSegStart(), c.fSegEnd())).toList();
        List<Event> out = new ArrayList<>();
        for (int i = 0; i + 1 < inScope.size(); i++) {
            PlaceMention a = inScope.get(i), b = inScope.get(i + 1);
            if (!a.place().gazetteerId().equals(e.location().get().gazetteerId()) && !a.text().equals(e.locationName())) continue;
            String between = f.original().substring(a.span().end(), Math.max(a.span().end(), b.span().start())).strip();
            if (!between.equals("و") && !between.isEmpty() || b.place().gazetteerId().equals(a.place().gazetteerId())) continue;
            if (Math.abs(PlaceAssigner.featureRank(a.place()) - PlaceAssigner.featureRank(b.place())) > 2) continue;
            out.add(new Event("", e.type(), e.date(), e.datePrecision(), e.dateAlt(), e.dateDerivation(), Optional.of(b.place()),
                    b.text(), e.actor1(), e.actor2(), Casualties.NONE, e.documents(), e.mentionDocuments(), e.evidence(),
                    e.confidence(), e.background()));
            e = out.get(out.size() - 1);
        }
        return out;
    }

    /**
     * "بعد يومين من", "بعد خمسة أيام من", "بعد أسبوع من" / "بعد أسبوع على" written before a trigger in its proposition: the incident happened
     * that many days before the one the sentence is about. Empty when no such phrase precedes the trigger.
     */
    /**
     * A day told in sentence {@code index} when that sentence has no trigger of its own, falls before the find day
     * and within {@link ArticleCoreference#BODY_FOUND_DAYS} of it: the day the victims went missing.
     */
    static Optional<TimeExpr> abductionDay(Folded f, List<Candidate> candidates, List<TimeExpr> times, int index,
                                           List<Sentence> sentences, Optional<java.time.LocalDate> found) {
        if (found.isEmpty() || index >= sentences.size() || candidates.stream().anyMatch(c -> c.sentenceIndex() == index)) return Optional.empty();
        Span sp = sentences.get(index).span();
        return times.stream().filter(t -> sp.contains(t.span()) && t.precision() == DatePrecision.DAY && t.date().isPresent()
                        && t.date().get().isBefore(found.get())
                        && !t.date().get().isBefore(found.get().minusDays(ArticleCoreference.BODY_FOUND_DAYS)))
                .findFirst();
    }

    static OptionalInt daysBefore(Folded f, Candidate c) {
        String t = f.folded();
        // anywhere before the trigger in its proposition: "بعد يومين من اقتحام محتجين موقعاً …، وإضرامهم النار" is one earlier riot
        Matcher m = DAYS_BEFORE.matcher(t).region(Math.max(c.fResetStart(), c.fSentenceStart()), c.fTriggerStart());
        if (!m.find()) return OptionalInt.empty();
        String unit = m.group(1).strip();
        if (unit.startsWith("يوم")) return OptionalInt.of(unit.equals("يومين") ? 2 : 1);
        if (unit.startsWith("اسبوع")) return OptionalInt.of(unit.equals("اسبوعين") ? 14 : 7);
        String[] w = unit.split("\\s+");
        int n = w[0].chars().allMatch(Character::isDigit) ? Integer.parseInt(w[0]) : DAY_COUNTS.indexOf(w[0]) + 3;
        if (n < 3) return OptionalInt.empty();
        return OptionalInt.of(w[1].startsWith("اسابيع") ? 7 * n : n);
    }

    /** "ثلاثة" … "عشرة" (folded), in order from three. */
    private static final List<String> DAY_COUNTS = List.of("ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثمانيه", "تسعه", "عشره");
    private static final Pattern DAYS_BEFORE = LexiconPattern.compile(
            "re:بعد\\s+(يوم|يومين|اسبوع|اسبوعين|(?:\\d{1,2}|ثلاثه|اربعه|خمسه|سته|سبعه|ثمانيه|تسعه|عشره)\\s+(?:ايام|اسابيع))\\s+(?:فقط\\s+)?(?:علي\\s+من|من|علي)\\s");

    /** The lede's relative time expression ("أمس", "الليلة الماضية") dates the event the lede reports. */
    private static Optional<DateChoice> ledeDate(Folded f, EventMention first, List<TimeExpr> times) {
        if (first.sentenceIndex() > 1) return Optional.empty();
        int ledeEnd = first.candidate().sentence().span().end();
        return times.stream().filter(x -> x.relative() && x.span().start() < ledeEnd).findFirst()
                .map(x -> x.date().isEmpty() || x.precision() == DatePrecision.UNKNOWN
                        ? new DateChoice(Optional.empty(), DatePrecision.UNKNOWN, Optional.empty(), "unknown", 1)
                        : new DateChoice(x.date(), x.precision(), x.alternate(), "relative:" + x.text(), 1));
    }

    private static double confidence(List<EventMention> cl, DateChoice date, PlaceChoice place, Set<String> a1,
                                     boolean casualties) {
        double c = cl.stream().filter(m -> !m.refer()).mapToDouble(m -> m.candidate().weight()).max().orElse(0.5) * 0.7;
        if (place.isPresent() && place.rank() >= 1) c += 0.1;
        if (date.rank() >= 2) c += 0.08;
        if (!a1.isEmpty() && !a1.contains(ActorRoles.UNIDENTIFIED)) c += 0.06;
        if (casualties) c += 0.06;
        if (cl.size() > 1) c += 0.05;
        return Math.round(Math.min(1.0, c) * 100) / 100.0;
    }

    private static Span trim(String text, Span s) {
        int a = s.start(), b = s.end();
        while (a < b && (Character.isWhitespace(text.charAt(a)) || ",،".indexOf(text.charAt(a)) >= 0)) a++;
        while (b > a && (Character.isWhitespace(text.charAt(b - 1)) || ",،".indexOf(text.charAt(b - 1)) >= 0)) b--;
        return new Span(a, Math.max(a, b));
    }

}
