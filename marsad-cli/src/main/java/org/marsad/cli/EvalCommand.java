package org.marsad.cli;

import picocli.CommandLine.Command;

/** {@code marsad eval}: scores of Marsad's stages against gold sets, one subcommand each. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Scores Marsad's analysis against gold annotations (subcommands quotes, times, published, extraction).")
final class EvalCommand {
}
