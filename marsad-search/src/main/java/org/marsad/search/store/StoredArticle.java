package org.marsad.search.store;

import java.util.List;

/**
 * An article as stored: its JSON exactly as the analysis wrote it, and every source it was read from (a copy of
 * the same text from another file or outlet adds a source, not an article).
 */
public record StoredArticle(String id, String json, List<String> sources) {
    public StoredArticle {
        sources = List.copyOf(sources);
    }
}
