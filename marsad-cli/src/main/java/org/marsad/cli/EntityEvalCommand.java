package org.marsad.cli;

import org.marsad.Pipeline;
import org.marsad.ner.NerModel;
import org.marsad.ner.eval.EntityEvaluation;
import org.marsad.ner.eval.EntityGold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code marsad eval entities GOLD...}: the whole entity stage against entity gold sets of news (eval/entities):
 * precision, recall and F1 of its name mentions, exact and overlapping, and of the distinct names of each article,
 * per type and split; and of the entities it resolved, where the gold groups the mentions into entities.
 */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = {"Scores the entity stage on entity gold sets (eval/entities/*.jsonl): mentions exact and "
                + "overlapping, each article's distinct names, and its entities after resolution (where the gold "
                + "groups its mentions), per type (PER, LOC, ORG) and split.",
                "Exit status: 0 scored, 1 a gold set or its records could not be read."})
final class EntityEvalCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "GOLD", description = "Gold sets (JSON Lines).")
    List<Path> gold;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data",
            description = "Where the gold sets' files are (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--model", paramLabel = "FILE",
            description = "Entity model written by marsad ner train (default: the model shipped with Marsad).")
    Path modelFile;

    @Option(names = "--errors", description = "After the scores, list every mention missed and every one found that "
            + "is not gold, and every entity split or merged, in the development split only (the test split stays "
            + "unread).")
    boolean errors;

    private final PrintWriter out;
    private final PrintWriter err;

    EntityEvalCommand(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        List<EntityGold.Article> articles = new ArrayList<>();
        try {
            for (Path file : gold) articles.addAll(EntityGold.read(file));
            Pipeline.Builder pipeline = Pipeline.builder();
            if (modelFile != null) pipeline.entityModel(NerModel.load(modelFile));
            EntityEvaluation.Result result = EntityEvaluation.run(articles, data, pipeline.build());
            for (String problem : result.problems()) err.println("marsad: " + problem);
            out.printf("%-6s %-8s %-5s %6s %6s %6s %7s %7s %7s%n", "split", "measure", "type", "tp", "fp", "fn", "P", "R", "F1");
            for (Map.Entry<String, Map<String, Map<String, EntityEvaluation.Counts>>> split : result.counts().entrySet()) {
                for (Map.Entry<String, Map<String, EntityEvaluation.Counts>> measure : split.getValue().entrySet()) {
                    for (Map.Entry<String, EntityEvaluation.Counts> type : measure.getValue().entrySet()) {
                        EntityEvaluation.Counts c = type.getValue();
                        out.printf(Locale.ROOT, "%-6s %-8s %-5s %6d %6d %6d %7.1f %7.1f %7.1f%n", split.getKey(),
                                measure.getKey(), type.getKey(), c.tp, c.fp, c.fn, 100 * c.precision(),
                                100 * c.recall(), 100 * c.f1());
                    }
                }
            }
            if (!result.entities().isEmpty()) {
                out.println();
                out.printf("%-6s %-8s %-5s %6s %6s %8s %7s %7s %7s %6s %6s%n", "split", "measure", "type", "gold",
                        "found", "aligned", "P", "R", "F1", "split", "merged");
                for (Map.Entry<String, Map<String, EntityEvaluation.EntityCounts>> split : result.entities().entrySet()) {
                    for (Map.Entry<String, EntityEvaluation.EntityCounts> type : split.getValue().entrySet()) {
                        EntityEvaluation.EntityCounts c = type.getValue();
                        out.printf(Locale.ROOT, "%-6s %-8s %-5s %6d %6d %8.1f %7.1f %7.1f %7.1f %6d %6d%n",
                                split.getKey(), "entities", type.getKey(), c.gold, c.found, c.similarity,
                                100 * c.precision(), 100 * c.recall(), 100 * c.f1(), c.split, c.merged);
                    }
                }
            }
            if (errors) {
                out.println();
                result.devErrors().forEach(out::println);
            }
            out.flush();
            return result.problems().isEmpty() ? 0 : 1;
        } catch (IOException e) {
            err.println("marsad: " + e.getMessage());
            return 1;
        }
    }
}
