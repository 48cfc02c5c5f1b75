package org.marsad.cli;

import picocli.CommandLine.Command;

/** `marsad eval ner|events`: score against gold files. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Evaluate against gold data (see subcommands).",
        subcommands = {EvalNerCommand.class, EvalEventsCommand.class})
public final class EvalCommand {}
