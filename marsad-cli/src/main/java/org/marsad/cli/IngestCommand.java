package org.marsad.cli;

import org.marsad.Pipeline;
import org.marsad.clean.SiteTemplates;
import org.marsad.read.DocumentReader;
import org.marsad.search.store.ArticleStore;
import org.marsad.search.store.DataFolder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code marsad ingest PATH...}: analyses every article the paths hold, on all cores, and stores it in the data
 * folder with its sources. What was committed survives a killed process, and ingesting again adds only what is new:
 * an article is keyed by its text, so the same article from the same source changes nothing.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Analyses articles (every format analyze reads) and stores them, searchable, in the data folder "
                + "($MARSAD_HOME, else ./marsad-data).",
                "Exit status: 0 all stored, 1 some documents skipped, 2 usage error or the data folder unusable."})
final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories or - for standard input.")
    List<String> paths;

    @Option(names = "--data", paramLabel = "DIR",
            description = "The data folder (default: $MARSAD_HOME, else ./marsad-data).")
    Path data;

    @Option(names = "--commit-every", paramLabel = "N", defaultValue = "1000",
            description = "Make the articles stored durable every N articles (default: ${DEFAULT-VALUE}); a killed "
                    + "ingest loses at most what came after the last commit, and ingesting again stores it.")
    int commitEvery;

    @CommandLine.Mixin
    AnalysisOptions analysis;

    private final InputStream stdin;
    private final PrintWriter stdout;
    private final PrintWriter stderr;

    IngestCommand(InputStream stdin, PrintWriter stdout, PrintWriter stderr) {
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        analysis.check();
        if (commitEvery < 1) throw analysis.usage("--commit-every must be at least 1, not " + commitEvery);
        Path folder = DataFolder.resolve(data, System.getenv());
        SiteTemplates.Learner learner = analysis.firstReading(paths);
        Pipeline pipeline = analysis.pipeline(learner);
        SkipReport report = new SkipReport();
        Progress progress = analysis.progress(stderr, learner);
        Ingestion.Counts counts;
        try (ArticleStore store = ArticleStore.open(folder);
             DocumentReader reader = DocumentReader.open(paths, analysis.readOptions(), stdin)) {
            counts = new Ingestion(pipeline, analysis.threads, commitEvery, stderr).run(reader, store, report, progress);
        } finally {
            progress.close();
        }
        stdout.println("marsad: " + counts.summary() + "; " + folder.toAbsolutePath());
        stdout.flush();
        report.printSummary(stderr);
        stderr.flush();
        return report.failed() == 0 ? 0 : 1;
    }
}
