package org.marsad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** The {@code marsad} command: one subcommand per job. */
@Command(name = "marsad", mixinStandardHelpOptions = true, version = "marsad 0.1.0",
        description = "Turns raw Arabic news pages into clean, structured articles.")
public final class Marsad {

    public static void main(String[] args) {
        // libraries log warnings and errors only: the commands say what they do themselves
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        Writer out = new BufferedWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), 1 << 16);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8), true);
        System.exit(commandLine(System.in, out, err).execute(args));
    }

    /** The command tree, wired to the given streams so tests can run it in-process. */
    public static CommandLine commandLine(InputStream in, Writer out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Marsad());
        cli.addSubcommand(new CommandLine(new AnalyzeCommand(in, out, err)));
        cli.addSubcommand(new CommandLine(new IngestCommand(in, new PrintWriter(out, true), err)));
        cli.addSubcommand(new CommandLine(new SearchCommand(new PrintWriter(out, true), err)));
        cli.addSubcommand(new CommandLine(new ServeCommand(new PrintWriter(out, true), err)));
        cli.addSubcommand(new CommandLine(new BenchCommand(new PrintWriter(out, true), err)));
        cli.addSubcommand(new CommandLine(new ServerBenchCommand(new PrintWriter(out, true), err)));
        CommandLine ner = new CommandLine(new NerCommand());
        ner.addSubcommand(new CommandLine(new NerTrainCommand(new PrintWriter(out, true), err)));
        ner.addSubcommand(new CommandLine(new NerEvalCommand(new PrintWriter(out, true), err)));
        cli.addSubcommand(ner);
        CommandLine lexicon = new CommandLine(new LexiconCommand());
        lexicon.addSubcommand(new CommandLine(new FamilyNamesCommand(new PrintWriter(out, true), err)));
        lexicon.addSubcommand(new CommandLine(new OwnLetterWordsCommand(new PrintWriter(out, true), err)));
        cli.addSubcommand(lexicon);
        CommandLine eval = new CommandLine(new EvalCommand());
        eval.addSubcommand(new CommandLine(new QuoteEvalCommand(new PrintWriter(out, true), err)));
        eval.addSubcommand(new CommandLine(new PublishedEvalCommand(new PrintWriter(out, true), err)));
        eval.addSubcommand(new CommandLine(new TimeEvalCommand(new PrintWriter(out, true), err)));
        eval.addSubcommand(new CommandLine(new ExtractionEvalCommand(new PrintWriter(out, true), err)));
        eval.addSubcommand(new CommandLine(new SearchEvalCommand(new PrintWriter(out, true), err)));
        eval.addSubcommand(new CommandLine(new EntityEvalCommand(new PrintWriter(out, true), err)));
        cli.addSubcommand(eval);
        cli.addSubcommand(new CommandLine.HelpCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, args) -> {
            // the message and where to look rather than a whole help page, so the user sees at once what was wrong;
            // a command that is only a group of subcommands shows them, since they are what the user needs
            CommandLine command = e.getCommandLine();
            err.println("marsad: " + e.getMessage());
            if (command.getSubcommands().isEmpty()) {
                err.println("Try '" + command.getCommandSpec().qualifiedName(" ") + " --help' for the options.");
            } else {
                command.usage(err);
            }
            err.flush();
            return CommandLine.ExitCode.USAGE;
        });
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            err.println("marsad: " + e.getMessage());
            return 2;
        });
        return cli;
    }
}
