package org.marsad.cli;

import picocli.CommandLine.Command;

/** {@code marsad ner}: the named-entity tagger's jobs, one subcommand each; alone, it is a usage error. */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Trains and evaluates the named-entity tagger (subcommands train, eval).")
final class NerCommand {
}
