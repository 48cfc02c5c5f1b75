package org.marsad.cli;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.marsad.common.SharedData;
import org.marsad.entities.ner.NerPlacesBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `marsad train ner-places`: rebuilds the NER's list of Iraqi admin-unit names from COD-AB. */
@Command(name = "ner-places", mixinStandardHelpOptions = true,
        description = "Rebuild the NER's Iraqi place-name list from the COD-AB gazetteer centroids CSV.")
public final class TrainNerPlacesCommand implements Callable<Integer> {
    @Option(names = "--csv", description = "COD-AB centroids CSV (default: ../shared/data/iraq_cod_ab/iraq_admin_gazetteer_centroids.csv).")
    Path csv;

    @Option(names = "--out", description = "Output (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("core/src/main/resources/org/marsad/entities/ner/places-iraq.txt");

    @Override
    public Integer call() throws Exception {
        Path in = csv != null ? csv : SharedData.resolve("data/iraq_cod_ab/iraq_admin_gazetteer_centroids.csv")
                .orElseThrow(() -> new IllegalArgumentException("no COD-AB csv: give --csv FILE"));
        var names = NerPlacesBuilder.names(in);
        if (out.getParent() != null) Files.createDirectories(out.getParent());
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            NerPlacesBuilder.write(names, w);
        }
        System.out.printf("wrote %d names to %s%n", names.size(), out);
        return Main.OK;
    }
}
