package org.marsad.events;

import java.util.Optional;
import org.marsad.geo.Place;

/**
 * An event place. {@code rank}: 2 named in the trigger's scope, 1 elsewhere in its sentence, 0 the
 * article's main place. {@code name} is the Arabic name as written (kept even when the gazetteer
 * could not resolve it, e.g. a small village). {@code near}: named only as a reference point ("قرب كركوك").
 */
record PlaceChoice(Optional<Place> place, String name, int rank, boolean near) {
    static final PlaceChoice NONE = new PlaceChoice(Optional.empty(), "", -1, false);

    PlaceChoice(Optional<Place> place, String name, int rank) {
        this(place, name, rank, false);
    }

    boolean isPresent() { return place.isPresent() || !name.isEmpty(); }
}
