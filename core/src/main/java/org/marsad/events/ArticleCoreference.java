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
    /**
     * A mention is compared with at most this many recent events: coreference in news text is local,
     * and the bound keeps a long, trigger-dense text linear.
     */
    static final int WINDOW = 24;

    private ArticleCoreference() {}

    /**
     * Two trigger clauses of one sentence that are one incident, by type: the more specific type wins
     * ({@link #precedence}). A riot absorbs the protest it grew from and the shooting at it; a bombing,
     * shelling or air strike absorbs the "attack" or killing it caused; a clash absorbs the shelling or
     * attacks exchanged in it.
     */
    static boolean oneIncident(EventType a, EventType b) {
        // two reports of one type in a sentence: the ordinary rules decide, except for a crowd's actions
        // ("اقتحم محتجون … وأضرموا النار", "تظاهر المئات … في تظاهرة سلمية")
        // ("اندلع اشتباك … ثم تحول إلى تبادل لإطلاق النار": one fight told twice)
        if (a == b) return a == EventType.RIOT || a == EventType.PROTEST || a == EventType.ARMED_CLASH;
        java.util.Set<EventType> s = java.util.EnumSet.of(a, b);
        if (s.contains(EventType.RIOT)) return s.contains(EventType.PROTEST) || s.contains(EventType.ATTACK) || s.contains(EventType.ARMED_CLASH);
        boolean generic = s.contains(EventType.ATTACK) || s.contains(EventType.VIOLENCE_AGAINST_CIVILIANS);
        boolean specific = s.contains(EventType.EXPLOSION) || s.contains(EventType.SHELLING) || s.contains(EventType.AIRSTRIKE);
        if (generic && specific) return true;
        // forces firing on a demonstration in its sentence: ACLED's "excessive force against protesters" is the protest
        if (s.contains(EventType.PROTEST) && generic) return true;
        // a killing or abduction and the shooting that did it ("اغتال مسلحون مختاراً بإطلاق النار عليه")
        if (s.equals(java.util.EnumSet.of(EventType.ATTACK, EventType.VIOLENCE_AGAINST_CIVILIANS))) return true;
        // "أعدم التنظيم 15 رجلاً بعد القبض عليهم": the capture that led to the killing is part of it
        if (s.equals(java.util.EnumSet.of(EventType.VIOLENCE_AGAINST_CIVILIANS, EventType.ARREST))) return true;
        // ACLED: the most violent act types the event, so arrests made in a clash ("قتل مهرب واعتقل اثنان إثر
        // اشتباك مع قوة") are the clash's outcome
        // (and the suicide bombers who blew themselves up in the battle: "قتل 22 إرهابياً بينهم انتحاريان فجرا نفسيهما")
        if (s.contains(EventType.ARMED_CLASH)) return s.contains(EventType.SHELLING) || s.contains(EventType.ATTACK) || s.contains(EventType.ARREST)
                || s.contains(EventType.EXPLOSION);
        return false;
    }

    /**
     * "هاجم مسلحون منزل المختار وأطلقوا النار على عائلته": a verb joined by "و" that continues an attack or
     * killing of its sentence, with the same subject, is the same act told step by step.
     */
    private static boolean sameActContinued(List<EventMention> c, EventMention m) {
        EventType t = type(c);
        boolean personal = t == EventType.ATTACK || t == EventType.VIOLENCE_AGAINST_CIVILIANS;
        boolean same = m.type() == EventType.ATTACK || m.type() == EventType.VIOLENCE_AGAINST_CIVILIANS;
        return personal && same && !m.definite() && CONTINUING_VERB.matcher(triggerText(m.candidate())).lookingAt();
    }

    /**
     * "فجر انتحاري نفسه …، كما لقي الانتحاري حتفه": a definite trigger noun of the same type later in the
     * sentence names the agent already told (the bomber's own death), not a second incident. (An indefinite
     * weapon noun is not enough: round-ups list several bombings of one city in one sentence.)
     */
    private static boolean sameAgentAgain(List<EventMention> c, EventMention m) {
        if (type(c) != m.type() || m.candidate().plural()) return false;
        if (m.candidate().hits().stream().anyMatch(h -> h.definite() && !h.weak())) return true;
        return agentOnly(c, m);
    }

    /** The doer named before the act ("بالتنسيق مع طيران التحالف، نفذت القيادة ضربة جوية"): one strike. */
    private static boolean agentOnly(List<EventMention> c, EventMention m) {
        return c.stream().filter(x -> x.sentenceIndex() == m.sentenceIndex())
                .allMatch(x -> x.candidate().hits().stream().allMatch(TriggerHit::agent));
    }

    private static String triggerText(Candidate c) {
        int base = c.sentence().span().start();
        return c.sentence().text().substring(c.trigger().start() - base, c.trigger().end() - base) + " ";
    }

    /** A targeting verb with no conjunction (an asyndetic relative clause after an indefinite noun). */
    private static final java.util.regex.Pattern RELATIVE_VERB = LexiconPattern.compile("(استهدف|استهدفت|يستهدف|تستهدف|طال|طالت)!");

    /**
     * "بهجوم لمسلحي داعش استهدف نقطة مرابطة": a verb right after the act noun of its clause, with no "و" or comma
     * between, describes that act (an attack that targeted …), not a second one.
     */
    private static boolean describesAct(List<EventMention> c, EventMention m) {
        if (!type(c).violent() || m.type() != EventType.ATTACK || m.definite()) return false;
        Candidate mc = m.candidate();
        if (!RELATIVE_VERB.matcher(Folded.fold(triggerText(mc))).lookingAt()) return false;
        EventMention last = c.get(c.size() - 1);
        Candidate lc = last.candidate();
        if (last.sentenceIndex() != m.sentenceIndex() || lc.trigger().end() > mc.trigger().start()) return false;
        int base = mc.sentence().span().start();
        String between = mc.sentence().text().substring(lc.trigger().end() - base, mc.trigger().start() - base).strip();
        if (between.isEmpty()) return true;
        if (between.matches(".*[،,.؛;:\"«»].*")) return false;
        String[] words = between.split("\\s+");
        return words.length <= 5 && java.util.Arrays.stream(words).noneMatch(w -> w.startsWith("و") || w.equals("ثم"));
    }

    /** A conjoined verb in the plural of its subject ("وأطلقوا", "واستهدفوا", "وقتلوا", "واختطفوا"). */
    private static final java.util.regex.Pattern CONTINUING_VERB = java.util.regex.Pattern.compile("و[^\\s]+(وا|و)(\\s|$)");

    /** Higher = more specific for one incident told by several trigger words. */
    static int precedence(EventType t) {
        return switch (t) {
            case RIOT -> 6;
            case ARMED_CLASH -> 5;
            case EXPLOSION, AIRSTRIKE -> 4;
            case SHELLING, PROTEST -> 3;
            case ATTACK, VIOLENCE_AGAINST_CIVILIANS -> 2;
            default -> 1;
        };
    }

    /** Same sentence, places that do not contradict, and no own date that differs. */
    private static boolean sameScene(EventMention m, List<EventMention> c) {
        return PlaceAssigner.compatible(m.place(), place(c)) && namesCompatible(m.place(), place(c))
                && m.date().compatible(date(c)) && (m.background() == c.get(0).background() || agentOnly(c, m));
    }

    static List<List<EventMention>> cluster(List<EventMention> mentions) {
        List<List<EventMention>> clusters = new ArrayList<>();
        for (EventMention m : mentions) {
            Optional<List<EventMention>> target = Optional.empty();
            if (m.type() == EventType.ARREST) {
                // arrests of the crowd in the sentence of a protest are the protest's intervention, not a new event
                target = clusters.subList(Math.max(0, clusters.size() - WINDOW), clusters.size()).stream().filter(c -> (type(c) == EventType.PROTEST || type(c) == EventType.RIOT)
                        && c.stream().anyMatch(x -> x.sentenceIndex() == m.sentenceIndex())).findFirst();
            }
            if (target.isEmpty() && !m.refer() && !m.candidate().isReference() && !m.other()) {
                // one sentence, one incident: "عبوة ناسفة قتلت عنصرين", "اشتباكات استخدمت فيها قذائف الهاون"
                for (int i = clusters.size() - 1; i >= Math.max(0, clusters.size() - WINDOW) && target.isEmpty(); i--) {
                    List<EventMention> c = clusters.get(i);
                    if (c.stream().anyMatch(x -> x.sentenceIndex() == m.sentenceIndex() && !x.refer() && !x.candidate().isReference())
                            && (oneIncident(type(c), m.type()) || sameActContinued(c, m) || sameAgentAgain(c, m) || instrumentOf(c, m)
                                || describesAct(c, m)) && sameScene(m, c)) target = Optional.of(c);
                }
            }
            for (int i = clusters.size() - 1; i >= Math.max(0, clusters.size() - WINDOW) && target.isEmpty(); i--) {
                List<EventMention> c = clusters.get(i);
                if (!compatible(m, c)) continue;
                if (m.refer() || m.candidate().isReference() || (m.definite() || hitsKnownAttackers(m)) && !m.other()) target = Optional.of(c);
                else if (!m.other() && !bulleted(m) && c.stream().noneMatch(x -> x.sentenceIndex() == m.sentenceIndex() && !x.refer())
                        && (strongPlace(m, c) || continuesPrevious(m, c)) && !recalledElsewhere(m, c)) target = Optional.of(c);
            }
            if (target.isEmpty() && m.candidate().lexicallyDefinite() && !m.other() && (m.date().rank() < 2 || restated(m)) && !m.candidate().plural()) {
                // "التفجير", "الهجوم" with no date of its own: the incident already told, even where the
                // sentence names other places (the bombers' origin, the victims' destination)
                for (int i = clusters.size() - 1; i >= Math.max(0, clusters.size() - WINDOW) && target.isEmpty(); i--) {
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
        // a killing of the attackers is a fighting act (the defence), whatever its verb
        EventType mt = hitsKnownAttackers(m) ? EventType.ATTACK : m.type();
        if (!m.candidate().isReference() && !familyCompatible(ct, mt, m.definite())) return false;
        // headline and lede tell one story: there the same governorate is enough ("كركوك" / "قضاء الحويجة")
        boolean headlineAndLede = m.sentenceIndex() == 1 && cluster.stream().anyMatch(x -> x.sentenceIndex() == 0 && isHeadline(x));
        PlaceChoice cp = place(cluster);
        boolean placeOk = headlineAndLede
                ? PlaceAssigner.compatible(new PlaceChoice(m.place().place(), m.place().name(), m.place().rank(), true), cp)
                : PlaceAssigner.compatible(m.place(), cp);
        if (!placeOk) return false;
        if (!namesCompatible(m.place(), place(cluster))) return false;
        if (otherDayOfDemonstration(m, cluster)) return false;
        return m.date().compatible(date(cluster)) || bodyFoundLater(m, cluster);
    }

    /**
     * ACLED codes a demonstration once per day and place: "وتجمع المحتجون أمس … لكن المشهد تغير اليوم" are two
     * events, so two demonstrations dated by their own words on different days are never one.
     */
    static boolean otherDayOfDemonstration(EventMention m, List<EventMention> cluster) {
        DateChoice d = date(cluster), md = m.date();
        return m.type().family().equals("demonstration") && type(cluster).family().equals("demonstration")
                && d.rank() >= 2 && md.rank() >= 2 && d.precision() == org.marsad.common.DatePrecision.DAY
                && md.precision() == org.marsad.common.DatePrecision.DAY && d.date().isPresent() && md.date().isPresent()
                && !d.date().equals(md.date()) && !md.alternate().equals(d.date()) && !d.alternate().equals(md.date());
    }

    /** How long before a body is found the abduction or killing that ended in it may be told. */
    static final int BODY_FOUND_DAYS = 30;

    /**
     * "عثر على جثة مزارع مختطف" and "اختطف مساء الجمعة": the day a body is found is the latest day of the killing,
     * so a killing or abduction told as up to a month earlier is the same incident (dated by its own day), whichever
     * is told first.
     */
    static boolean bodyFoundLater(EventMention m, List<EventMention> cluster) {
        DateChoice d = date(cluster), md = m.date();
        if (d.date().isEmpty() || md.date().isEmpty()) return false;
        boolean clusterFound = cluster.stream().allMatch(x -> x.refer() || bodyFound(x));
        if (clusterFound && !bodyFound(m)) return within(md, d);
        // the find told twice: once with the victims' abduction day ("جثتي اثنين … خُطفوا يوم الجمعة"), once with the
        // day the bodies were found ("الجثتين وُجدتا صباح اليوم")
        if (clusterFound) return within(d, md) || within(md, d);
        return bodyFound(m) && !clusterFound && within(d, md);
    }

    private static boolean within(DateChoice earlier, DateChoice found) {
        long days = found.date().get().toEpochDay() - earlier.date().get().toEpochDay();
        return days >= 0 && days <= BODY_FOUND_DAYS;
    }

    static boolean bodyFound(EventMention m) {
        Candidate c = m.candidate();
        return IncidentCues.bodyFound(Folded.fold(c.sentence().text()), 0, Math.max(0, c.fTriggerStart() - c.fSentenceStart()));
    }

    /**
     * "بين القتلى شاب لم يكن طرفاً في الاشتباك": a definite trigger noun governed by a preposition names the incident
     * as a circumstance of the detail the sentence adds, whatever time words the sentence has of its own.
     */
    static boolean restated(EventMention m) {
        Candidate mc = m.candidate();
        return IncidentCues.circumstance(Folded.fold(mc.sentence().text()), 0, Math.max(0, mc.fTriggerStart() - mc.fSentenceStart()));
    }

    /**
     * "ردّ الجنود وقتلوا اثنين من المهاجمين": a killing or shooting whose victims are the attackers named definitely
     * is the defence in the incident already told, not another incident.
     */
    static boolean hitsKnownAttackers(EventMention m) {
        if (m.type() != EventType.ATTACK && m.type() != EventType.VIOLENCE_AGAINST_CIVILIANS) return false;
        Candidate mc = m.candidate();
        String t = Folded.fold(mc.sentence().text());
        int end = Math.min(t.length(), Math.max(0, mc.fTriggerEnd() - mc.fSentenceStart()));
        return IncidentCues.definiteAgent(t, end, NonEventFilter.wordsForward(t, end, 4, t.length()));
    }

    /** "هاجمت مجموعة نقطة للحشد مستخدمة أسلحة قناصة": the means of the act just told in its sentence. */
    private static boolean instrumentOf(List<EventMention> c, EventMention m) {
        return familyCompatible(type(c), m.type(), false) && instrument(m);
    }

    /** The mention's trigger follows a means cue ("مستخدمين", "باستخدام") in its clause. */
    private static boolean instrument(EventMention m) {
        Candidate mc = m.candidate();
        return IncidentCues.instrument(Folded.fold(mc.sentence().text()), 0, Math.max(0, mc.fTriggerStart() - mc.fSentenceStart()));
    }

    /** A first line without final punctuation is a headline. */
    private static boolean isHeadline(EventMention m) {
        String t = m.candidate().sentence().text().strip();
        return !t.isEmpty() && ".!?؟:".indexOf(t.charAt(t.length() - 1)) < 0;
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

    /**
     * An indefinite report recalled in the pluperfect ("وكان مقاتل قد أصيب بنيران قناص قرب آمرلي قبل أيام")
     * at another named place is an earlier incident, not the one just told.
     */
    private static boolean recalledElsewhere(EventMention m, List<EventMention> c) {
        if (!m.background() || c.get(0).background()) return false;
        // "وكان المهاجمون قد أطلقوا النار على الحاجز …": the attackers of the incident told, its detail recalled
        Candidate mc = m.candidate();
        if (IncidentCues.definiteAgent(Folded.fold(mc.sentence().text()), 0, Math.max(0, mc.fTriggerStart() - mc.fSentenceStart()))) return false;
        Optional<Place> a = m.place().place(), b = place(c).place();
        return a.isPresent() && b.isPresent() && !a.get().gazetteerId().equals(b.get().gazetteerId());
    }

    private static boolean strongPlace(EventMention m, List<EventMention> c) {
        PlaceChoice p = place(c);
        if (m.place().place().isPresent() && p.place().isPresent()) return true;
        return m.place().place().isEmpty() && p.place().isEmpty() && !m.place().name().isEmpty() && !p.name().isEmpty();
    }

    /**
     * A digest's item ("▪️ مفارز شرطة سامراء تلقي القبض …", "📌 بهرز …", "• …"): each bullet is its own news, so an
     * indefinite report there never continues the item before it.
     */
    static boolean bulleted(EventMention m) {
        String t = m.candidate().sentence().text().strip();
        if (t.isEmpty()) return false;
        int cp = t.codePointAt(0);
        return !Character.isLetterOrDigit(cp) && "\"«“'(([".indexOf(cp) < 0;
    }

    /** A sentence opened by "وفي <place>", "من جهة أخرى", "إلى ذلك" turns to another scene. */
    private static final java.util.regex.Pattern NEW_SCENE = LexiconPattern.compile(
            "(في|اما في|من جهه اخري|من جهه ثانيه|علي صعيد|الي ذلك|في سياق|في تطور|في حادث)!");

    private static boolean continuesPrevious(EventMention m, List<EventMention> c) {
        Candidate mc = m.candidate();
        String opening = mc.sentence().text().strip();
        java.util.regex.Matcher open = NEW_SCENE.matcher(Folded.fold(opening));
        if (open.lookingAt()) return false;
        return c.stream().anyMatch(x -> x.sentenceIndex() == m.sentenceIndex() - 1 && !x.refer());
    }

    /** The cluster's type: the most specific violent type among its reports. */
    static EventType type(List<EventMention> c) {
        EventType t = c.get(0).type();
        for (EventMention m : c) {
            if (m.refer() || m.candidate().isReference()) continue;
            // the arms of an assault ("هاجموا موقعاً مستخدمين أسلحة رشاشة وقذائف صاروخية") do not retype it as shelling
            if (m != c.get(0) && instrument(m)) continue;
            // an assault whose report goes on to "تبادل إطلاق النار" stays an attack (one side initiated it)
            if (t == EventType.ATTACK && m.type() != EventType.ATTACK && m.type() != EventType.ARMED_CLASH && m.type().violent()) t = m.type();
            // a demonstration that turned violent on its day and place is a riot (ACLED), told in whichever sentence
            else if (t == EventType.PROTEST && m.type() == EventType.RIOT) t = m.type();
            else if (m.sentenceIndex() == c.get(0).sentenceIndex() && oneIncident(t, m.type())
                    && precedence(m.type()) > precedence(t)) t = m.type();
        }
        return t;
    }

    /** The cluster's best date: highest rank, earliest mention first among equals. */
    static DateChoice date(List<EventMention> c) {
        DateChoice best = DateChoice.NONE;
        for (EventMention m : c) {
            if (m.date().rank() > best.rank()) best = m.date();
            // among equals, a time of day ("ليلة أمس الاثنين", "مساء الأحد") dates the incident more surely
            // than a bare "اليوم", which is often the day of the report
            // (and so does a written date: "فجر يوم 22 آذار" after "أعلن الجهاز اليوم")
            else if (m.date().rank() == best.rank() && (timeOfDay(m.date()) || m.date().derivation().equals("explicit"))
                    && !timeOfDay(best) && bareToday(best)) best = m.date();
        }
        return best;
    }

    private static final java.util.regex.Pattern TIME_OF_DAY = LexiconPattern.compile("(ليل|ليله|ليلا|مساء|فجر|صباح|ظهر|الساعه|امس|البارحه)!");
    private static final java.util.regex.Pattern TODAY = LexiconPattern.compile("(اليوم|نهار اليوم)!");

    private static boolean timeOfDay(DateChoice d) {
        return TIME_OF_DAY.matcher(Folded.fold(d.derivation())).find();
    }

    private static boolean bareToday(DateChoice d) {
        return TODAY.matcher(Folded.fold(d.derivation())).find();
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
