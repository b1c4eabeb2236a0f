package org.marsad.quote;

import org.marsad.model.Entity;

/** Who said a quote: an entity of the article, or a description as written (مصدر مسؤول). */
record Speaker(Entity entity, String description) {
    String name() {
        return entity != null ? entity.name() : description;
    }
}
