package org.marsad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code marsad} command: one subcommand per job. */
@Command(name = "marsad", mixinStandardHelpOptions = true, version = "marsad 0.1.0",
        description = "Turns raw Arabic news pages into clean, structured articles.",
        subcommands = {CommandLine.HelpCommand.class})
public final class Marsad {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        return new CommandLine(new Marsad());
    }
}
