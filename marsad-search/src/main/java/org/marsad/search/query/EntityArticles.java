package org.marsad.search.query;

import java.util.List;
import java.util.Map;

/**
 * The articles that name an entity: how many, the ids of the newest, how many were published each day and how many
 * times the entity is mentioned in each day's articles (days in order, as {@code YYYY-MM-DD}).
 */
public record EntityArticles(String name, long total, List<String> newest, Map<String, Long> perDay,
                             Map<String, Long> mentionsPerDay) {
    public EntityArticles {
        newest = List.copyOf(newest);
        perDay = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(perDay));
        mentionsPerDay = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(mentionsPerDay));
    }
}
