package org.marsad.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.marsad.entities.ActorMention;

/**
 * Who did it to whom. A cue right before a mention decides ("على/ضد/استهدف X" → target, "شنه/تبنى/
 * من قبل X" → actor, "هجوم داعش" / "هجوم لداعش" → actor); without a cue the actor's kind decides:
 * in attacks, bombings and shelling insurgents and unidentified gunmen act and forces or civilians
 * are hit; in air strikes, security operations and arrests the forces act upon the armed group; in
 * clashes ("اشتباكات بين X و Y") every side is actor1; in protests and riots the crowd acts.
 * Civilians named in the scope, or civilians among the dead, are always on the target side.
 */
final class ActorRoles {
    static final String CIVILIANS = "Civilians";
    static final String UNIDENTIFIED = "Unidentified Armed Group";
    private static final List<Pattern> TARGET = new ArrayList<>();
    private static final List<Pattern> ACTOR = new ArrayList<>();
    private static final List<Pattern> CLAIM = new ArrayList<>();
    private static final List<Pattern> VICTIM = new ArrayList<>();
    private static final List<Pattern> AFFILIATION = new ArrayList<>();
    private static final List<Pattern> PASSIVE = new ArrayList<>();
    private static final List<Pattern> OBJECT = new ArrayList<>();
    private static final List<Pattern> ACCUSED_RIOT = new ArrayList<>();
    private static final List<Pattern> SOURCE = new ArrayList<>();
    private static final List<Pattern> SUPPORT = new ArrayList<>();
    /** "قال محامٍ إن …", "أفاد مختار القرية": a civilian right after a speech verb is a source, no victim. */
    private static final List<Pattern> SPEECH = LexiconPattern.readPatterns("speech-verbs.txt");
    /** Non-state armed groups that attack in the default reading (canonical names, GOLD-FORMAT). */
    private static final Set<String> INSURGENT_CATEGORIES = Set.of("rebel_group", "rebel", "insurgent", "unidentified",
            "terrorist", "armed_group");

    static {
        for (String[] c : LexiconPattern.readTable("actor-cues.txt")) {
            (switch (c[0]) {
                case "TARGET" -> TARGET;
                case "VICTIM" -> VICTIM;
                case "CLAIM" -> CLAIM;
                case "ACTOR" -> ACTOR;
                case "AFFILIATION" -> AFFILIATION;
                case "PASSIVE" -> PASSIVE;
                case "OBJECT" -> OBJECT;
                case "ACCUSED_RIOT" -> ACCUSED_RIOT;
                case "SOURCE" -> SOURCE;
                case "SUPPORT" -> SUPPORT;
                default -> throw new IllegalStateException("actor-cues.txt: unknown role " + c[0]);
            }).add(LexiconPattern.compile(c[1]));
        }
    }

    static final String UNSPECIFIED_FORCES = "Iraqi Security Forces (unspecified)";

    private ActorRoles() {}

    /** "جندي", "عسكريين" say only "security forces": drop that when the side names a specific force. */
    static void dropUnspecifiedForces(Set<String> side) {
        if (side.contains(UNSPECIFIED_FORCES) && side.stream().anyMatch(x -> !x.equals(UNSPECIFIED_FORCES)
                && !x.equals(CIVILIANS) && !x.equals(UNIDENTIFIED))) {
            side.remove(UNSPECIFIED_FORCES);
        }
    }

    static boolean insurgent(ActorMention a) {
        return INSURGENT_CATEGORIES.contains(a.category()) || a.canonical().equals("Islamic State")
                || a.canonical().equals(UNIDENTIFIED) || a.canonical().equals("PKK");
    }

    /** Unarmed sides: an armed attack on them alone is violence against civilians. */
    static boolean unarmed(String canonical) {
        return canonical.equals(CIVILIANS) || canonical.equals("Protesters");
    }

    static final String PROTESTERS = "Protesters";

    private static boolean activistVictim(EventType type, ActorMention a) {
        return a.canonical().equals(PROTESTERS) && type != EventType.PROTEST && type != EventType.RIOT && type != EventType.ARREST;
    }

    static boolean civilians(ActorMention a) {
        return a.canonical().equals(CIVILIANS) || a.category().equals("civilians");
    }

    /** Roles of the actors named in [from, to) of the folded text, for an event of this type. */
    static Roles assign(Folded f, Candidate c, EventType type, List<ActorMention> actors, int from, int to) {
        Set<String> a1 = new LinkedHashSet<>(), a2 = new LinkedHashSet<>();
        for (ActorMention a : actors) {
            int s = f.toFolded(a.span().start());
            if (s < from || s >= to) continue;
            if (civilians(a)) {
                // a civilian source ("قال محامٍ", "أفاد مختار القرية") is no victim; forces that announce act ("أعلنت قيادة الشرطة القبض")
                if (EventSegmenter.anyMatch(SPEECH, f.folded(), NonEventFilter.wordsBack(f.folded(), s, 1, c.fSentenceStart()), s)) continue;
                if (type == EventType.PROTEST || type == EventType.RIOT) continue;
                a2.add(CIVILIANS);
                continue;
            }
            if (a.canonical().isBlank()) continue;
            if (a.category().equals("political") && cue(f, c, s) >= 0) continue; // governments speak, they do not fight
            if (EventSegmenter.anyMatch(AFFILIATION, f.folded(), NonEventFilter.wordsBack(f.folded(), s, 2, c.fSentenceStart()), s)) continue;
            if (EventSegmenter.anyMatch(SUPPORT, f.folded(), NonEventFilter.wordsBack(f.folded(), s, 3, c.fSentenceStart()), s)) continue;
            boolean forcesAct = type == EventType.ARREST || type == EventType.SECURITY_OPERATION || type == EventType.AIRSTRIKE;
            if (!forcesAct && endsRightBefore(SOURCE, f.folded(), NonEventFilter.wordsBack(f.folded(), s, 2, c.fSentenceStart()), s)) continue;
            // forces sweep and arrest whatever the unit words around them say ("نفذت قوة من الجيش عملية"); an air
            // strike's cues count ("استهدفت طائرة مسيرة مجهولة مقراً للحشد": the PMF is the target)
            int cue = type == EventType.SECURITY_OPERATION || type == EventType.ARREST ? 0 : cue(f, c, s);
            boolean actor = cue > 0 || cue == 0 && defaultActor(type, a);
            // an activist or protester shot, abducted or bombed outside a demonstration is a civilian victim
            // (ACLED: "Civilians", activists only an associated actor); the crowd keeps its name in protests and arrests
            // (unarmed people are no agent of an armed attack: as a side named there they are its victims)
            if (activistVictim(type, a)) { a2.add(CIVILIANS); continue; }
            (actor ? a1 : a2).add(a.canonical());
        }
        return new Roles(new ArrayList<>(a1), new ArrayList<>(a2));
    }

    /**
     * The two sides of a clash: the state's forces (and the PMF) are actor1 and the side they fight is
     * actor2 ("اشتباكات بين الجيش ومسلحي …"); a fight between two tribes or clans has the tribal militias
     * on both sides ("نزاع عشائري بين عشيرتين").
     */
    static void clashSides(Set<String> a1, Set<String> a2, List<ActorMention> actors) {
        Set<String> state = new LinkedHashSet<>();
        for (ActorMention a : actors) if (stateSide(a)) state.add(a.canonical());
        if (a1.isEmpty() || a1.stream().noneMatch(state::contains) && a2.stream().anyMatch(state::contains)) {
            // "اشتبك مسلحون مع قوة من الجيش": the unit word made the forces a target; in a clash they are the first side
            Set<String> other = new LinkedHashSet<>(a1);
            a1.clear(); a1.addAll(a2); a2.clear(); a2.addAll(other);
        }
        if (a1.stream().anyMatch(state::contains)) {
            for (String x : List.copyOf(a1)) {
                if (!state.contains(x)) { a1.remove(x); a2.add(x); }
            }
        }
        if (a1.equals(Set.of(TRIBAL)) && a2.isEmpty()) a2.add(TRIBAL);
    }

    static final String TRIBAL = "Tribal militia";

    private static boolean stateSide(ActorMention a) {
        return a.category().equals("state_forces") || a.category().equals("external_forces")
                || a.canonical().equals("Popular Mobilization Forces");
    }

    /** People arrested as accused of a riot's acts in the folded range [from, to) ("متهمين بحرق المبنى"). */
    static boolean accusedRioters(Folded f, int from, int to) {
        return EventSegmenter.anyMatch(ACCUSED_RIOT, f.folded(), from, to);
    }

    /** Actors that claimed responsibility in the folded range [from, to) ("أعلن تنظيم داعش مسؤوليته عن …"). */
    static List<String> claimants(Folded f, List<ActorMention> actors, int from, int to) {
        String t = f.folded();
        List<String> out = new ArrayList<>();
        for (ActorMention a : actors) {
            int s = f.toFolded(a.span().start()), e = f.toFolded(a.span().end());
            if (s < from || e > to || civilians(a) || a.canonical().isBlank()) continue;
            int after = NonEventFilter.wordsForward(t, e, 6, to);
            if (EventSegmenter.anyMatch(CLAIM, t, e, after) && !out.contains(a.canonical())) out.add(a.canonical());
        }
        return out;
    }

    /**
     * The victims told before a sentence's first trigger, in the folded range [from, to): sides whose
     * nearest cue is a killing or wounding word ("أصيب اثنان من عناصر البيشمركة بانفجار …"). They are
     * the event's target whatever the type's default reading says.
     */
    static List<String> victimsBefore(Folded f, Candidate c, List<ActorMention> actors, int from, int to) {
        List<String> out = new ArrayList<>();
        boolean passive = EventSegmenter.anyMatch(PASSIVE, f.folded(), from, to);
        for (ActorMention a : actors) {
            int s = f.toFolded(a.span().start());
            if (s < from || s >= to) continue;
            int cue = cue(f, c, s);
            // the subject of a passive "تعرضت نقطة تابعة للحشد … لهجوم" is the target
            if (cue == -1 && passive) cue = -2;
            // a list after one killing word ("بمقتل جندي واثنين من مسلحي …"): the word may be up to six words back
            boolean victim = cue == -2 || cue == 0
                    && EventSegmenter.anyMatch(VICTIM, f.folded(), Math.max(from, NonEventFilter.wordsBack(f.folded(), s, 6, from)), s);
            if (!victim) continue;
            String side = civilians(a) || a.canonical().equals(PROTESTERS) ? CIVILIANS : a.canonical();
            if (side.isBlank() || a.category().equals("political") || out.contains(side)) continue;
            out.add(side);
        }
        return out;
    }

    /** A cue that ends right before the mention (only spaces or a proclitic between). */
    private static boolean endsRightBefore(List<Pattern> patterns, String t, int from, int to) {
        for (Pattern p : patterns) {
            var m = p.matcher(t).region(from, to);
            while (m.find()) if (t.substring(m.end(), to).strip().matches("[وبل]{0,2}")) return true;
        }
        return false;
    }

    /** +1 actor cue, -1 target cue, -2 victim cue (a killing or wounding word), 0 none; the cue nearest the mention wins. */
    private static int cue(Folded f, Candidate c, int mentionStart) {
        String t = f.folded();
        int back3 = NonEventFilter.wordsBack(t, mentionStart, 3, c.fSentenceStart());
        // "عبوة ناسفة استهدفت دورية للجيش": the object of a weapon's strike verb is the target
        for (Pattern p : OBJECT) {
            var m = p.matcher(t).region(back3, mentionStart);
            while (m.find()) if (t.substring(m.end(), mentionStart).strip().matches("[وبل]{0,2}")) return -1;
        }
        // "هجوم داعش", "هجوم لداعش": the actor right after the trigger is its agent
        if (mentionStart >= c.fTriggerEnd() && t.substring(c.fTriggerEnd(), mentionStart).strip().matches("[لـ]*")) {
            return c.isReference() ? 0 : 1;
        }
        int back = NonEventFilter.wordsBack(t, mentionStart, 3, c.fSentenceStart());
        int bestPos = -1, best = 0;
        for (Pattern p : TARGET) {
            var m = p.matcher(t).region(back, mentionStart);
            while (m.find()) if (m.end() > bestPos) { bestPos = m.end(); best = -1; }
        }
        for (Pattern p : VICTIM) {
            var m = p.matcher(t).region(back, mentionStart);
            while (m.find()) if (m.end() > bestPos || m.end() == bestPos && best == -1) { bestPos = m.end(); best = -2; }
        }
        // an actor cue ending where a victim pattern ends wins ("قتل مسلحون من داعش راعياً": the gunmen killed)
        for (Pattern p : ACTOR) {
            var m = p.matcher(t).region(back, mentionStart);
            while (m.find()) if (m.end() > bestPos || m.end() == bestPos && best == -2) { bestPos = m.end(); best = 1; }
        }
        return best;
    }

    private static boolean defaultActor(EventType type, ActorMention a) {
        return switch (type) {
            case ARMED_CLASH, AGREEMENT_OR_MEETING -> true;
            // the crowd acts; the forces that face it are acted upon ("استخدمت القوات الأمنية الرصاص لتفريقهم")
            case PROTEST, RIOT -> !a.category().equals("state_forces") && !a.category().equals("external_forces");
            // forces arrest, sweep and strike; the crowd, tribesmen and armed groups they act upon are the targets
            case AIRSTRIKE, SECURITY_OPERATION, ARREST -> !insurgent(a) && (a.category().equals("state_forces")
                    || a.category().equals("external_forces") || a.canonical().equals("Popular Mobilization Forces"));
            default -> insurgent(a);
        };
    }
}
