package org.marsad.text;

import org.marsad.common.Span;

/**
 * A number or quantity in the text. {@code best} is the value an analyst would code (ACLED-style
 * conservative for vague words); {@code low}..{@code high} the honest range. {@code counted} is read
 * from the casualty head words next to the number; {@code noun} is the counted noun when one
 * follows ("عسكريا", "مدنيين"), folded, else "".
 */
public record Quantity(long best, long low, long high, QuantityKind kind, Counted counted, String noun,
                       Span span, String text) {
    public Quantity {
        if (low > best || best > high) throw new IllegalArgumentException("quantity range " + low + ".." + best + ".." + high);
    }
}
