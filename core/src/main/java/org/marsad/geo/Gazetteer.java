package org.marsad.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.marsad.entities.PhraseMatcher;

/**
 * The shipped place gazetteer ({@code gazetteer.tsv.gz}, built by {@link GazetteerBuilder}): COD-AB
 * admin units, GeoNames settlements and Marsad's curated sites, each a {@link Place} with pcodes.
 * Names are matched on folded text by a {@link PhraseMatcher}; a name flagged "~" in the file is
 * also a common word and only counts as a place with a cue (see {@link Geocoder}).
 */
public final class Gazetteer {

    /** One name of one place; {@code needsCue} when the name is also a common word or given name. */
    public record Name(Place place, String surface, boolean needsCue) {}

    private final List<Place> places;
    private final Map<String, Place> byId;
    private final Map<String, String> sourceById;
    private final PhraseMatcher<Name> matcher = new PhraseMatcher<>(false);

    private Gazetteer(List<String> lines) {
        List<Place> ps = new ArrayList<>();
        Map<String, Place> ids = new HashMap<>();
        Map<String, String> sources = new HashMap<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("id\t")) continue;
            String[] f = line.split("\t", -1);
            if (f.length != 13) throw new IllegalArgumentException("gazetteer row with " + f.length + " columns: " + line);
            String[] names = f[4].split("\\|");
            String display = names[0].startsWith("~") ? names[0].substring(1) : names[0];
            List<String> alt = f[8].isBlank() ? List.of() : Arrays.asList(f[8].split(","));
            Place p = new Place(f[0], display, f[3], f[1], f[2], f[5], f[6], f[7], alt,
                    Double.parseDouble(f[9]), Double.parseDouble(f[10]), Integer.parseInt(f[11]));
            ps.add(p);
            ids.put(p.gazetteerId(), p);
            sources.put(p.gazetteerId(), f[12]);
            for (String n : names) {
                boolean cue = n.startsWith("~");
                String bare = cue ? n.substring(1) : n;
                matcher.add(PhraseMatcher.fold(bare), new Name(p, bare, cue));
            }
        }
        this.places = List.copyOf(ps);
        this.byId = Map.copyOf(ids);
        this.sourceById = Map.copyOf(sources);
    }

    private static final class Holder {
        static final Gazetteer DEFAULT = load();
    }

    /** The shipped gazetteer, loaded once. */
    public static Gazetteer get() { return Holder.DEFAULT; }

    public static Gazetteer load() {
        try (InputStream in = Gazetteer.class.getResourceAsStream("gazetteer.tsv.gz")) {
            if (in == null) throw new IllegalStateException("resource org/marsad/geo/gazetteer.tsv.gz missing (run gazetteer/build.sh)");
            return new Gazetteer(new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Gazetteer of(List<String> lines) { return new Gazetteer(lines); }

    public List<Place> places() { return places; }

    public Optional<Place> byId(String id) { return Optional.ofNullable(byId.get(id)); }

    /** The COD-AB unit of a pcode (IQGnn, IQGnnQnn, IQGnnQnnNnn). */
    public Optional<Place> unit(String pcode) { return byId(pcode); }

    /** "COD-AB", "GeoNames", "marsad", "COD-AB+marsad". */
    public String source(Place p) { return sourceById.getOrDefault(p.gazetteerId(), ""); }

    /** All readings of one name (any spelling; folded before lookup). */
    public List<Name> lookup(String name) { return matcher.lookup(PhraseMatcher.fold(name)); }

    PhraseMatcher<Name> matcher() { return matcher; }

    /** Rows per source, for the docs' coverage figures. */
    public Map<String, Long> countsBySource() {
        Map<String, Long> m = new java.util.TreeMap<>();
        for (Place p : places) m.merge(source(p), 1L, Long::sum);
        return m;
    }
}
