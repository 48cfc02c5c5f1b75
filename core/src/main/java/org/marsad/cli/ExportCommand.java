package org.marsad.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.export.EventsJson;
import org.marsad.fusion.CanonicalEvent;
import org.marsad.store.EventQuery;
import org.marsad.store.Repository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the canonical events: json = {\"events\": [...]} in the gold-file shape.",
                "Exit 0: written; 2: usage error (unknown format, unwritable file)."})
public final class ExportCommand implements Callable<Integer> {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json", description = "json | csv | geojson (default json)")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "output file (default: standard output)")
    Path out;

    @Mixin
    DataOption data;

    @Override
    public Integer call() {
        if (!format.equals("json")) {
            System.err.println("marsad export: format '" + format + "' is not available in this build (json only so far)");
            return Main.USAGE;
        }
        try (Repository repo = Repository.open(data.config().dataDir())) {
            List<CanonicalEvent> events = repo.canonicalEvents(EventQuery.all().sorted(EventQuery.Sort.DATE_ASC));
            if (out == null) {
                Writer w = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
                EventsJson.write(events, w);
                w.write("\n");
                w.flush();
            } else {
                if (out.toAbsolutePath().getParent() != null) Files.createDirectories(out.toAbsolutePath().getParent());
                try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                    EventsJson.write(events, w);
                }
                System.err.println("marsad export: " + events.size() + " events -> " + out);
            }
            return Main.OK;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + (out == null ? "stdout" : out) + ": " + e.getMessage(), e);
        }
    }
}
