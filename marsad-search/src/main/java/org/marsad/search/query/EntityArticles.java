package org.marsad.search.query;

import java.util.List;
import java.util.Map;

/**
 * The articles that name an entity: how many, the ids of the newest, and how many were published each day (days in
 * order, as {@code YYYY-MM-DD}).
 */
public record EntityArticles(String name, long total, List<String> newest, Map<String, Long> perDay) {
    public EntityArticles {
        newest = List.copyOf(newest);
        perDay = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(perDay));
    }
}
