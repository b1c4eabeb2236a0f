package org.marsad.cli;

import org.marsad.Pipeline;
import org.marsad.json.ArticleJson;
import org.marsad.model.Article;
import org.marsad.model.Analysis;
import org.marsad.model.RawDocument;
import org.marsad.model.ReadResult;
import org.marsad.model.Rejected;
import org.marsad.model.SkipKind;
import org.marsad.read.DocumentReader;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Documents analysed on several threads and handed on in input order, each article with its JSON (written on the
 * analysing thread too, since it costs a good part of the analysis): at most a small window of documents is in
 * flight, so memory does not grow with the corpus, and what a reader rejected is handed on in its place.
 */
final class OrderedAnalysis {
    /** An analysis, for an article its JSON, and what the worker did with it (null when there is no worker). */
    record Analysed(Analysis analysis, String json, Object done) {
    }

    /** What is done with each article on the thread that analysed it, such as storing it. */
    @FunctionalInterface
    interface Worker {
        Object apply(Article article, String json) throws IOException;
    }

    /** Where each analysis goes, in input order, on the calling thread. */
    @FunctionalInterface
    interface Sink {
        void accept(Analysed analysed) throws IOException, InterruptedException;
    }

    private final Pipeline pipeline;
    private final ArticleJson json;
    private final int threads;
    private final Worker worker;

    OrderedAnalysis(Pipeline pipeline, ArticleJson json, int threads) {
        this(pipeline, json, threads, null);
    }

    OrderedAnalysis(Pipeline pipeline, ArticleJson json, int threads, Worker worker) {
        this.pipeline = pipeline;
        this.json = json;
        this.threads = threads;
        this.worker = worker;
    }

    void run(DocumentReader reader, Sink sink) throws IOException, InterruptedException {
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        ArrayDeque<Future<Analysed>> window = new ArrayDeque<>();
        int windowSize = threads * 8;
        try {
            for (ReadResult result : reader) {
                if (result instanceof RawDocument doc) {
                    window.add(workers.submit(() -> analyzeSafely(doc)));
                } else {
                    window.add(CompletableFuture.completedFuture(new Analysed((Rejected) result, null, null)));
                }
                while (window.size() >= windowSize) sink.accept(take(window.poll()));
            }
            while (!window.isEmpty()) sink.accept(take(window.poll()));
        } finally {
            workers.shutdownNow();
        }
    }

    private static Analysed take(Future<Analysed> pending) throws InterruptedException, IOException {
        try {
            return pending.get();
        } catch (ExecutionException e) {
            // analysis failures are caught inside the task; what escapes is the worker's (a store that cannot write)
            if (e.getCause() instanceof java.io.UncheckedIOException io) throw io.getCause();
            throw new IllegalStateException(e.getCause());
        }
    }

    /** A defect in one document must not stop the others: it becomes a rejection that names the failure. */
    private Analysed analyzeSafely(RawDocument doc) {
        try {
            Analysis analysis = pipeline.analyze(doc);
            if (!(analysis instanceof Article article)) return new Analysed(analysis, null, null);
            String written = json.toJson(article);
            return new Analysed(article, written, worker == null ? null : worker.apply(article, written));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (RuntimeException | StackOverflowError e) {
            return new Analysed(new Rejected(doc.origin().location(), SkipKind.INTERNAL_ERROR,
                    "internal error while analysing: " + e), null, null);
        }
    }
}
