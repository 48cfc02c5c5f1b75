package org.marsad.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** ACLED inter codes for canonical actor names (table in acled-inter-codes.tsv) and the interaction code. */
public final class InterCodes {
    /** ACLED's "other forces" for a named actor the table does not know. */
    public static final int OTHER = 8;
    private static final Map<String, Integer> CODES = load();

    private InterCodes() {}

    /** Inter code of a side: its first (principal) actor; 0 when the side is empty, as ACLED does for a missing actor2. */
    public static int of(List<String> side) {
        if (side.isEmpty()) return 0;
        return CODES.getOrDefault(side.get(0), OTHER);
    }

    /** ACLED interaction: both inter codes, smaller first (12, 17 …); a lone actor gives inter1 followed by 0 (10, 20 …). */
    public static int interaction(int inter1, int inter2) {
        if (inter1 == 0 && inter2 == 0) return 0;
        if (inter1 == 0 || inter2 == 0) return Math.max(inter1, inter2) * 10;
        return Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2);
    }

    private static Map<String, Integer> load() {
        Map<String, Integer> map = new HashMap<>();
        try (InputStream in = InterCodes.class.getResourceAsStream("acled-inter-codes.tsv")) {
            if (in == null) throw new IllegalStateException("missing resource org/marsad/export/acled-inter-codes.tsv");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                map.put(f[0].trim(), Integer.parseInt(f[1].trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }
}
