package org.marsad.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import org.marsad.ingest.IngestLimits;

/**
 * Everything a run needs to know, validated at start-up with a message that says what to fix.
 *
 * @param dataDir   folder of the store ({@code marsad.db} inside); created when missing
 * @param threads   analysis threads (default: the machine's cores)
 * @param batchSize articles per store transaction
 */
public record Config(Path dataDir, int threads, int batchSize, IngestLimits limits) {
    public static final Path DEFAULT_DATA = Path.of("marsad-data");

    public Config {
        if (dataDir == null) throw new IllegalArgumentException("--data: a data folder is required");
        dataDir = dataDir.toAbsolutePath().normalize();
        if (Files.exists(dataDir) && !Files.isDirectory(dataDir)) {
            throw new IllegalArgumentException("--data " + dataDir + " is a file; give a folder (it is created when missing)");
        }
        if (threads < 1 || threads > 256) throw new IllegalArgumentException("threads must be 1..256, was " + threads);
        if (batchSize < 1 || batchSize > 100_000) throw new IllegalArgumentException("batch size must be 1..100000, was " + batchSize);
        if (limits == null) limits = IngestLimits.DEFAULT;
    }

    public static Config of(Path dataDir) {
        return new Config(dataDir, Math.max(1, Runtime.getRuntime().availableProcessors()), 500, IngestLimits.DEFAULT);
    }
}
