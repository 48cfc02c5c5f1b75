package org.marsad.cli;

import picocli.CommandLine.Command;

/** `marsad train ner`: trains shipped models reproducibly from ../shared data. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Train a model (see subcommands).",
        subcommands = {TrainNerCommand.class})
public final class TrainCommand {}
