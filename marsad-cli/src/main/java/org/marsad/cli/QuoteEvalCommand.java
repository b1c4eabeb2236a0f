package org.marsad.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.marsad.Pipeline;
import org.marsad.model.Quote;
import org.marsad.ner.NerModel;
import org.marsad.quote.eval.GoldArticle;
import org.marsad.quote.eval.QuoteEvaluation;
import org.marsad.quote.eval.QuoteGold;
import org.marsad.quote.eval.QuoteScores;
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
 * {@code marsad eval quotes GOLD}: precision, recall and F1 of quote spans per kind, and speaker accuracy on the
 * matched quotes, by split, over all and by outlet (docs/quotes.md, "Scoring").
 */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = {"Scores the quotes marsad analyze finds against a gold set (docs/quotes.md): precision, "
                + "recall and F1 of quote spans per kind, and the share of matched quotes whose speaker is right; "
                + "by split (dev, test), over all and by outlet.",
                "Exit status: 0 scored, 1 the gold set or its data could not be used (whole or in part: the scores "
                        + "are printed, and each article not scored is named), 2 usage error."})
final class QuoteEvalCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "GOLD", description = "Gold quotes, one JSON object per article.")
    Path goldFile;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data",
            description = "Where the gold set's data files are (default: ${DEFAULT-VALUE}).")
    Path dataDirectory;

    @Option(names = "--model", paramLabel = "FILE",
            description = "Entity model written by marsad ner train (default: the model shipped with Marsad).")
    Path modelFile;

    @Option(names = "--json", description = "Print one JSON object instead of the table.")
    boolean json;

    @Option(names = "--errors", description = "After the scores, list every quote missed, found but not in the gold, "
            + "or given the wrong speaker, with its record, offsets, text and speakers (in the JSON: \"errors\").")
    boolean errors;

    private final PrintWriter out;
    private final PrintWriter err;

    QuoteEvalCommand(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        QuoteEvaluation.Result result;
        try {
            List<GoldArticle> gold = QuoteGold.read(goldFile);
            Pipeline.Builder pipeline = Pipeline.builder();
            if (modelFile != null) pipeline.entityModel(NerModel.load(modelFile));
            result = QuoteEvaluation.run(gold, dataDirectory, pipeline.build());
        } catch (IOException e) {
            err.println("marsad: " + e.getMessage());
            return 1;
        }
        for (String problem : result.problems()) err.println("marsad: gold article not scored: " + problem);
        if (json) {
            printJson(result);
        } else {
            printTable(result);
            if (errors) printErrors(result);
        }
        out.flush();
        return result.problems().isEmpty() ? 0 : 1; // scored, but not every gold article could be
    }

    private void printTable(QuoteEvaluation.Result result) {
        out.printf("gold: %s, %d articles, %d quotes; data: %s%n", goldFile, result.articles(), result.goldQuotes(),
                dataDirectory);
        out.println("quote spans match when they share at least half the words of the longer; precision, recall, "
                + "F1 and speaker accuracy (on matched quotes) in percent");
        out.printf("%-22s %-9s %9s %7s %7s %8s %8s %9s %6s%n", "group", "kind", "precision", "recall", "F1",
                "speaker", "matched", "predicted", "gold");
        for (Map.Entry<String, Map<Quote.Kind, QuoteScores.Counts>> group : result.scores().groups().entrySet()) {
            for (Map.Entry<Quote.Kind, QuoteScores.Counts> kind : group.getValue().entrySet()) {
                QuoteScores.Counts c = kind.getValue();
                out.printf(Locale.ROOT, "%-22s %-9s %9.2f %7.2f %7.2f %8.2f %8d %9d %6d%n", group.getKey(),
                        kind.getKey().name().toLowerCase(Locale.ROOT), 100 * c.precision(), 100 * c.recall(),
                        100 * c.f1(), 100 * c.speakerAccuracy(), c.matched(), c.predicted(), c.gold());
            }
        }
    }

    private void printErrors(QuoteEvaluation.Result result) {
        out.println();
        out.println("split\trecord\tkind\terror\tstart\tend\tgold speaker\tsystem speaker\ttext");
        for (QuoteEvaluation.Difference d : result.differences()) {
            out.printf(Locale.ROOT, "%s\t%s#%d\t%s\t%s\t%d\t%d\t%s\t%s\t%s%n", d.article().split(),
                    d.article().file(), d.article().record(), lower(d.kind()), lower(d.error()), d.span().start(),
                    d.span().end(), d.goldSpeaker().orElse("-"), d.systemSpeaker().orElse("-"),
                    oneLine(d.text()));
        }
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The quote's text on one line and short enough to read in a terminal. */
    private static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() <= 120 ? line : line.substring(0, 119) + "…";
    }

    private void printJson(QuoteEvaluation.Result result) {
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("gold", goldFile.toString());
            g.writeNumberField("articles", result.articles());
            g.writeNumberField("quotes", result.goldQuotes());
            g.writeObjectFieldStart("groups");
            for (Map.Entry<String, Map<Quote.Kind, QuoteScores.Counts>> group : result.scores().groups().entrySet()) {
                g.writeObjectFieldStart(group.getKey());
                for (Map.Entry<Quote.Kind, QuoteScores.Counts> kind : group.getValue().entrySet()) {
                    QuoteScores.Counts c = kind.getValue();
                    g.writeObjectFieldStart(kind.getKey().name().toLowerCase(Locale.ROOT));
                    g.writeNumberField("precision", c.precision());
                    g.writeNumberField("recall", c.recall());
                    g.writeNumberField("f1", c.f1());
                    g.writeNumberField("speakerAccuracy", c.speakerAccuracy());
                    g.writeNumberField("matched", c.matched());
                    g.writeNumberField("predicted", c.predicted());
                    g.writeNumberField("gold", c.gold());
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeArrayFieldStart("notScored");
            for (String problem : result.problems()) g.writeString(problem);
            g.writeEndArray();
            if (errors) writeErrors(g, result);
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("writing to a PrintWriter does not fail", e);
        }
        out.println();
    }

    private static void writeErrors(JsonGenerator g, QuoteEvaluation.Result result) throws IOException {
        g.writeArrayFieldStart("errors");
        for (QuoteEvaluation.Difference d : result.differences()) {
            g.writeStartObject();
            g.writeStringField("split", d.article().split());
            g.writeStringField("file", d.article().file());
            g.writeNumberField("record", d.article().record());
            g.writeStringField("kind", lower(d.kind()));
            g.writeStringField("error", lower(d.error()));
            g.writeNumberField("start", d.span().start());
            g.writeNumberField("end", d.span().end());
            g.writeStringField("text", d.text());
            g.writeStringField("goldSpeaker", d.goldSpeaker().orElse(null));
            g.writeStringField("systemSpeaker", d.systemSpeaker().orElse(null));
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
