package org.marsad.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The temporal expressions of an article, in text order, and the publication date the time stage worked out
 * from the article when the input gave none.
 */
public record Times(List<TimeExpression> times, Optional<Published> inferred) implements Layer {
    public Times {
        times = List.copyOf(times);
        Objects.requireNonNull(inferred, "inferred");
    }
}
