package org.marsad.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.marsad.alerts.SurgeDetector;
import org.marsad.search.BadParameter;

/**
 * The surge detector's settings from request parameters (baseline_weeks, min_events, min_new_events, alpha), each
 * defaulting to {@link SurgeDetector#DEFAULT}; a bad value is a {@link BadParameter} naming it, so the API answers
 * 400 before the detector runs.
 */
public final class AlertParameters {
    public static final List<String> PARAMETERS = List.of("baseline_weeks", "min_events", "min_new_events", "alpha");

    private AlertParameters() {}

    public static SurgeDetector.Config parse(Map<String, List<String>> params) {
        SurgeDetector.Config d = SurgeDetector.DEFAULT;
        int baseline = integer(params, "baseline_weeks", d.baselineWeeks(), 2, 520);
        int minEvents = integer(params, "min_events", d.minEvents(), 1, 10_000);
        int minNew = integer(params, "min_new_events", d.minNewEvents(), 1, 10_000);
        double alpha = probability(params, "alpha", d.alpha());
        return new SurgeDetector.Config(baseline, minEvents, minNew, alpha, d.priorEvents(), d.priorWeeks());
    }

    private static Optional<String> value(Map<String, List<String>> params, String name) {
        List<String> v = params.get(name);
        return v == null || v.isEmpty() || v.get(0) == null || v.get(0).isBlank() ? Optional.empty() : Optional.of(v.get(0).trim());
    }

    private static int integer(Map<String, List<String>> params, String name, int dflt, int min, int max) {
        Optional<String> v = value(params, name);
        if (v.isEmpty()) return dflt;
        try {
            int i = Integer.parseInt(v.get());
            if (i >= min && i <= max) return i;
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadParameter(name, name + " must be a whole number from " + min + " to " + max + ", got '" + v.get() + "'");
    }

    private static double probability(Map<String, List<String>> params, String name, double dflt) {
        Optional<String> v = value(params, name);
        if (v.isEmpty()) return dflt;
        try {
            // a plain decimal only: Double.parseDouble would also take "NaN", "Infinity" and hex floats
            if (v.get().matches("[0-9]*\\.?[0-9]+([eE]-?[0-9]+)?")) {
                double a = Double.parseDouble(v.get());
                if (a > 0 && a < 1) return a;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadParameter(name, String.format(Locale.ROOT, "%s must be a probability between 0 and 1 (exclusive), "
                + "e.g. 0.01, got '%s'", name, v.get()));
    }
}
