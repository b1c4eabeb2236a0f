package org.marsad.cli;

import org.marsad.Pipeline;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.Published;
import org.marsad.model.RawDocument;
import org.marsad.model.ReadResult;
import org.marsad.model.Rejected;
import org.marsad.read.DocumentReader;
import org.marsad.read.ReadOptions;
import org.marsad.time.InferenceOutcome;
import org.marsad.time.TimeStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code marsad eval published PATH...}: hides each dated record's date, lets the time stage infer the
 * publication day from the article alone, and counts how often it is exact, a day off, wrong or withheld
 * (docs/time.md). Records without a date cannot be scored and are counted apart; unreadable ones are named.
 */
@Command(name = "published", mixinStandardHelpOptions = true,
        description = {"Tests the publication-day inference: for every record that gives its date, analyses it "
                + "with the date hidden and compares the inferred day with the given one (exact, off by one day, "
                + "wrong, withheld). The wrong ones are listed.",
                "Exit status: 0 scored, 1 no dated record could be read, 2 usage error."})
final class PublishedEvalCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Dated articles: files or folders of records.")
    List<String> paths;

    private final PrintWriter out;
    private final PrintWriter err;

    PublishedEvalCommand(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        Pipeline pipeline = Pipeline.builder().entities(false).build(); // the inference reads no entity
        Map<InferenceOutcome, Integer> counts = new EnumMap<>(InferenceOutcome.class);
        for (InferenceOutcome o : InferenceOutcome.values()) counts.put(o, 0);
        int undated = 0, skipped = 0, fromDateline = 0;
        try (DocumentReader reader = DocumentReader.open(paths, ReadOptions.defaults(), InputStream.nullInputStream())) {
            for (ReadResult result : reader) {
                if (result instanceof Rejected rejected) {
                    skipped++;
                    err.println(rejected.message());
                    continue;
                }
                RawDocument doc = (RawDocument) result;
                LocalDate given = TimeStage.givenDay(doc.date());
                if (given == null) {
                    undated++;
                    continue;
                }
                RawDocument hidden = new RawDocument(doc.origin(), doc.body(), doc.title(), doc.url(),
                        Optional.empty(), doc.site(), doc.author());
                Analysis analysis = pipeline.analyze(hidden);
                if (!(analysis instanceof Article article)) {
                    skipped++;
                    err.println(((Rejected) analysis).message());
                    continue;
                }
                InferenceOutcome outcome = InferenceOutcome.of(given, article.published());
                counts.merge(outcome, 1, Integer::sum);
                if (article.published().basis() == Published.Basis.DATELINE) fromDateline++;
                if (outcome == InferenceOutcome.WRONG || outcome == InferenceOutcome.OFF_BY_ONE_DAY) {
                    out.printf("%s\t%s\tinferred %s\tgiven %s%n", outcome.name().toLowerCase(Locale.ROOT),
                            doc.origin().location(), article.published().date().orElse("-"), given);
                }
            }
        } catch (IOException e) {
            err.println("marsad: " + e.getMessage());
            return 1;
        }
        int scored = counts.values().stream().mapToInt(Integer::intValue).sum();
        if (scored == 0) {
            err.println("marsad: no dated record could be read");
            return 1;
        }
        out.printf("%d dated records, their dates hidden:%n", scored);
        for (InferenceOutcome o : InferenceOutcome.values()) {
            out.printf(Locale.ROOT, "  %-15s %6d  %5.1f%%%n", o.name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    counts.get(o), 100.0 * counts.get(o) / scored);
        }
        out.printf("%d of them read from a dateline; %d records without a date not scored, %d skipped%n",
                fromDateline, undated, skipped);
        out.flush();
        return 0;
    }
}
