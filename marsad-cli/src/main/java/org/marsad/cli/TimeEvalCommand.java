package org.marsad.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
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
    @Parameters(arity = "1..*", paramLabel = "GOLD",
            description = "Gold times, one JSON object per article; several files are scored together.")
    List<Path> goldFiles;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data",
            description = "Where the gold set's data files are (default: ${DEFAULT-VALUE}).")
    Path dataDirectory;

    @Option(names = "--system", paramLabel = "FILE",
            description = "Score the times of this file (analyze's shape, e.g. heideltime-peer.py's) instead of "
                    + "Marsad's; repeat it for several files.")
    List<Path> systemFiles;

    @Option(names = "--json", description = "Print one JSON object instead of the table.")
    boolean json;

    @Option(names = "--errors", description = "After the scores, list every expression missed, found but not in the "
            + "gold, or given another value, with its record, words, context and both values (in the JSON: \"errors\").")
    boolean errors;

    private final PrintWriter out;
    private final PrintWriter err;

    TimeEvalCommand(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        try {
            List<TimeGold.GoldArticle> gold = new java.util.ArrayList<>();
            for (Path file : goldFiles) gold.addAll(TimeGold.read(file));
            TimeEvaluation.Result result = systemFiles != null
                    ? TimeEvaluation.ofFiles(gold, dataDirectory, systemFiles)
                    : TimeEvaluation.ofPipeline(gold, dataDirectory, Pipeline.builder().entities(false).build());
            if (json) {
                printJson(result);
            } else {
                printTable(result);
                if (errors) printErrors(result);
            }
            for (String why : result.notScored()) err.println("marsad: not scored: " + why);
            out.flush();
            return result.notScored().isEmpty() ? 0 : 1;
        } catch (IOException e) {
            err.println("marsad: " + e.getMessage());
            return 1;
        }
    }

    private void printTable(TimeEvaluation.Result result) {
        out.printf("%-10s %9s %7s %7s %9s %7s %s%n", "group", "precision", "recall", "F1", "strict F1", "value",
                "matched predicted gold");
        for (Map.Entry<String, TimeScores> e : result.groups().entrySet()) {
            TimeScores s = e.getValue();
            out.printf(Locale.ROOT, "%-10s %9.2f %7.2f %7.2f %9.2f %7.2f %d %d %d%n", e.getKey(),
                    100 * s.precision(), 100 * s.recall(), 100 * s.f1(), 100 * s.strictF1(),
                    100 * s.valueAccuracy(), s.matched(), s.predicted(), s.gold());
        }
    }

    private void printErrors(TimeEvaluation.Result result) {
        out.println();
        out.println("split\trecord\terror\tgold value\tsystem value\ttext\tcontext");
        for (TimeEvaluation.Difference d : result.differences()) {
            out.printf(Locale.ROOT, "%s\t%s#%d\t%s\t%s\t%s\t%s\t%s%n", d.article().split(), d.article().file(),
                    d.article().record(), d.error().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    orDash(d.goldValue()), orDash(d.systemValue()), d.text(), d.context());
        }
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }

    private void printJson(TimeEvaluation.Result result) {
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeArrayFieldStart("gold");
            for (Path file : goldFiles) g.writeString(file.toString());
            g.writeEndArray();
            g.writeArrayFieldStart("system");
            if (systemFiles == null) g.writeString("marsad");
            else for (Path file : systemFiles) g.writeString(file.toString());
            g.writeEndArray();
            g.writeObjectFieldStart("groups");
            for (Map.Entry<String, TimeScores> e : result.groups().entrySet()) {
                TimeScores s = e.getValue();
                g.writeObjectFieldStart(e.getKey());
                g.writeNumberField("precision", s.precision());
                g.writeNumberField("recall", s.recall());
                g.writeNumberField("f1", s.f1());
                g.writeNumberField("strictF1", s.strictF1());
                g.writeNumberField("valueAccuracy", s.valueAccuracy());
                g.writeNumberField("matched", s.matched());
                g.writeNumberField("predicted", s.predicted());
                g.writeNumberField("gold", s.gold());
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeArrayFieldStart("notScored");
            for (String why : result.notScored()) g.writeString(why);
            g.writeEndArray();
            if (errors) {
                g.writeArrayFieldStart("errors");
                for (TimeEvaluation.Difference d : result.differences()) {
                    g.writeStartObject();
                    g.writeStringField("split", d.article().split());
                    g.writeStringField("file", d.article().file());
                    g.writeNumberField("record", d.article().record());
                    g.writeStringField("error", d.error().name().toLowerCase(Locale.ROOT).replace('_', '-'));
                    g.writeStringField("text", d.text());
                    g.writeStringField("context", d.context());
                    g.writeStringField("goldValue", d.goldValue());
                    g.writeStringField("systemValue", d.systemValue());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("writing to a PrintWriter does not fail", e);
        }
        out.println();
    }
}
