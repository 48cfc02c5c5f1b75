package org.marsad.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marsad.common.SharedData;

class GazetteerBuilderTest {

    @Test
    void keepsArabicAlternateNamesWithoutAdminPrefixes() {
        assertThat(GazetteerBuilder.arabicNames("Kirkuk,Kerkuk,كركوك,محافظة كركوك,کەرکووک,كر"))
                .containsExactly("كركوك", "کەرکووک");
        assertThat(GazetteerBuilder.arabicNames("Mosul,Al Mawsil")).isEmpty();
    }

    @Test
    void locatesPointsInCodAbSubDistricts() throws Exception {
        Optional<Path> codAb = SharedData.resolve("data/iraq_cod_ab");
        assumeTrue(codAb.isPresent(), "../shared/data/iraq_cod_ab absent");
        GazetteerBuilder b = new GazetteerBuilder();
        b.loadPolygons(codAb.get().resolve("irq_admbnda_adm3_cso_20190603.geojson"), 3);
        String[] kirkukCity = b.locate(35.47, 44.39);
        assertThat(kirkukCity[0]).isEqualTo("IQG13");
        String[] makhmour = b.locate(35.78, 43.58);
        assertThat(makhmour[1]).isEqualTo("IQG11Q04");
        String[] damascus = b.locate(33.51, 36.29);
        assertThat(damascus[0]).isEmpty();
    }
}
