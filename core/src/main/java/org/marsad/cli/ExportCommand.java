package org.marsad.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.marsad.api.Workspace;
import org.marsad.common.Json;
import org.marsad.search.EventFilter;
import org.marsad.search.SearchIndex;
import org.marsad.store.Repository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the canonical events: json = {\"events\": [...]} in the gold-file shape; csv = ACLED columns",
                "in ACLED order then Marsad columns; geojson = FeatureCollection of points. Filters as in the API.",
                "Exit 0: written; 2: usage error (unknown format, bad filter, unwritable file)."})
public final class ExportCommand implements Callable<Integer> {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json", description = "json | csv | geojson (default json)")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "output file (default: standard output)")
    Path out;

    @Option(names = "--from", paramLabel = "DATE", description = "first event date (inclusive)") String from;
    @Option(names = "--to", paramLabel = "DATE", description = "last event date (inclusive)") String to;
    @Option(names = "--type", paramLabel = "TYPES", description = "event types, comma separated") String type;
    @Option(names = "--admin1", paramLabel = "PCODE", description = "governorate pcode (IQGnn)") String admin1;
    @Option(names = "--admin2", paramLabel = "PCODE", description = "district pcode (IQGnnQnn)") String admin2;
    @Option(names = "--actor", description = "actor name or part of it") String actor;
    @Option(names = "--outlet", description = "outlet of a reporting article") String outlet;
    @Option(names = "--story", description = "story id") String story;
    @Option(names = "--q", paramLabel = "TEXT", description = "free text (uses the search index in --data)") String q;
    @Option(names = "--reviewed", paramLabel = "MODE", description = "include (default) | exclude | only") String reviewed;
    @Option(names = "--include-rejected", description = "also export events a reviewer rejected") boolean includeRejected;
    @Option(names = "--audit", description = "json: add each event's audit trail") boolean audit;

    @Mixin
    DataOption data;

    @Override
    public Integer call() {
        if (!List.of("json", "csv", "geojson").contains(format)) {
            throw new IllegalArgumentException("--format must be json, csv or geojson, got '" + format + "'");
        }
        EventFilter filter = filter();
        try (Repository repo = data.openRepository();
             SearchIndex index = filter.q().isBlank() ? SearchIndex.inMemory() : SearchIndex.open(data.config().dataDir())) {
            Workspace ws = new Workspace(repo, index, Clock.systemUTC());
            byte[] bytes = switch (format) {
                case "csv" -> ws.exportCsv(filter);
                case "geojson" -> ws.exportGeoJson(filter);
                default -> Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(ws.exportJson(filter, audit));
            };
            if (out == null) {
                OutputStream o = System.out;
                o.write(bytes);
                if (!format.equals("csv")) o.write('\n');
                o.flush();
            } else {
                if (out.toAbsolutePath().getParent() != null) Files.createDirectories(out.toAbsolutePath().getParent());
                Files.write(out, bytes);
                System.err.println("marsad export: " + ws.select(filter).size() + " events (" + format + ") -> " + out);
            }
            return Main.OK;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + (out == null ? "stdout" : out) + ": " + e.getMessage(), e);
        }
    }

    /** The same parser as the API's query parameters, so a bad value names the same parameter. */
    private EventFilter filter() {
        Map<String, List<String>> p = new HashMap<>();
        put(p, "from", from);
        put(p, "to", to);
        put(p, "type", type);
        put(p, "admin1", admin1);
        put(p, "admin2", admin2);
        put(p, "actor", actor);
        put(p, "outlet", outlet);
        put(p, "story", story);
        put(p, "q", q);
        put(p, "reviewed", reviewed);
        if (includeRejected) put(p, "include_rejected", "true");
        put(p, "sort", "date");
        put(p, "size", Integer.toString(EventFilter.MAX_SIZE));
        return EventFilter.parse(p);
    }

    private static void put(Map<String, List<String>> p, String k, String v) {
        Optional.ofNullable(v).filter(s -> !s.isBlank()).ifPresent(s -> p.put(k, List.of(s)));
    }
}
