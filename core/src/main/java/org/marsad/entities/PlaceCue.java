package org.marsad.entities;

/** Why a place is named: where things happened, or only where someone spoke / came from. */
public enum PlaceCue {
    /** no special cue: candidate event location */
    NONE,
    /** the outlet's dateline ("أربيل –", "زاكروس عربية – أربيل") */
    DATELINE,
    /** where a statement was issued or a speaker is ("في بيان صدر في أربيل", "مؤتمر صحفي في") */
    SPEAKER,
    /** a point of origin ("قادماً من أربيل") */
    ORIGIN,
    /** only a container in a description ("الواقعة بين أربع محافظات") */
    DESCRIPTIVE
}
