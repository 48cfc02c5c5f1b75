package org.marsad.fusion;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the fusion package's tab-separated data files ('#' comment lines, blank lines skipped). */
final class FusionData {
    private FusionData() {}

    /** Rows of {@code name} (a resource beside this class), each with at least {@code minColumns} columns. */
    static List<String[]> rows(String name, int minColumns) {
        List<String[]> rows = new ArrayList<>();
        try (var in = FusionData.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource org/marsad/fusion/" + name);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t");
                if (cols.length < minColumns) throw new IllegalStateException(name + ": bad row '" + line + "'");
                rows.add(cols);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
