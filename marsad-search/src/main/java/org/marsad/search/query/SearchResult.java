package org.marsad.search.query;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A page of hits, how many there are in all, and the facets over all of them: for each of person, place, org,
 * site and day, the most frequent values with their counts.
 */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetValue>> facets) {
    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    /**
     * One article found: its id, headline, outlet and day, its score, and a snippet of its text with the matched
     * words between {@code <mark>} and {@code </mark>} (the rest HTML-escaped).
     */
    public record Hit(String id, Optional<String> headline, Optional<String> site, Optional<String> day, float score,
                      String snippet) {
    }

    public record FacetValue(String value, long count) {
    }
}
