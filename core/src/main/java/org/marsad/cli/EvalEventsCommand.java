package org.marsad.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** CONTRACT ONLY: the owning work replaces this body. */
@Command(name = "events", mixinStandardHelpOptions = true, description = "(not built yet)")
public final class EvalEventsCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("marsad: not built yet");
        return Main.USAGE;
    }
}
