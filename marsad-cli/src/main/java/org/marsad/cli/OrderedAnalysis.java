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
    /** An analysis, and for an article its JSON. */
    record Analysed(Analysis analysis, String json) {
    }

    /** Where each analysis goes, in input order, on the calling thread. */
    @FunctionalInterface
    interface Sink {
        void accept(Analysed analysed) throws IOException, InterruptedException;
    }

    private final Pipeline pipeline;
    private final ArticleJson json;
    private final int threads;

    OrderedAnalysis(Pipeline pipeline, ArticleJson json, int threads) {
        this.pipeline = pipeline;
        this.json = json;
        this.threads = threads;
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
                    window.add(CompletableFuture.completedFuture(new Analysed((Rejected) result, null)));
                }
                while (window.size() >= windowSize) sink.accept(take(window.poll()));
            }
            while (!window.isEmpty()) sink.accept(take(window.poll()));
        } finally {
            workers.shutdownNow();
        }
    }

    private static Analysed take(Future<Analysed> pending) throws InterruptedException {
        try {
            return pending.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("analysis failures are caught inside the task", e.getCause());
        }
    }

    /** A defect in one document must not stop the others: it becomes a rejection that names the failure. */
    private Analysed analyzeSafely(RawDocument doc) {
        try {
            Analysis analysis = pipeline.analyze(doc);
            return new Analysed(analysis, analysis instanceof Article article ? json.toJson(article) : null);
        } catch (RuntimeException | StackOverflowError e) {
            return new Analysed(new Rejected(doc.origin().location(), SkipKind.INTERNAL_ERROR,
                    "internal error while analysing: " + e), null);
        }
    }
}
