package org.marsad.entities;

import org.marsad.common.Span;

/**
 * An armed actor, security force, political body or target group, or a membership word that marks
 * a person's side or status ("عنصر", "جندي", "مدني").
 *
 * @param canonical GOLD-FORMAT canonical English name ("Islamic State", "Peshmerga", "Civilians" …)
 * @param category  state_forces|rebel_group|militia|external_forces|political|civilians|protesters|unidentified|…
 * @param member    true for a membership word (one person/people of that side), false for the group name
 */
public record ActorMention(Span span, String text, String canonical, String category, boolean member)
        implements Mention {
    @Override
    public String kind() { return "actor"; }
}
