package org.marsad.search.query;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One search: the query (words, "phrases", {@code person:} {@code place:} {@code org:} {@code speaker:}
 * {@code source:} and {@code date:} fields, AND/OR/NOT), an optional range of publication days, the order, and the
 * page.
 */
public record SearchRequest(String query, Optional<LocalDate> from, Optional<LocalDate> to, Order order, int offset,
                            int limit) {
    /** Longest query accepted, in characters. */
    public static final int MAX_QUERY = 1_000;
    /** Most hits on one page. */
    public static final int MAX_LIMIT = 100;

    public enum Order {RELEVANCE, DATE}

    public SearchRequest {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(order, "order");
        if (query.length() > MAX_QUERY) {
            throw new InvalidQueryException("the query is " + query.length() + " characters long; at most "
                    + MAX_QUERY + " are accepted");
        }
        if (offset < 0) throw new InvalidQueryException("the offset must be 0 or more, not " + offset);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidQueryException("the limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new InvalidQueryException("the range of days ends (" + to.get() + ") before it starts (" + from.get() + ")");
        }
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, Optional.empty(), Optional.empty(), Order.RELEVANCE, 0, 10);
    }
}
