package org.marsad.cli;

import org.marsad.Pipeline;
import org.marsad.time.eval.TimeEvaluation;
import org.marsad.time.eval.TimeGold;
import org.marsad.time.eval.TimeScores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code marsad eval times GOLD [--system FILE]}: span precision, recall and F1 of temporal expressions (relaxed and
 * strict) and value accuracy on the matched ones, by split and over all; Marsad's own times, or a file's in the
 * shape of analyze output (a peer's), scored the same way.
 */
@Command(name = "times", mixinStandardHelpOptions = true,
        description = {"Scores temporal expressions against a gold set (docs/time.md): span precision, recall and F1 "
                + "(a match shares at least half the words of the longer span; strict: the same span) and value "
                + "accuracy on matched spans, by split and over all.",
                "Exit status: 0 scored, 1 the gold set or its data could not be used, 2 usage error."})
final class TimeEvalCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "GOLD", description = "Gold times, one JSON object per article.")
    Path goldFile;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data",
            description = "Where the gold set's data files are (default: ${DEFAULT-VALUE}).")
    Path dataDirectory;

    @Option(names = "--system", paramLabel = "FILE",
            description = "Score the times of this file (analyze's shape, e.g. heideltime-peer.py's) instead of Marsad's.")
    Path systemFile;

    private final PrintWriter out;
    private final PrintWriter err;

    TimeEvalCommand(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        try {
            List<TimeGold.GoldArticle> gold = TimeGold.read(goldFile);
            TimeEvaluation.Result result = systemFile != null
                    ? TimeEvaluation.ofFile(gold, dataDirectory, systemFile)
                    : TimeEvaluation.ofPipeline(gold, dataDirectory, Pipeline.builder().entities(false).build());
            out.printf("%-10s %9s %7s %7s %9s %7s %s%n", "group", "precision", "recall", "F1", "strict F1", "value",
                    "matched predicted gold");
            for (Map.Entry<String, TimeScores> e : result.groups().entrySet()) {
                TimeScores s = e.getValue();
                out.printf(Locale.ROOT, "%-10s %9.2f %7.2f %7.2f %9.2f %7.2f %d %d %d%n", e.getKey(),
                        100 * s.precision(), 100 * s.recall(), 100 * s.f1(), 100 * s.strictF1(),
                        100 * s.valueAccuracy(), s.matched(), s.predicted(), s.gold());
            }
            for (String why : result.notScored()) err.println("marsad: not scored: " + why);
            out.flush();
            return result.notScored().isEmpty() ? 0 : 1;
        } catch (IOException e) {
            err.println("marsad: " + e.getMessage());
            return 1;
        }
    }
}
