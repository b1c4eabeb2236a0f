package org.marsad.search.query;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.marsad.search.store.ArticleFields;
import org.marsad.search.store.ArticleStore;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Searches the store: a query read by {@link QueryReader}, narrowed to a range of publication days, ordered by
 * relevance or by date, one page of hits with highlighted snippets, and the facets of all the hits. Thread-safe.
 */
public final class ArticleSearch {
    private static final int FACET_VALUES = 10;
    private static final int SNIPPET_LENGTH = 240;
    /**
     * The stored fields a hit shows: an article's JSON is most of what is stored, and decoding it for every hit of
     * every search was most of a search's time.
     */
    private static final java.util.Set<String> HIT_FIELDS = java.util.Set.of(ArticleFields.ID, ArticleFields.HEADLINE,
            ArticleFields.SITE, ArticleFields.DAY);
    /** Most days an entity's timeline counts: ten years. */
    private static final int MAX_DAYS = 3_660;

    private final SearcherManager searchers;
    /** The facet state of the reader it was built for; rebuilt when the store has changed. */
    private volatile FacetState facetState;

    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    public ArticleSearch(ArticleStore store) {
        this.searchers = store.searchers();
    }

    public SearchResult search(SearchRequest request) throws IOException {
        Query query = withDays(QueryReader.read(request.query()), request.from(), request.to());
        IndexSearcher searcher = searchers.acquire();
        try {
            int wanted = request.offset() + request.limit();
            FacetsCollectorManager.FacetsResult found = request.order() == SearchRequest.Order.DATE
                    ? FacetsCollectorManager.search(searcher, query, wanted,
                    new Sort(new SortField(ArticleFields.DATE_ORDER, SortField.Type.LONG, true)), new FacetsCollectorManager())
                    : FacetsCollectorManager.search(searcher, query, wanted, new FacetsCollectorManager());
            TopDocs top = found.topDocs();
            ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs, Math.min(request.offset(), top.scoreDocs.length),
                    top.scoreDocs.length);
            String[] snippets = snippets(searcher, query, page);
            List<SearchResult.Hit> hits = new ArrayList<>();
            for (int i = 0; i < page.length; i++) {
                Document doc = searcher.storedFields().document(page[i].doc, HIT_FIELDS);
                hits.add(new SearchResult.Hit(doc.get(ArticleFields.ID), Optional.ofNullable(doc.get(ArticleFields.HEADLINE)),
                        Optional.ofNullable(doc.get(ArticleFields.SITE)), Optional.ofNullable(doc.get(ArticleFields.DAY)),
                        Float.isNaN(page[i].score) ? 0 : page[i].score,
                        snippets[i] != null ? snippets[i] : opening(searcher, page[i].doc)));
            }
            return new SearchResult(top.totalHits.value, hits, facets(searcher, found.facetsCollector()));
        } finally {
            searchers.release(searcher);
        }
    }

    /** The start of an article's text, for a hit whose query names no word (facets, dates). */
    private static String opening(IndexSearcher searcher, int doc) throws IOException {
        String text = searcher.storedFields().document(doc, java.util.Set.of(ArticleFields.TEXT)).get(ArticleFields.TEXT);
        if (text == null) return "";
        String start = text.length() > SNIPPET_LENGTH ? text.substring(0, SNIPPET_LENGTH) + " …" : text;
        return start.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#x27;");
    }

    /** The articles that name an entity, by any name it is mentioned by: newest first, and their count per day. */
    public EntityArticles entity(String name, int limit) throws IOException {
        String key = org.marsad.text.MatchingKey.of(name);
        if (key.isEmpty()) throw new InvalidQueryException("the name has no letters");
        if (limit < 1 || limit > SearchRequest.MAX_LIMIT) {
            throw new InvalidQueryException("the limit must be between 1 and " + SearchRequest.MAX_LIMIT);
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String field : java.util.List.of(ArticleFields.PERSON, ArticleFields.PLACE, ArticleFields.ORG)) {
            any.add(QueryReader.orOtherSpellings(field, name,
                    new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(field, key))),
                    BooleanClause.Occur.SHOULD);
        }
        Query query = any.build();
        IndexSearcher searcher = searchers.acquire();
        try {
            FacetsCollectorManager.FacetsResult found = FacetsCollectorManager.search(searcher, query, limit,
                    new Sort(new SortField(ArticleFields.DATE_ORDER, SortField.Type.LONG, true)), new FacetsCollectorManager());
            List<String> ids = new ArrayList<>();
            for (ScoreDoc hit : found.topDocs().scoreDocs) {
                ids.add(searcher.storedFields().document(hit.doc, java.util.Set.of(ArticleFields.ID)).get(ArticleFields.ID));
            }
            Map<String, Long> perDay = new java.util.TreeMap<>();
            SortedSetDocValuesReaderState state = facetState(searcher.getIndexReader());
            if (state != null) {
                try {
                    FacetResult days = new SortedSetDocValuesFacetCounts(state, found.facetsCollector())
                            .getTopChildren(MAX_DAYS, ArticleFields.DAY);
                    if (days != null) for (LabelAndValue lv : days.labelValues) perDay.put(lv.label, lv.value.longValue());
                } catch (IllegalArgumentException noDays) {
                    // no article of the store has a day
                }
            }
            return new EntityArticles(name, found.topDocs().totalHits.value, ids, perDay,
                    mentionsPerDay(found.facetsCollector(), key, org.marsad.resolve.SpellingKey.of(name).orElse(key)));
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * How many times the entity is mentioned in each day's articles: for every matching article, the mention counts of
     * its entities found by the name or its spelling key (a small stored field, read for the matching articles only).
     */
    private static Map<String, Long> mentionsPerDay(FacetsCollector matching, String key, String spelling)
            throws IOException {
        Map<String, Long> perDay = new java.util.TreeMap<>();
        java.util.Set<String> fields = java.util.Set.of(ArticleFields.MENTION_COUNTS, ArticleFields.DAY);
        for (FacetsCollector.MatchingDocs segment : matching.getMatchingDocs()) {
            org.apache.lucene.index.StoredFields stored = segment.context.reader().storedFields();
            org.apache.lucene.search.DocIdSetIterator docs = segment.bits.iterator();
            for (int doc = docs.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                Document d = stored.document(doc, fields);
                String day = d.get(ArticleFields.DAY), counts = d.get(ArticleFields.MENTION_COUNTS);
                if (day == null || counts == null) continue;
                long mentions = 0;
                for (String line : counts.split("\n")) {
                    int tab = line.indexOf('\t');
                    if (tab < 0) continue;
                    java.util.List<String> keys = java.util.Arrays.asList(line.substring(tab + 1).split("\\|"));
                    if (keys.contains(key) || keys.contains(spelling)) mentions += Long.parseLong(line.substring(0, tab));
                }
                perDay.merge(day, mentions, Long::sum);
            }
        }
        return perDay;
    }

    private static Query withDays(Query query, Optional<LocalDate> from, Optional<LocalDate> to) {
        if (from.isEmpty() && to.isEmpty()) return query;
        Query days = LongPoint.newRangeQuery(ArticleFields.DATE, from.map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE),
                to.map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE));
        return new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST).add(days, BooleanClause.Occur.FILTER)
                .build();
    }

    private static String[] snippets(IndexSearcher searcher, Query query, ScoreDoc[] page) throws IOException {
        if (page.length == 0) return new String[0];
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, ArticleFields.analyzer())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(Integer.MAX_VALUE - 1) // the whole article: a match near its end is shown too
                .withHighlightPhrasesStrictly(true)
                // passages are the article's paragraphs: a sentence BreakIterator over every hit's whole text cost
                // more than the search itself
                .withBreakIterator(() -> new org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator('\n'))
                .build();
        int[] docs = new int[page.length];
        for (int i = 0; i < page.length; i++) docs[i] = page[i].doc;
        Map<String, String[]> byField = highlighter.highlightFields(new String[]{ArticleFields.TEXT}, query, docs,
                new int[]{2});
        String[] snippets = byField.get(ArticleFields.TEXT);
        for (int i = 0; i < snippets.length; i++) {
            if (snippets[i] != null && snippets[i].length() > SNIPPET_LENGTH * 2) {
                snippets[i] = snippets[i].substring(0, SNIPPET_LENGTH * 2) + " …";
            }
        }
        return snippets;
    }

    private Map<String, List<SearchResult.FacetValue>> facets(IndexSearcher searcher, FacetsCollector collector)
            throws IOException {
        Map<String, List<SearchResult.FacetValue>> facets = new LinkedHashMap<>();
        SortedSetDocValuesReaderState state = facetState(searcher.getIndexReader());
        if (state == null) return facets;
        Facets counts = new SortedSetDocValuesFacetCounts(state, collector);
        for (String dimension : ArticleFields.FACETS) {
            List<SearchResult.FacetValue> values = new ArrayList<>();
            FacetResult result;
            try {
                result = counts.getTopChildren(FACET_VALUES, dimension);
            } catch (IllegalArgumentException notIndexedYet) {
                result = null; // no article of the store has this dimension
            }
            if (result != null) {
                for (LabelAndValue lv : result.labelValues) values.add(new SearchResult.FacetValue(lv.label, lv.value.longValue()));
            }
            facets.put(dimension, values);
        }
        return facets;
    }

    private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        FacetState current = facetState;
        if (current != null && current.reader() == reader) return current.state();
        SortedSetDocValuesReaderState state;
        try {
            state = new DefaultSortedSetDocValuesReaderState(reader, ArticleFields.facetsConfig());
        } catch (IllegalArgumentException noFacetsYet) {
            return null; // an empty store
        }
        facetState = new FacetState(reader, state);
        return state;
    }
}
