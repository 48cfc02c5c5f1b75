package org.marsad.entities;

import java.util.List;
import org.marsad.common.Span;
import org.marsad.geo.Place;

/** A place name resolved in context; {@code alternatives} are the other readings considered, best first. */
public record PlaceMention(Span span, String text, Place place, List<Place> alternatives, PlaceCue cue)
        implements Mention {
    public PlaceMention {
        alternatives = List.copyOf(alternatives);
    }

    @Override
    public String kind() { return "place"; }
}
