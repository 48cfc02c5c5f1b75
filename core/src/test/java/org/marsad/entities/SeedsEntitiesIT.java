package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.common.SharedData;
import org.marsad.geo.Place;
import org.marsad.text.NormalizedText;

/** Every place and armed actor of the seed articles, checked against ../shared/eval/gold/seeds.json. */
class SeedsEntitiesIT {

    private static final Map<String, List<Mention>> BY_DOC = new HashMap<>();
    private static JsonNode gold;

    @BeforeAll
    static void load() throws IOException {
        Optional<Path> seeds = SharedData.resolve("corpus/seeds");
        Optional<Path> goldFile = SharedData.resolve("eval/gold/seeds.json");
        if (seeds.isEmpty() || goldFile.isEmpty()) return;
        gold = new ObjectMapper().readTree(goldFile.get().toFile());
        try (var files = Files.list(seeds.get())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                String id = f.getFileName().toString().replace(".txt", "");
                BY_DOC.put(id, EntityStage.find(NormalizedText.of(Files.readString(f))));
            }
        }
    }

    private static List<PlaceMention> places(String doc) {
        return BY_DOC.getOrDefault(doc, List.of()).stream()
                .filter(m -> m instanceof PlaceMention).map(m -> (PlaceMention) m).toList();
    }

    private static List<PlaceMention> allPlaces() {
        List<PlaceMention> all = new ArrayList<>();
        BY_DOC.keySet().forEach(d -> all.addAll(places(d)));
        return all;
    }

    @Test
    void everyGoldEventPlaceResolvesWithGoldPcodes() {
        assumeTrue(gold != null, "../shared seeds or gold file absent");
        for (JsonNode e : gold.path("events")) {
            if (e.path("optional").asBoolean(false)) continue; // optional meetings may be placed by inference only
            JsonNode loc = e.path("location");
            List<String> names = List.of(loc.path("name_ar").asText().split("\\s*/\\s*"));
            List<PlaceMention> candidates = new ArrayList<>();
            for (JsonNode d : e.path("documents")) {
                for (PlaceMention p : places(d.asText())) {
                    String folded = NormalizedText.of(p.text()).normalized();
                    for (String n : names) {
                        String fn = NormalizedText.of(n).normalized();
                        if (folded.contains(fn) || fn.contains(folded)) candidates.add(p);
                    }
                }
            }
            assertThat(candidates).as("place mention for %s (%s)", e.path("id").asText(), names).isNotEmpty();
            assertThat(candidates).as("pcodes of %s", e.path("id").asText()).anyMatch(p -> matchesGold(p.place(), loc));
        }
    }

    private static boolean matchesGold(Place p, JsonNode loc) {
        if (!loc.path("country").asText("Iraq").equals(p.country())) return false;
        if (!p.inIraq()) return true;
        if (p.admin1Pcode().isEmpty()) return false;
        if (loc.has("admin1_pcode") && !loc.get("admin1_pcode").asText().equals(p.admin1Pcode())) return false;
        if (loc.has("admin2_pcode") && !loc.get("admin2_pcode").asText().equals(p.admin2Pcode())) return false;
        if (loc.has("admin3_pcode") && !loc.get("admin3_pcode").asText().equals(p.admin3Pcode())) return false;
        for (JsonNode alt : loc.path("alt_admin1_pcodes")) {
            if (!p.altAdmin1Pcodes().contains(alt.asText())) return false;
        }
        return true;
    }

    @Test
    void everyIraqiPlaceNamedInTheSeedsHasCoordinatesAndPcodes() {
        assumeTrue(gold != null, "../shared seeds or gold file absent");
        List<PlaceMention> all = allPlaces();
        assertThat(all).hasSizeGreaterThan(30);
        for (PlaceMention p : all) {
            Place pl = p.place();
            assertThat(pl.lat()).as(p.text()).isNotZero();
            if (pl.inIraq() && !pl.featureType().equals("country") && !pl.featureType().equals("region")) {
                assertThat(pl.admin1Pcode()).as(p.text()).startsWith("IQG");
            }
        }
    }

    @Test
    void namedSeedPlacesResolveToTheirUnits() {
        assumeTrue(gold != null, "../shared seeds or gold file absent");
        Map<String, String> expectedAdmin = Map.of(
                "خضرجيجة", "IQG11Q04", "قره سالم", "IQG13", "كفري", "IQG10Q06", "جلولاء", "IQG10Q05N04",
                "خانقين", "IQG10Q05", "عمربلي", "IQG", "بردي", "IQG13", "الرشاد", "IQG13Q02N01",
                "سركران", "IQG13", "قرجوغ", "IQG11Q04");
        List<PlaceMention> all = allPlaces();
        expectedAdmin.forEach((name, pcode) -> {
            List<PlaceMention> hits = all.stream().filter(p -> p.text().contains(name)).toList();
            assertThat(hits).as(name).isNotEmpty();
            assertThat(hits).as(name).allMatch(p -> p.place().admin3Pcode().startsWith(pcode)
                    || p.place().admin2Pcode().startsWith(pcode) || p.place().admin1Pcode().startsWith(pcode));
        });
        assertThat(all).filteredOn(p -> p.text().contains("باي حسن")).allMatch(p -> p.place().admin1Pcode().equals("IQG13"));
        assertThat(all).filteredOn(p -> p.text().equals("كركوك")).allMatch(p -> p.place().admin1Pcode().equals("IQG13"));
        assertThat(all).filteredOn(p -> p.text().equals("أربيل")).allMatch(p -> p.place().admin1Pcode().equals("IQG11"));
        assertThat(all).filteredOn(p -> p.text().equals("مخمور"))
                .allMatch(p -> p.place().admin2Pcode().equals("IQG11Q04") && p.place().altAdmin1Pcodes().contains("IQG15"));
    }

    @Test
    void everyGoldActorIsFoundWithItsCanonicalName() {
        assumeTrue(gold != null, "../shared seeds or gold file absent");
        for (JsonNode e : gold.path("events")) {
            List<String> found = new ArrayList<>();
            for (JsonNode d : e.path("documents")) {
                BY_DOC.getOrDefault(d.asText(), List.of()).stream()
                        .filter(m -> m instanceof ActorMention).map(m -> ((ActorMention) m).canonical()).forEach(found::add);
            }
            for (String side : List.of("actor1", "actor2")) {
                for (JsonNode a : e.path(side)) {
                    assertThat(found).as("%s %s in %s", e.path("id").asText(), side, e.path("documents")).contains(a.asText());
                }
            }
        }
    }

    @Test
    void mentionTextIsTheOriginalSubstring() throws IOException {
        Optional<Path> seeds = SharedData.resolve("corpus/seeds");
        assumeTrue(seeds.isPresent(), "../shared seeds absent");
        for (var e : BY_DOC.entrySet()) {
            String text = Files.readString(seeds.get().resolve(e.getKey() + ".txt"));
            for (Mention m : e.getValue()) assertThat(m.span().of(text)).isEqualTo(m.text());
        }
    }
}
