package org.marsad.cli;

import org.marsad.Pipeline;
import org.marsad.json.ArticleJson;
import org.marsad.clean.SiteTemplates;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.Rejected;
import org.marsad.model.SkipKind;
import org.marsad.read.DocumentReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.util.List;
import java.util.concurrent.Callable;

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

    @CommandLine.Mixin
    AnalysisOptions analysis;

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
        analysis.check();
        SiteTemplates.Learner learner = analysis.firstReading(paths);
        Pipeline pipeline = analysis.pipeline(learner);
        ArticleJson json = new ArticleJson(new ArticleJson.Options(tokens, sourceMap));
        SkipReport report = new SkipReport();
        Progress progress = analysis.progress(stderr, learner);
        try (DocumentReader reader = DocumentReader.open(paths, analysis.readOptions(), stdin)) {
            new OrderedAnalysis(pipeline, json, analysis.threads).run(reader, a -> emit(a, report, progress));
        } finally {
            progress.close();
            stdout.flush();
        }
        report.printSummary(stderr);
        stderr.flush();
        return report.failed() == 0 ? 0 : 1;
    }

    /** The first source of each article written in this run, by its id (a hash of its text). */
    private final java.util.Map<String, String> firstSource = new java.util.HashMap<>();

    private void emit(OrderedAnalysis.Analysed analysed, SkipReport report, Progress progress) throws IOException {
        Analysis analysis = analysed.analysis();
        if (analysis instanceof Article article) {
            String first = firstSource.putIfAbsent(article.id(), article.origin().location());
            if (first != null) { // the same text again (a copy, a reprint): written once, every source said
                stderr.println("marsad: duplicate: " + article.origin().location() + " is the same article as " + first);
                stderr.flush();
                report.skipped(new Rejected(article.origin().location(), SkipKind.DUPLICATE, "same article as " + first));
                return;
            }
            stdout.write(analysed.json());
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
    static String hint(SkipKind kind) {
        return kind == SkipKind.TOO_LARGE ? "; raise the limit with --max-bytes" : "";
    }
}
