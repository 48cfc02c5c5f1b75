package org.marsad.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private static final Gazetteer G = Gazetteer.get();

    private static Set<String> ids(String name) {
        return G.lookup(name).stream().map(n -> n.place().gazetteerId()).collect(Collectors.toSet());
    }

    @Test
    void holdsAllCodAbAdminUnits() {
        long gov = G.places().stream().filter(p -> p.featureType().equals("governorate") && p.inIraq()).count();
        long dist = G.places().stream().filter(p -> p.featureType().equals("district")).count();
        long sub = G.places().stream().filter(p -> p.featureType().equals("subdistrict")).count();
        assertThat(gov).isEqualTo(18);
        assertThat(dist).isEqualTo(101);
        assertThat(sub).isEqualTo(294);
    }

    @Test
    void neighboursProvincesAreForeignAtGovernoratePrecision() {
        assertThat(G.places()).anySatisfy(p -> {
            assertThat(p.nameEn()).isEqualTo("Asir");
            assertThat(p.inIraq()).isFalse();
            assertThat(p.geoPrecision()).isEqualTo(3);
            assertThat(p.admin1Pcode()).isEmpty();
        });
        assertThat(G.places()).anySatisfy(p -> {
            assertThat(p.nameEn()).isEqualTo("Cizre");
            assertThat(p.country()).isEqualTo("Turkey");
        });
    }

    @Test
    void governoratePcodesAreCodAbs() {
        assertThat(G.unit("IQG11").orElseThrow().nameEn()).isEqualTo("Erbil");
        assertThat(G.unit("IQG13").orElseThrow().nameEn()).isEqualTo("Kirkuk");
        assertThat(G.unit("IQG10").orElseThrow().nameEn()).isEqualTo("Diyala");
        assertThat(G.unit("IQG15").orElseThrow().geoPrecision()).isEqualTo(3);
        assertThat(G.unit("IQG11Q04").orElseThrow().geoPrecision()).isEqualTo(2);
    }

    @Test
    void findsUnitsUnderCommonSpellings() {
        assertThat(ids("نينوى")).contains("IQG15");
        assertThat(ids("نينوي")).contains("IQG15");
        assertThat(ids("الأنبار")).contains("IQG01");
        assertThat(ids("الانبار")).contains("IQG01");
        assertThat(ids("ديالى")).contains("IQG10");
        assertThat(ids("صلاح الدين")).contains("IQG16");
        assertThat(ids("طوزخورماتو")).contains("IQG16Q07");
        assertThat(ids("طوز خورماتو")).contains("IQG16Q07");
        assertThat(ids("هولير")).contains("IQG11");
    }

    @Test
    void districtNamesWithoutArticleAreKept() {
        assertThat(ids("حويجة")).isNotEmpty();
        assertThat(ids("الحويجة")).contains("IQG13Q01");
    }

    @Test
    void curatedVillagesCarryPointInPolygonPcodes() {
        Place khidir = G.byId("M-KHIDIRJIJA").orElseThrow();
        assertThat(khidir.admin1Pcode()).isEqualTo("IQG11");
        assertThat(khidir.admin2Pcode()).isEqualTo("IQG11Q04");
        assertThat(khidir.admin3Pcode()).startsWith("IQG11Q04N");
        assertThat(ids("خضر جيجة")).contains("M-KHIDIRJIJA");
        assertThat(G.byId("M-QARASALEM").orElseThrow().admin1Pcode()).isEqualTo("IQG13");
        assertThat(G.byId("M-BAIHASSAN").orElseThrow().admin1Pcode()).isEqualTo("IQG13");
        assertThat(G.byId("M-KIFRI").orElseThrow().admin2Pcode()).isEqualTo("IQG10Q06");
        assertThat(G.byId("M-JALAWLA").orElseThrow().admin3Pcode()).isEqualTo("IQG10Q05N04");
    }

    @Test
    void disputedPlacesKeepAlternativeGovernorates() {
        assertThat(G.unit("IQG11Q04").orElseThrow().altAdmin1Pcodes()).containsExactly("IQG15");
        assertThat(G.byId("M-MAKHMOUR").orElseThrow().altAdmin1Pcodes()).contains("IQG15");
        assertThat(G.byId("M-KHIDIRJIJA").orElseThrow().altAdmin1Pcodes()).contains("IQG15");
        assertThat(G.unit("IQG16Q07").orElseThrow().altAdmin1Pcodes()).contains("IQG13");
        assertThat(G.byId("M-TUZ").orElseThrow().altAdmin1Pcodes()).contains("IQG13");
        assertThat(G.unit("IQG13").orElseThrow().altAdmin1Pcodes()).isEmpty();
    }

    @Test
    void everyIraqiPointHasAGovernorate() {
        List<Place> missing = G.places().stream()
                .filter(p -> p.inIraq() && !p.featureType().equals("country") && !p.featureType().equals("region"))
                .filter(p -> p.admin1Pcode().isEmpty()).toList();
        assertThat(missing).isEmpty();
    }

    @Test
    void foreignPlacesHaveNoIraqiPcodes() {
        Place damascus = G.byId("C-DAMASCUS").orElseThrow();
        assertThat(damascus.country()).isEqualTo("Syria");
        assertThat(damascus.admin1Pcode()).isEmpty();
        assertThat(damascus.inIraq()).isFalse();
        assertThat(G.lookup("بيروت")).anyMatch(n -> n.place().country().equals("Lebanon"));
    }

    @Test
    void commonWordNamesNeedACue() {
        assertThat(G.lookup("الرشاد")).allMatch(Gazetteer.Name::needsCue);
        assertThat(G.lookup("بردي")).allMatch(Gazetteer.Name::needsCue);
        assertThat(G.lookup("كركوك")).noneMatch(Gazetteer.Name::needsCue);
    }

    @Test
    void rowsComeFromTheThreeSources() {
        assertThat(G.countsBySource()).containsKeys("COD-AB", "GeoNames", "marsad");
        assertThat(G.countsBySource().get("GeoNames")).isGreaterThan(100);
    }

    @Test
    void coordinatesLieInsideTheirCountry() {
        for (Place p : G.places()) {
            if (p.inIraq()) {
                assertThat(p.lat()).as(p.gazetteerId()).isBetween(29.0, 37.5);
                assertThat(p.lon()).as(p.gazetteerId()).isBetween(38.7, 48.8);
            }
        }
    }

    @Test
    void rejectsARowWithMissingColumns() {
        assertThatThrownBy(() -> Gazetteer.of(List.of("X\tvillage\tIraq")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("columns");
    }
}
