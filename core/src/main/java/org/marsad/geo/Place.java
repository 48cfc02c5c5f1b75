package org.marsad.geo;

import java.util.List;

/**
 * A resolved place. Pcodes are OCHA Iraq COD-AB (IQGnn, IQGnnQnn, IQGnnQnnNnn), "" when unknown or
 * outside Iraq. {@code geoPrecision} as ACLED: 1 town/village/site, 2 district area, 3 governorate
 * (or country) level. {@code altAdmin1Pcodes}: other governorates a disputed place is reported in.
 *
 * @param featureType governorate|district|subdistrict|city|town|village|oilfield|dam|base|checkpoint|mountain|region|country|...
 * @param gazetteerId stable id of the gazetteer row
 */
public record Place(String gazetteerId, String nameAr, String nameEn, String featureType, String country,
                    String admin1Pcode, String admin2Pcode, String admin3Pcode, List<String> altAdmin1Pcodes,
                    double lat, double lon, int geoPrecision) {
    public Place {
        altAdmin1Pcodes = List.copyOf(altAdmin1Pcodes);
    }

    public boolean inIraq() { return "Iraq".equals(country); }
}
