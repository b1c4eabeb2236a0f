package org.marsad.cli;

import org.marsad.Pipeline;
import org.marsad.clean.SiteTemplates;
import org.marsad.model.RawDocument;
import org.marsad.model.ReadResult;
import org.marsad.ner.NerModel;
import org.marsad.read.DocumentReader;
import org.marsad.read.ReadOptions;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The options of every command that reads and analyses articles ({@code analyze}, {@code ingest}): how input is
 * read, how many threads analyse it, whether site templates are learnt first, the entity model, the progress display.
 */
final class AnalysisOptions {
    @Option(names = "--charset", paramLabel = "NAME", converter = AnalyzeCommand.CharsetName.class,
            description = "Decode every input with this charset instead of detecting it.")
    Charset charset;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "10485760",
            description = "Largest single article accepted, in bytes (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--site-templates", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Learn from a first reading of the input the lines each site prints around its articles "
                    + "(share bars, comment counters) and take them off as site-template (default), or, with "
                    + "--no-site-templates, not. Standard input is read once, without it.")
    boolean siteTemplates;

    @Option(names = "--progress", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Show a progress bar on a terminal (default), or, with --no-progress, not; when stderr is no "
                    + "terminal a status line is written every 10 seconds instead.")
    boolean showProgress;

    @Option(names = "--model", paramLabel = "FILE",
            description = "Entity model written by marsad ner train (default: the model shipped with Marsad).")
    Path model;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    ReadOptions readOptions() {
        return new ReadOptions(maxBytes, Optional.ofNullable(charset));
    }

    /** Checks the numbers given; a usage error names the option. */
    void check() {
        if (threads < 1) throw usage("--threads must be at least 1, not " + threads);
        if (maxBytes < 1) throw usage("--max-bytes must be at least 1, not " + maxBytes);
    }

    /**
     * The first reading of the input: the lines each site prints around its articles, and how many records there
     * are; null for standard input, which cannot be read twice, or with --no-site-templates.
     */
    SiteTemplates.Learner firstReading(List<String> paths) throws IOException {
        if (!siteTemplates || paths.contains("-")) return null;
        SiteTemplates.Learner learner = new SiteTemplates.Learner();
        try (DocumentReader reader = DocumentReader.open(paths, readOptions(), InputStream.nullInputStream())) {
            for (ReadResult result : reader) if (result instanceof RawDocument doc) learner.see(doc);
        }
        return learner;
    }

    /** The pipeline with the site templates of a {@link #firstReading}, none when there was none (null). */
    Pipeline pipeline(SiteTemplates.Learner firstReading) {
        SiteTemplates templates = firstReading == null ? SiteTemplates.none() : firstReading.templates();
        Pipeline.Builder builder = Pipeline.builder().siteTemplates(templates);
        if (model != null) {
            try {
                builder.entityModel(NerModel.load(model));
            } catch (IOException e) {
                throw usage("--model " + NerErrors.message(e)); // the message starts with the file
            }
        }
        return builder.build();
    }

    /** Progress on standard error: a bar on a terminal, out of the records a {@link #firstReading} counted. */
    Progress progress(PrintWriter stderr, SiteTemplates.Learner firstReading) {
        return Progress.on(stderr, System.console() != null && showProgress,
                firstReading == null ? -1 : firstReading.documents());
    }

    CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
