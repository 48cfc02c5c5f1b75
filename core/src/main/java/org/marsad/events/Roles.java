package org.marsad.events;

import java.util.List;

/** Actor roles read from one mention: actor1 acted, actor2 was acted upon (canonical names). */
record Roles(List<String> actor1, List<String> actor2) {
    static final Roles NONE = new Roles(List.of(), List.of());

    Roles {
        actor1 = List.copyOf(actor1);
        actor2 = List.copyOf(actor2);
    }
}
