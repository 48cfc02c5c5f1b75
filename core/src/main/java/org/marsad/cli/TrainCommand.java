package org.marsad.cli;

import picocli.CommandLine.Command;

/** `marsad train ner|clusters`: trains shipped models reproducibly from ../shared data. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Train a model (see subcommands).",
        subcommands = {TrainNerCommand.class, TrainClustersCommand.class, TrainNerPlacesCommand.class, TrainNerContextsCommand.class})
public final class TrainCommand {}
