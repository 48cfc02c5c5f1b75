package org.marsad.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** CONTRACT ONLY: the owning work replaces this body. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "(not built yet)")
public final class ExportCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("marsad export: not built yet");
        return Main.USAGE;
    }
}
