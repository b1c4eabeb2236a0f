package org.marsad.cli;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.marsad.Pipeline;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.Origin;
import org.marsad.model.RawDocument;
import org.marsad.model.ReadResult;
import org.marsad.read.DocumentReader;
import org.marsad.read.ReadOptions;
import org.marsad.read.TextFormat;
import org.marsad.stage.StageTimes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToLongFunction;

/**
 * {@code marsad bench}: throughput of our text pipeline (structure recovery, display normalisation,
 * sentences, clitic-aware tokens) side by side with Lucene's ArabicAnalyzer token stream (tokenizer,
 * lower-casing, stop words, normalisation, light stemming), in one process, on the same articles, single
 * threaded and on all cores. Both sides see the same characters (title and body) and consume every token.
 * The full pipeline with the language check is reported on its own line.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures the text pipeline against Lucene's ArabicAnalyzer on the same articles.")
final class BenchCommand implements java.util.concurrent.Callable<Integer> {

    @Option(names = "--input", paramLabel = "PATH",
            description = "Articles to measure on (default: the SaudiNewsNet day in ../shared).")
    Path input = Path.of("..", "shared", "data", "saudinewsnet", "2015-08-10.json");

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "5",
            description = "Measured passes over the input; the median is reported (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "3",
            description = "Unmeasured passes first, for the JIT (default: ${DEFAULT-VALUE}).")
    int warmup;

    private final PrintWriter out;
    private final PrintWriter err;

    BenchCommand(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(input)) {
            err.println("marsad: bench input not found: " + input + " (give one with --input)");
            return 2;
        }
        List<RawDocument> docs = load(input);
        long bytes = docs.stream().mapToLong(d -> utf8Length(d.title().orElse("")) + utf8Length(d.body())).sum();
        int cores = Runtime.getRuntime().availableProcessors();
        out.printf("input: %s, %d articles, %.2f MB (UTF-8); %d rounds after %d warm-up; max heap %d MB%n",
                input, docs.size(), bytes / 1e6, rounds, warmup, Runtime.getRuntime().maxMemory() >> 20);

        Pipeline textStages = Pipeline.textStages();
        Pipeline full = Pipeline.builder().build();
        Pipeline withoutQuotes = Pipeline.builder().quotes(false).build();
        Analyzer lucene = new ArabicAnalyzer();
        ToLongFunction<RawDocument> ours = doc -> tokensOf(textStages.analyze(doc));
        ToLongFunction<RawDocument> oursFull = doc -> tokensOf(full.analyze(doc));
        ToLongFunction<RawDocument> oursWithoutQuotes = doc -> tokensOf(withoutQuotes.analyze(doc));
        ToLongFunction<RawDocument> theirs = doc -> luceneTokens(lucene, doc);

        out.printf("%-50s %8s %12s %8s %12s%n", "pipeline", "threads", "articles/s", "MB/s", "tokens");
        for (int threads : cores > 1 ? new int[] {1, cores} : new int[] {1}) {
            List<Result> results = measure(docs, threads, List.of(ours, theirs, oursFull, oursWithoutQuotes));
            Result a = results.get(0), b = results.get(1), c = results.get(2), d = results.get(3);
            print("marsad clean+normalise+sentences+tokens", threads, a, docs.size(), bytes);
            print("lucene ArabicAnalyzer token stream", threads, b, docs.size(), bytes);
            print("marsad full analyze (language, entities, quotes)", threads, c, docs.size(), bytes);
            print("marsad full analyze without quotes", threads, d, docs.size(), bytes);
            out.printf("ratio marsad/lucene, %d thread%s: %.2f; quotes add %.1f%% to the full analyze%n", threads,
                    threads == 1 ? "" : "s", b.seconds / a.seconds, 100 * (c.seconds / d.seconds - 1));
        }
        printStageCosts(full, docs);
        printScaling(full, docs);
        out.flush();
        return 0;
    }

    /** Time per article of each stage of the full pipeline, one thread, summed over the measured rounds. */
    private void printStageCosts(Pipeline pipeline, List<RawDocument> docs) {
        StageTimes times = timeStages(pipeline, docs, rounds);
        long articles = times.documents(0);
        out.printf("%nper stage, full analyze, 1 thread, %d rounds (an article a stage rejects costs the stages after "
                + "it nothing):%n", rounds);
        out.printf("%-12s %14s %8s%n", "stage", "us/article", "share");
        for (int i = 0; i < times.names().size(); i++) {
            out.printf("%-12s %14.1f %7.1f%%%n", times.names().get(i), times.nanos(i) / 1e3 / articles,
                    100.0 * times.nanos(i) / times.totalNanos());
        }
        out.printf("%-12s %14.1f%n", "all", times.totalNanos() / 1e3 / articles);
    }

    /**
     * Each stage's cost on one long article made of the input's texts, and on one ten times longer (made of more of
     * them, not of copies, which structure recovery would remove as repeats): a stage that is linear in the
     * article's length costs about ten times more.
     */
    private void printScaling(Pipeline pipeline, List<RawDocument> docs) {
        RawDocument single = longArticle(docs, SCALING_CHARACTERS);
        RawDocument tenfold = longArticle(docs, 10 * SCALING_CHARACTERS);
        if (tenfold.body().length() < 10 * SCALING_CHARACTERS) {
            out.printf("%nscaling: the input has fewer than %d characters; not measured%n", 10 * SCALING_CHARACTERS);
            return;
        }
        StageTimes one = timeStages(pipeline, List.of(single), Math.max(1, rounds));
        StageTimes ten = timeStages(pipeline, List.of(tenfold), Math.max(1, rounds));
        out.printf("%nper stage on one long article (%d characters) and on one ten times longer, 1 thread:%n",
                single.body().length());
        out.printf("%-12s %14s %14s %8s%n", "stage", "ms (1x)", "ms (10x)", "ratio");
        for (int i = 0; i < one.names().size(); i++) {
            double a = one.nanos(i) / 1e6 / one.documents(i), b = ten.nanos(i) / 1e6 / ten.documents(i);
            out.printf("%-12s %14.2f %14.2f %8.1f%n", one.names().get(i), a, b, a > 0 ? b / a : 0);
        }
        double a = one.totalNanos() / 1e6 / one.documents(0), b = ten.totalNanos() / 1e6 / ten.documents(0);
        out.printf("%-12s %14.2f %14.2f %8.1f%n", "all", a, b, b / a);
    }

    /** Characters of the shorter article of the scaling run. */
    private static final int SCALING_CHARACTERS = 40_000;

    /** One article of the input's bodies one after another, cut to {@code characters}, as a plain-text page. */
    private static RawDocument longArticle(List<RawDocument> docs, int characters) {
        StringBuilder body = new StringBuilder(characters + 16);
        for (RawDocument doc : docs) {
            if (body.length() >= characters) break;
            body.append(doc.body()).append('\n');
        }
        body.setLength(Math.min(body.length(), characters));
        return RawDocument.text(Origin.file("long-article", TextFormat.NAME, "UTF-8"), body.toString());
    }

    private StageTimes timeStages(Pipeline pipeline, List<RawDocument> docs, int measured) {
        for (int i = 0; i < warmup; i++) {
            for (RawDocument doc : docs) pipeline.analyze(doc);
        }
        StageTimes times = new StageTimes(pipeline.timedSteps());
        for (int i = 0; i < measured; i++) {
            for (RawDocument doc : docs) pipeline.analyze(doc, times);
        }
        return times;
    }

    private record Result(double seconds, long tokens) {
    }

    /**
     * Times each contender on the same passes, taking turns within every round so that a change in machine
     * load during the run affects them alike; reports each one's median pass.
     */
    private List<Result> measure(List<RawDocument> docs, int threads, List<ToLongFunction<RawDocument>> contenders)
            throws Exception {
        for (int i = 0; i < warmup; i++) {
            for (ToLongFunction<RawDocument> work : contenders) pass(docs, threads, work);
        }
        double[][] times = new double[contenders.size()][rounds];
        long[] tokens = new long[contenders.size()];
        for (int round = 0; round < rounds; round++) {
            // each round starts with the next contender: none always runs right after the one that warmed its caches
            for (int j = 0; j < contenders.size(); j++) {
                int k = (round + j) % contenders.size();
                long start = System.nanoTime();
                tokens[k] = pass(docs, threads, contenders.get(k));
                times[k][round] = (System.nanoTime() - start) / 1e9;
            }
        }
        List<Result> results = new ArrayList<>();
        for (int k = 0; k < contenders.size(); k++) {
            Arrays.sort(times[k]);
            results.add(new Result(times[k][rounds / 2], tokens[k]));
        }
        return results;
    }

    private static long pass(List<RawDocument> docs, int threads, ToLongFunction<RawDocument> work)
            throws Exception {
        if (threads == 1) {
            long tokens = 0;
            for (RawDocument doc : docs) tokens += work.applyAsLong(doc);
            return tokens;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicInteger next = new AtomicInteger();
            List<Future<Long>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                parts.add(pool.submit(() -> {
                    long tokens = 0;
                    for (int i = next.getAndIncrement(); i < docs.size(); i = next.getAndIncrement()) {
                        tokens += work.applyAsLong(docs.get(i));
                    }
                    return tokens;
                }));
            }
            long tokens = 0;
            for (Future<Long> part : parts) tokens += part.get();
            return tokens;
        } finally {
            pool.shutdown();
        }
    }

    private void print(String name, int threads, Result r, int articles, long bytes) {
        out.printf("%-50s %8d %12.0f %8.2f %12d%n", name, threads, articles / r.seconds, bytes / 1e6 / r.seconds,
                r.tokens);
    }

    private static long tokensOf(Analysis analysis) {
        return analysis instanceof Article article ? article.tokens().size() : 0;
    }

    private static long luceneTokens(Analyzer analyzer, RawDocument doc) {
        long count = 0;
        for (String field : new String[] {doc.title().orElse(""), doc.body()}) {
            try (TokenStream stream = analyzer.tokenStream("text", field)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    if (term.length() >= 0 && offset.endOffset() >= 0) count++;
                }
                stream.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return count;
    }

    private static List<RawDocument> load(Path input) throws IOException {
        List<RawDocument> docs = new ArrayList<>();
        try (DocumentReader reader = DocumentReader.open(List.of(input.toString()),
                ReadOptions.defaults(), InputStream.nullInputStream())) {
            for (ReadResult r : reader) {
                if (r instanceof RawDocument doc) docs.add(doc);
            }
        }
        return docs;
    }

    private static long utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
