package org.marsad.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** CONTRACT ONLY: the owning work replaces this body. */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "(not built yet)")
public final class DemoCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("marsad demo: not built yet");
        return Main.USAGE;
    }
}
