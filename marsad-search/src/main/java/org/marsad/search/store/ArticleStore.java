package org.marsad.search.store;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.marsad.model.Article;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The embedded store of analysed articles: a Lucene index in a data folder ({@link DataFolder}) holding each
 * article's JSON exactly as analysed, its sources, and the fields it is searched by ({@link ArticleFields}). An
 * article is keyed by its id, a hash of its text: putting it again from the same source changes nothing, and from
 * another source adds that source. What {@link #commit()} made durable survives a killed process (Lucene writes a
 * commit point last); one process at a time may open a folder ({@link DataFolderInUseException}). Thread-safe.
 */
public final class ArticleStore implements Closeable {
    /** What putting an article did. */
    public enum Outcome {
        /** A new article. */
        ADDED,
        /** An article already stored, read again from another source: the source was added. */
        NEW_SOURCE,
        /** The article from a source it was already stored from: nothing changed. */
        UNCHANGED
    }

    private final Path folder;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** The sources of the articles this process wrote, which the searcher may not see yet. */
    private final Map<String, List<String>> written = new HashMap<>();
    /** What an article is read back as: not the text and headline stored for snippets, which the JSON holds too. */
    private static final java.util.Set<String> STORED_ARTICLE = java.util.Set.of(ArticleFields.JSON, ArticleFields.SOURCE);

    /** Articles this process wrote whose copies from other sources are still to be written. */
    private final Map<String, Article> pendingSources = new java.util.LinkedHashMap<>();
    /** Whether something was put since searchers last looked. */
    private volatile boolean changed;
    /** Whether {@link #pendingSources} holds anything, read without the lock. */
    private volatile boolean hasPendingSources;

    private ArticleStore(Path folder, Directory directory, IndexWriter writer) throws IOException {
        this.folder = folder;
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
    }

    /** Opens the store in a data folder, creating it when it is new. */
    public static ArticleStore open(Path folder) throws IOException {
        Files.createDirectories(folder);
        Directory directory = FSDirectory.open(folder.resolve("index"));
        IndexWriterConfig config = new IndexWriterConfig(ArticleFields.analyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setCommitOnClose(true)
                .setRAMBufferSizeMB(64); // fewer, larger segments while ingesting: fewer merges
        try {
            return new ArticleStore(folder, directory, new IndexWriter(directory, config));
        } catch (LockObtainFailedException locked) {
            directory.close();
            throw new DataFolderInUseException(folder);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    public Path folder() {
        return folder;
    }

    /**
     * Stores an article with its JSON, read from {@code article.origin()}. Several threads may put at once: the
     * decision is taken under a lock, and Lucene analyses and writes the document on the caller's thread, outside it.
     */
    public Outcome put(Article article, String json) throws IOException {
        String id = article.id();
        String source = article.origin().location();
        List<String> sources;
        String kept;
        Outcome outcome;
        synchronized (this) {
            List<String> known = written.get(id);
            if (known != null) { // written by this process: the new source is added at the next commit
                if (known.contains(source)) return Outcome.UNCHANGED;
                known.add(source);
                pendingSources.putIfAbsent(id, article);
                hasPendingSources = true;
                return Outcome.NEW_SOURCE;
            }
            // an article this process did not write is found by the searcher as it was: no refresh per article
            Optional<StoredArticle> stored = find(id);
            if (stored.isPresent() && stored.get().sources().contains(source)) return Outcome.UNCHANGED;
            known = new ArrayList<>(stored.map(StoredArticle::sources).orElse(List.of()));
            known.add(source);
            written.put(id, known);
            sources = List.copyOf(known);
            // the JSON stored first stays: the article comes back exactly as it was first analysed
            kept = stored.map(StoredArticle::json).orElse(json);
            outcome = stored.isPresent() ? Outcome.NEW_SOURCE : Outcome.ADDED;
        }
        writer.updateDocument(new Term(ArticleFields.ID, id), ArticleFields.document(article, kept, sources));
        changed = true;
        return outcome;
    }

    /**
     * Writes the sources added to articles this process wrote: once per commit, since reading back an article not
     * yet committed makes Lucene write out a segment, and doing so for every copy would cost a merge storm.
     */
    private void writePendingSources() throws IOException {
        if (pendingSources.isEmpty()) return;
        searchers.maybeRefreshBlocking();
        var entries = pendingSources.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<String, Article> pending = entries.next();
            String id = pending.getKey();
            Optional<StoredArticle> stored = find(id);
            if (stored.isEmpty()) continue; // its first copy is still being written by another thread: next time
            writer.updateDocument(new Term(ArticleFields.ID, id),
                    ArticleFields.document(pending.getValue(), stored.get().json(), List.copyOf(written.get(id))));
            entries.remove();
        }
        hasPendingSources = !pendingSources.isEmpty();
        changed = true;
    }

    /** The article with this id, as stored (committed or not). */
    public Optional<StoredArticle> get(String id) throws IOException {
        catchUp();
        return find(id);
    }

    /**
     * Brings searchers up to what was put, taking the lock only when something was: the readers of a store that
     * nobody writes (the API's article and entity pages) never wait for one another.
     */
    private void catchUp() throws IOException {
        if (!changed && !hasPendingSources) return;
        synchronized (this) {
            writePendingSources();
            refreshIfChanged();
        }
    }

    private void refreshIfChanged() throws IOException {
        if (changed) {
            changed = false;
            searchers.maybeRefreshBlocking();
        }
    }

    private Optional<StoredArticle> find(String id) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs hits = searcher.search(new TermQuery(new Term(ArticleFields.ID, id)), 1);
            if (hits.scoreDocs.length == 0) return Optional.empty();
            Document doc = searcher.storedFields().document(hits.scoreDocs[0].doc, STORED_ARTICLE);
            List<String> sources = new ArrayList<>();
            for (IndexableField f : doc.getFields(ArticleFields.SOURCE)) sources.add(f.stringValue());
            return Optional.of(new StoredArticle(id, doc.get(ArticleFields.JSON), sources));
        } finally {
            searchers.release(searcher);
        }
    }

    /** Makes everything put so far durable, and visible to searchers. */
    public synchronized void commit() throws IOException {
        writePendingSources();
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** Makes what was put visible to searchers without the cost of a commit. */
    public void refresh() throws IOException {
        catchUp();
    }

    /** How many articles the store holds. */
    public int size() throws IOException {
        catchUp();
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    /** The searcher manager, for {@code ArticleSearch}; acquire and release around each use. */
    public SearcherManager searchers() {
        return searchers;
    }

    /** How many articles the last commit holds: what a restart after a crash would find. */
    public static int committedSize(Path folder) throws IOException {
        try (Directory directory = FSDirectory.open(folder.resolve("index"));
             DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.numDocs();
        }
    }

    @Override
    public synchronized void close() throws IOException {
        writePendingSources();
        try (directory; writer; searchers) {
            // closing the writer commits what was put (setCommitOnClose)
        }
    }
}
