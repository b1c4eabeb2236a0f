package org.marsad.cli;

import org.marsad.Pipeline;
import org.marsad.json.ArticleJson;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.Rejected;
import org.marsad.read.DocumentReader;
import org.marsad.search.store.ArticleStore;

import java.io.IOException;
import java.io.PrintWriter;

/**
 * Analyses what a reader yields on all cores and stores each article, committing every {@code commitEvery}
 * articles and at the end; skipped documents are reported on {@code stderr} and counted. Used by {@code ingest}
 * and by the first start of {@code serve}.
 */
final class Ingestion {
    /** What the run did to the store. */
    static final class Counts {
        long added, newSources, unchanged;
        private long sinceCommit;

        String summary() {
            return added + " articles added, " + newSources + " new sources of stored articles, " + unchanged
                    + " already stored";
        }
    }

    private final Pipeline pipeline;
    private final int threads;
    private final int commitEvery;
    private final PrintWriter stderr;

    Ingestion(Pipeline pipeline, int threads, int commitEvery, PrintWriter stderr) {
        this.pipeline = pipeline;
        this.threads = threads;
        this.commitEvery = commitEvery;
        this.stderr = stderr;
    }

    Counts run(DocumentReader reader, ArticleStore store, SkipReport report, Progress progress)
            throws IOException, InterruptedException {
        Counts counts = new Counts();
        ArticleJson json = new ArticleJson(new ArticleJson.Options(false, false));
        // each article is stored by the thread that analysed it: Lucene indexes on several threads at once
        new OrderedAnalysis(pipeline, json, threads, store::put).run(reader, a -> count(a, store, report, counts, progress));
        store.commit();
        return counts;
    }

    private void count(OrderedAnalysis.Analysed analysed, ArticleStore store, SkipReport report, Counts counts,
                       Progress progress) throws IOException {
        Analysis analysis = analysed.analysis();
        if (analysis instanceof Article article) {
            switch ((ArticleStore.Outcome) analysed.done()) {
                case ADDED -> counts.added++;
                case NEW_SOURCE -> counts.newSources++;
                case UNCHANGED -> counts.unchanged++;
            }
            report.analysed();
            progress.done(article.text().length());
            if (++counts.sinceCommit >= commitEvery) {
                store.commit();
                counts.sinceCommit = 0;
            }
        } else {
            Rejected rejected = (Rejected) analysis;
            if (rejected.kind().isFailure()) {
                stderr.println(rejected.message() + AnalyzeCommand.hint(rejected.kind()));
                stderr.flush();
            }
            report.skipped(rejected);
        }
    }
}
