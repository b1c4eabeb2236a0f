package org.marsad.cli;

import picocli.CommandLine.Command;

/** {@code marsad lexicon}: the group of commands that learn word lists from text. */
@Command(name = "lexicon", mixinStandardHelpOptions = true,
        description = "Learns word lists of the lexicon from unlabelled news (subcommands family-names, own-letter-words).")
final class LexiconCommand {
}
