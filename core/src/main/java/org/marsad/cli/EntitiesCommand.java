package org.marsad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import org.marsad.entities.ActorMention;
import org.marsad.entities.EntityStage;
import org.marsad.entities.Mention;
import org.marsad.entities.OrgMention;
import org.marsad.entities.PersonMention;
import org.marsad.entities.PlaceMention;
import org.marsad.geo.Place;
import org.marsad.ingest.Article;
import org.marsad.ingest.IngestLimits;
import org.marsad.ingest.InputReader;
import org.marsad.ingest.ReadResult;
import org.marsad.ingest.Rejected;
import org.marsad.text.TextAnalysis;
import org.marsad.text.TextCore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code marsad entities INPUT... [--out FILE]}: reads the inputs with the ingest readers (.txt,
 * .json, .jsonl, .html, feeds, .zip, folders, URLs), runs the text core and the entity stage, and
 * writes one JSON line per article: {"id", "mentions": [...]}, each mention's start/end in the
 * article's original text. Records that cannot be read are reported on stderr and counted, never fatal.
 */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = "Find actors and places (resolved with COD-AB pcodes and coordinates) and write JSON Lines.")
public final class EntitiesCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files (.txt .json .jsonl .html .rss .zip), folders or URLs")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE", description = "write JSON Lines here (default: standard output)")
    Optional<Path> out = Optional.empty();

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Integer call() throws IOException {
        InputReader reader = new InputReader(IngestLimits.DEFAULT);
        List<InputReader.Source> sources = reader.expand(inputs);
        if (!sources.isEmpty() && sources.stream().allMatch(s -> s instanceof InputReader.Missing)) {
            throw new IllegalArgumentException("no readable input: " + inputs);
        }
        int[] counts = new int[2];
        OutputStream os = out.isPresent() ? Files.newOutputStream(out.get()) : System.out;
        PrintStream ps = new PrintStream(os, false, StandardCharsets.UTF_8);
        try {
            for (InputReader.Source s : sources) {
                reader.read(s, r -> {
                    switch (r) {
                        case ReadResult.Read read -> {
                            Article a = read.article();
                            TextAnalysis ta = TextCore.analyze(a);
                            try {
                                ps.println(JSON.writeValueAsString(toJson(a.id(), EntityStage.withNames(a, ta))));
                            } catch (IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                            counts[0]++;
                        }
                        case Rejected rej -> {
                            System.err.println("rejected " + rej.origin() + ": " + rej.reason());
                            counts[1]++;
                        }
                    }
                });
            }
        } finally {
            ps.flush();
            if (out.isPresent()) ps.close();
        }
        System.err.println("marsad entities: " + counts[0] + " articles written, " + counts[1] + " rejected");
        return counts[1] > 0 ? Main.SOME_REJECTED : Main.OK;
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
