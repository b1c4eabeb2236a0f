package org.marsad.model;

import java.util.List;
import java.util.Objects;

/**
 * Something an article talks about, with every mention of it merged: the full and short names, spelling variants,
 * titles and, for places, adjectives.
 *
 * @param id       unique within the article ("e1", "e2"…), numbered by first mention
 * @param name     the canonical name: the fullest name form the article uses
 * @param mentions in text order, never overlapping one another
 */
public record Entity(String id, EntityType type, String name, List<Mention> mentions) {
    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        mentions = List.copyOf(mentions);
    }
}
