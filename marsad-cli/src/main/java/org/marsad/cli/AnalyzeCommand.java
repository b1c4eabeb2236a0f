package org.marsad.cli;

import org.marsad.Pipeline;
import org.marsad.json.ArticleJson;
import org.marsad.clean.SiteTemplates;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.RawDocument;
import org.marsad.model.ReadResult;
import org.marsad.model.Rejected;
import org.marsad.model.SkipKind;
import org.marsad.ner.NerModel;
import org.marsad.read.DocumentReader;
import org.marsad.read.ReadOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code marsad analyze PATH...}: one JSON object per article on stdout, one line per skipped document on
 * stderr, and a summary. Documents are analysed on several threads but written in input order; at most a
 * small window of documents is in flight, so memory does not grow with the corpus.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Reads articles (.txt, .json, .jsonl, .html, .rss, .atom, .warc, .wet; directories recursively; - for stdin) and prints one "
                + "JSON object per article (JSON Lines).",
                "Exit status: 0 all analysed (hidden files, files of other types and archive records that are no article are passed over and counted), 1 some documents skipped, 2 usage error."})
final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories or - for standard input.")
    List<String> paths;

    @Option(names = "--tokens", description = "Include the tokens with their clitics and matching keys.")
    boolean tokens;

    @Option(names = "--source-map", description = "Include the map from text offsets back to raw input offsets.")
    boolean sourceMap;

    @Option(names = "--charset", paramLabel = "NAME", converter = CharsetName.class,
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

    @Spec
    CommandSpec spec;

    private final InputStream stdin;
    private final Writer stdout;
    private final PrintWriter stderr;

    AnalyzeCommand(InputStream stdin, Writer stdout, PrintWriter stderr) {
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (threads < 1) throw usage("--threads must be at least 1, not " + threads);
        if (maxBytes < 1) throw usage("--max-bytes must be at least 1, not " + maxBytes);
        SiteTemplates.Learner learner = firstReading();
        Pipeline pipeline = pipeline(learner == null ? SiteTemplates.none() : learner.templates());
        ArticleJson json = new ArticleJson(new ArticleJson.Options(tokens, sourceMap));
        SkipReport report = new SkipReport();
        Progress progress = Progress.on(stderr, System.console() != null && showProgress,
                learner == null ? -1 : learner.documents()); // a first reading knows how many records there are
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        ArrayDeque<Future<Analysis>> window = new ArrayDeque<>();
        int windowSize = threads * 8;
        try (DocumentReader reader = DocumentReader.open(paths,
                new ReadOptions(maxBytes, Optional.ofNullable(charset)), stdin)) {
            for (ReadResult result : reader) {
                if (result instanceof RawDocument doc) {
                    window.add(workers.submit(() -> analyzeSafely(pipeline, doc)));
                } else {
                    window.add(CompletableFuture.completedFuture((Rejected) result));
                }
                while (window.size() >= windowSize) emit(window.poll(), json, report, progress);
            }
            while (!window.isEmpty()) emit(window.poll(), json, report, progress);
        } finally {
            progress.close();
            workers.shutdownNow();
            stdout.flush();
        }
        report.printSummary(stderr);
        stderr.flush();
        return report.failed() == 0 ? 0 : 1;
    }

    /**
     * The first reading of the input: the lines each site prints around its articles, and how many records there
     * are; null for standard input, which cannot be read twice, or with --no-site-templates.
     */
    private SiteTemplates.Learner firstReading() throws IOException {
        if (!siteTemplates || paths.contains("-")) return null;
        SiteTemplates.Learner learner = new SiteTemplates.Learner();
        try (DocumentReader reader = DocumentReader.open(paths, new ReadOptions(maxBytes, Optional.ofNullable(charset)),
                InputStream.nullInputStream())) {
            for (ReadResult result : reader) if (result instanceof RawDocument doc) learner.see(doc);
        }
        return learner;
    }

    private Pipeline pipeline(SiteTemplates templates) {
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

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /** A defect in one document must not stop the others: it becomes a rejection that names the failure. */
    private static Analysis analyzeSafely(Pipeline pipeline, RawDocument doc) {
        try {
            return pipeline.analyze(doc);
        } catch (RuntimeException | StackOverflowError e) {
            return new Rejected(doc.origin().location(), SkipKind.INTERNAL_ERROR, "internal error while analysing: " + e);
        }
    }

    /** The first source of each article written in this run, by its id (a hash of its text). */
    private final java.util.Map<String, String> firstSource = new java.util.HashMap<>();

    private void emit(Future<Analysis> pending, ArticleJson json, SkipReport report, Progress progress)
            throws IOException, InterruptedException {
        Analysis analysis;
        try {
            analysis = pending.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("analysis failures are caught inside the task", e.getCause());
        }
        if (analysis instanceof Article article) {
            String first = firstSource.putIfAbsent(article.id(), article.origin().location());
            if (first != null) { // the same text again (a copy, a reprint): written once, every source said
                stderr.println("marsad: duplicate: " + article.origin().location() + " is the same article as " + first);
                stderr.flush();
                report.skipped(new Rejected(article.origin().location(), SkipKind.DUPLICATE, "same article as " + first));
                return;
            }
            json.write(article, stdout);
            stdout.write('\n');
            report.analysed();
            progress.done(article.text().length());
        } else {
            Rejected rejected = (Rejected) analysis;
            if (rejected.kind().isFailure()) { // what is passed over on purpose is only counted
                stderr.println(rejected.message() + hint(rejected.kind()));
                stderr.flush();
            }
            report.skipped(rejected);
        }
    }

    /** A charset by the name the user typed, or a message that says what names are understood. */
    static final class CharsetName implements CommandLine.ITypeConverter<Charset> {
        @Override
        public Charset convert(String name) {
            try {
                return Charset.forName(name);
            } catch (IllegalArgumentException e) { // unsupported, or not a legal charset name
                throw new CommandLine.TypeConversionException("'" + name + "' is no character encoding this Java "
                        + "knows (for Arabic: UTF-8, windows-1256, ISO-8859-6)");
            }
        }
    }

    /** What the user can do about a kind of failure with this command's options. */
    private static String hint(SkipKind kind) {
        return kind == SkipKind.TOO_LARGE ? "; raise the limit with --max-bytes" : "";
    }
}
