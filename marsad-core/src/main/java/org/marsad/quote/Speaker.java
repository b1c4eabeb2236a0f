package org.marsad.quote;

import org.marsad.model.Entity;
import org.marsad.model.Span;

/**
 * Who said a quote: an entity of the article, or a description as written (مصدر مسؤول); and where the
 * attribution writes them (the name, the title وقال المحافظ, the description), when it does.
 */
record Speaker(Entity entity, String description, Span written) {
    String name() {
        return entity != null ? entity.name() : description;
    }
}
