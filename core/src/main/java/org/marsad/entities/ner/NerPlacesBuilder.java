package org.marsad.entities.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Builds the NER's Iraqi place-name list from the COD-AB gazetteer centroids CSV (columns name_ar,
 * alt_ar, adm2_ar, adm1_ar): every Arabic name, folded, with a leading "مركز " (district seat)
 * removed. One name per line; only names, no coordinates (the geo stage owns those).
 */
public final class NerPlacesBuilder {
    private NerPlacesBuilder() {}

    public static List<String> names(Path csv) throws IOException {
        TreeSet<String> out = new TreeSet<>();
        try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            if (header == null) throw new IOException("empty file " + csv);
            List<String> cols = List.of(header.split(",", -1));
            int[] wanted = {cols.indexOf("name_ar"), cols.indexOf("alt_ar"), cols.indexOf("adm2_ar"), cols.indexOf("adm1_ar")};
            if (wanted[0] < 0) throw new IOException("no name_ar column in " + csv);
            for (String line; (line = r.readLine()) != null; ) {
                List<String> f = splitCsv(line);
                for (int c : wanted) {
                    if (c < 0 || c >= f.size()) continue;
                    for (String name : f.get(c).split("[;|/]")) {
                        String n = NerText.fold(name.replaceAll("[\\p{Z}\\p{Cf}\\s]+", " ").strip()).replaceFirst("^مركز ", "").strip();
                        if (n.length() >= 2) out.add(n);
                    }
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** Minimal CSV field splitter: commas, double-quoted fields with "" escapes. */
    static List<String> splitCsv(String line) {
        List<String> f = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        boolean q = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (q) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') { b.append('"'); i++; }
                else if (c == '"') q = false;
                else b.append(c);
            } else if (c == '"') q = true;
            else if (c == ',') { f.add(b.toString()); b.setLength(0); }
            else b.append(c);
        }
        f.add(b.toString());
        return f;
    }

    public static void write(List<String> names, Writer w) throws IOException {
        w.write("# Iraqi administrative unit names (governorates, districts, sub-districts), folded, one per line,\n");
        w.write("# for the NER's place-list feature. Built by `./marsad train ner-places` from the COD-AB Iraq\n");
        w.write("# gazetteer centroids (OCHA Iraq / Central Statistics Organization, licence CC BY-IGO).\n");
        for (String n : names) w.write(n + "\n");
    }
}
