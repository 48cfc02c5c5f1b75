package org.marsad.events;

import java.util.Optional;
import org.marsad.geo.Place;

/**
 * An event place. {@code rank}: 2 named in the trigger's scope, 1 elsewhere in its sentence, 0 the
 * article's main place. {@code name} is the Arabic name as written (kept even when the gazetteer
 * could not resolve it, e.g. a small village).
 */
record PlaceChoice(Optional<Place> place, String name, int rank) {
    static final PlaceChoice NONE = new PlaceChoice(Optional.empty(), "", -1);

    boolean isPresent() { return place.isPresent() || !name.isEmpty(); }
}
