package org.marsad.cli;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.marsad.Pipeline;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.RawDocument;
import org.marsad.model.ReadResult;
import org.marsad.read.DocumentReader;
import org.marsad.read.ReadOptions;
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
        Pipeline full = new Pipeline();
        Analyzer lucene = new ArabicAnalyzer();
        ToLongFunction<RawDocument> ours = doc -> tokensOf(textStages.analyze(doc));
        ToLongFunction<RawDocument> oursFull = doc -> tokensOf(full.analyze(doc));
        ToLongFunction<RawDocument> theirs = doc -> luceneTokens(lucene, doc);

        out.printf("%-44s %8s %12s %8s %12s%n", "pipeline", "threads", "articles/s", "MB/s", "tokens");
        for (int threads : cores > 1 ? new int[] {1, cores} : new int[] {1}) {
            List<Result> results = measure(docs, threads, List.of(ours, theirs, oursFull));
            Result a = results.get(0), b = results.get(1), c = results.get(2);
            print("marsad clean+normalise+sentences+tokens", threads, a, docs.size(), bytes);
            print("lucene ArabicAnalyzer token stream", threads, b, docs.size(), bytes);
            print("marsad full analyze (language, entities)", threads, c, docs.size(), bytes);
            out.printf("ratio marsad/lucene, %d thread%s: %.2f%n", threads, threads == 1 ? "" : "s",
                    b.seconds / a.seconds);
        }
        out.flush();
        return 0;
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
            for (int k = 0; k < contenders.size(); k++) {
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
        out.printf("%-44s %8d %12.0f %8.2f %12d%n", name, threads, articles / r.seconds, bytes / 1e6 / r.seconds,
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
