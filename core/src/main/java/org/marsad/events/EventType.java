package org.marsad.events;

import java.util.Locale;

/** GOLD-FORMAT taxonomy, each mapped to one ACLED event type / sub-event type / disorder type. */
public enum EventType {
    ARMED_CLASH("Battles", "Armed clash", "Political violence", "combat"),
    ATTACK("Battles", "Armed clash", "Political violence", "combat"),
    EXPLOSION("Explosions/Remote violence", "Remote explosive/landmine/IED", "Political violence", "remote"),
    SHELLING("Explosions/Remote violence", "Shelling/artillery/missile attack", "Political violence", "remote"),
    AIRSTRIKE("Explosions/Remote violence", "Air/drone strike", "Political violence", "remote"),
    VIOLENCE_AGAINST_CIVILIANS("Violence against civilians", "Attack", "Political violence", "civilians"),
    PROTEST("Protests", "Peaceful protest", "Demonstrations", "demonstration"),
    RIOT("Riots", "Violent demonstration", "Demonstrations", "demonstration"),
    ARREST("Strategic developments", "Arrests", "Strategic developments", "other"),
    SECURITY_OPERATION("Strategic developments", "Other", "Strategic developments", "other"),
    AGREEMENT_OR_MEETING("Strategic developments", "Agreement", "Strategic developments", "other");

    private final String acledEventType;
    private final String acledSubEventType;
    private final String disorderType;
    private final String family;

    EventType(String acledEventType, String acledSubEventType, String disorderType, String family) {
        this.acledEventType = acledEventType;
        this.acledSubEventType = acledSubEventType;
        this.disorderType = disorderType;
        this.family = family;
    }

    public String code() { return name().toLowerCase(Locale.ROOT); }

    public String acledEventType() { return acledEventType; }

    public String acledSubEventType() { return acledSubEventType; }

    public String disorderType() { return disorderType; }

    /** Types in one family may describe the same incident (an "attack" one outlet calls a "clash"). */
    public String family() { return family; }

    public boolean violent() { return !family.equals("other") && !family.equals("demonstration") || this == RIOT; }

    public static EventType parse(String code) {
        try {
            return valueOf(code.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("unknown event type '" + code + "'");
        }
    }
}
