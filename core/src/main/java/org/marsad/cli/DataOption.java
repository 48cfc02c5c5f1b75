package org.marsad.cli;

import java.nio.file.Path;
import org.marsad.pipeline.Config;
import picocli.CommandLine.Option;

/** The {@code --data DIR} and {@code --db URL} options shared by every command that opens the store. */
final class DataOption {
    @Option(names = "--db", paramLabel = "URL", description = "store in PostgreSQL instead of the embedded SQLite file: "
            + "postgresql://user:password@host:port/database (the search index stays in --data)")
    String db;

    /** The store: PostgreSQL when --db is given, else marsad.db in the data folder. */
    org.marsad.store.Repository openRepository() {
        return org.marsad.store.Stores.open(db, config().dataDir());
    }

    @Option(names = "--data", paramLabel = "DIR", description = "data folder (store marsad.db inside); default ${DEFAULT-VALUE}",
            defaultValue = "marsad-data")
    Path data;

    @Option(names = "--threads", paramLabel = "N", description = "analysis threads (default: number of cores)")
    Integer threads;

    Config config() {
        Config d = Config.of(data);
        return threads == null ? d : new Config(d.dataDir(), threads, d.batchSize(), d.limits());
    }
}
