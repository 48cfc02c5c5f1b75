package org.marsad.search;

/** A request parameter that cannot be used; the API answers 400 naming {@link #parameter()}. */
public final class BadParameter extends IllegalArgumentException {
    private final String parameter;

    public BadParameter(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() { return parameter; }
}
