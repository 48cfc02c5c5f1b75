package org.marsad.alerts;

import java.time.LocalDate;
import java.util.List;

/**
 * A district-week that stands out against the district's own history.
 *
 * @param kind      SURGE (more events or deaths than the baseline explains) or NEW_ACTIVITY (attacks
 *                  where the baseline window recorded none)
 * @param weekStart the Monday of the ISO week
 * @param expected  the baseline's expected events per week (smoothed)
 * @param pValue    upper-tail probability of seeing at least this many events under the baseline
 * @param eventIds  the evidence: canonical events of that district-week
 */
public record Alert(String id, Kind kind, String admin1Pcode, String admin2Pcode, String districtName,
                    LocalDate weekStart, int events, int fatalities, double expected, double expectedFatalities,
                    double pValue, double score, List<String> eventIds) {
    public enum Kind { SURGE, NEW_ACTIVITY }

    public Alert {
        eventIds = List.copyOf(eventIds);
    }
}
