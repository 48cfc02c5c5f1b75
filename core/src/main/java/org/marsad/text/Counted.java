package org.marsad.text;

/** What a quantity counts when its head words say so (e.g. "مقتل وإصابة 18" is KILLED_OR_WOUNDED). */
public enum Counted { KILLED, WOUNDED, KILLED_OR_WOUNDED, UNSPECIFIED }
