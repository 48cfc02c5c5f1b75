package org.marsad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the `marsad` command line. Exit codes: 0 ok, 1 some records rejected, 2 usage/configuration
 * error, 3 internal error (a bug: stack trace printed).
 */
@Command(name = "marsad", mixinStandardHelpOptions = true, version = "marsad 0.1.0",
        description = "Arabic conflict-news event extraction: ingest, extract, fuse, search, serve, export.",
        subcommands = {
                IngestCommand.class, RunCommand.class, ExportCommand.class, ServeCommand.class, DemoCommand.class,
                AnalyzeCommand.class, EntitiesCommand.class, TrainCommand.class, EvalCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int SOME_REJECTED = 1;
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (see --help)");
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExitCodeExceptionMapper(e -> e instanceof IllegalArgumentException || e instanceof CommandLine.ParameterException
                ? USAGE : 3);
        // configuration and store problems are the user's to fix: one clear line, exit 2
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof IllegalArgumentException || e instanceof org.marsad.store.StoreException
                    || e instanceof java.io.UncheckedIOException) {
                cmd.getErr().println("marsad " + cmd.getCommandName() + ": " + e.getMessage());
                return USAGE;
            }
            throw e;
        });
        return cl;
    }
}
