package org.marsad.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** CONTRACT ONLY: the owning work replaces this body. */
@Command(name = "ingest", mixinStandardHelpOptions = true, description = "(not built yet)")
public final class IngestCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("marsad ingest: not built yet");
        return Main.USAGE;
    }
}
