package org.marsad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.marsad.common.DatePrecision;
import org.marsad.entities.ActorMention;
import org.marsad.entities.EntityStage;
import org.marsad.entities.Mention;
import org.marsad.entities.OrgMention;
import org.marsad.entities.PersonMention;
import org.marsad.entities.PlaceMention;
import org.marsad.geo.Place;
import org.marsad.text.TextAnalysis;
import org.marsad.text.TextCore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code marsad entities INPUT... [--out FILE]}: runs the text core and the entity stage and writes one
 * JSON line per article: {"id", "mentions": [...]}, each mention's start/end in the original text.
 * Inputs: .txt files (id = file name without extension), .jsonl files (one {"id", "text"[, "title"]}
 * object a line; "content" is accepted for "text"), or folders of those. Bad records are counted and
 * reported, never fatal.
 */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = "Find actors and places (resolved with COD-AB pcodes and coordinates) and write JSON Lines.")
public final class EntitiesCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = ".txt or .jsonl files, or folders of them")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE", description = "write JSON Lines here (default: standard output)")
    Optional<Path> out = Optional.empty();

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One text to process, or a record that could not be read. */
    private record Input(String id, String text, String problem) {}

    @Override
    public Integer call() throws IOException {
        List<Input> docs = new ArrayList<>();
        for (Path p : inputs) {
            if (!Files.exists(p)) throw new IllegalArgumentException("input not found: " + p);
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                        String n = f.getFileName().toString();
                        if (n.endsWith(".txt") || n.endsWith(".jsonl")) read(f, docs);
                    }
                }
            } else {
                read(p, docs);
            }
        }
        int written = 0, rejected = 0;
        OutputStream os = out.isPresent() ? Files.newOutputStream(out.get()) : System.out;
        PrintStream ps = new PrintStream(os, false, StandardCharsets.UTF_8);
        try {
            for (Input d : docs) {
                if (!d.problem().isEmpty()) {
                    System.err.println("rejected " + d.id() + ": " + d.problem());
                    rejected++;
                    continue;
                }
                TextAnalysis ta = TextCore.analyze(d.id(), d.text(), Optional.empty(), DatePrecision.UNKNOWN);
                ps.println(JSON.writeValueAsString(toJson(d.id(), EntityStage.find(ta.text()))));
                written++;
            }
        } finally {
            ps.flush();
            if (out.isPresent()) ps.close();
        }
        System.err.println("marsad entities: " + written + " articles written, " + rejected + " rejected");
        return rejected > 0 ? Main.SOME_REJECTED : Main.OK;
    }

    private static void read(Path f, List<Input> docs) throws IOException {
        String name = f.getFileName().toString();
        if (name.endsWith(".jsonl")) {
            try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                String line;
                int n = 0;
                while ((line = r.readLine()) != null) {
                    n++;
                    if (line.isBlank()) continue;
                    String where = f + "#" + n;
                    try {
                        JsonNode o = JSON.readTree(line);
                        String text = o.path("text").asText(o.path("content").asText(""));
                        String title = o.path("title").asText("");
                        if (!title.isBlank() && !text.startsWith(title)) text = title + "\n" + text;
                        String id = o.path("id").asText(where);
                        docs.add(text.isBlank() ? new Input(id, "", "no text") : new Input(id, text, ""));
                    } catch (IOException e) {
                        docs.add(new Input(where, "", "not JSON: " + e.getMessage().lines().findFirst().orElse("")));
                    }
                }
            }
        } else {
            String id = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
            docs.add(new Input(id, Files.readString(f, StandardCharsets.UTF_8), ""));
        }
    }

    /** The JSON object of one article's mentions. */
    public static ObjectNode toJson(String id, List<Mention> mentions) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", id);
        ArrayNode arr = o.putArray("mentions");
        for (Mention m : mentions) {
            ObjectNode j = arr.addObject();
            j.put("kind", m.kind());
            j.put("text", m.text());
            j.put("start", m.span().start());
            j.put("end", m.span().end());
            switch (m) {
                case ActorMention a -> {
                    j.put("canonical", a.canonical());
                    j.put("category", a.category());
                    j.put("member", a.member());
                }
                case PlaceMention p -> {
                    placeJson(j, p.place());
                    j.put("cue", p.cue().name());
                    ArrayNode alts = j.putArray("alternatives");
                    for (Place alt : p.alternatives()) placeJson(alts.addObject(), alt);
                }
                case PersonMention ignored -> { }
                case OrgMention ignored -> { }
            }
        }
        return o;
    }

    private static void placeJson(ObjectNode j, Place p) {
        j.put("gazetteer_id", p.gazetteerId());
        j.put("name_ar", p.nameAr());
        j.put("name_en", p.nameEn());
        j.put("feature_type", p.featureType());
        j.put("country", p.country());
        j.put("admin1_pcode", p.admin1Pcode());
        j.put("admin2_pcode", p.admin2Pcode());
        j.put("admin3_pcode", p.admin3Pcode());
        ArrayNode alt = j.putArray("alt_admin1_pcodes");
        p.altAdmin1Pcodes().forEach(alt::add);
        j.put("lat", p.lat());
        j.put("lon", p.lon());
        j.put("geo_precision", p.geoPrecision());
    }
}
