package org.marsad.model;

import java.util.List;

/** The people, places and organisations an article names, each with all its mentions, numbered by first mention. */
public record Entities(List<Entity> entities) implements Layer {
    public Entities {
        entities = List.copyOf(entities);
    }
}
