package org.marsad.cli;

import java.nio.file.Path;
import org.marsad.pipeline.Config;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option shared by every command that opens the store. */
final class DataOption {
    @Option(names = "--data", paramLabel = "DIR", description = "data folder (store marsad.db inside); default ${DEFAULT-VALUE}",
            defaultValue = "marsad-data")
    Path data;

    Config config() {
        return Config.of(data);
    }
}
