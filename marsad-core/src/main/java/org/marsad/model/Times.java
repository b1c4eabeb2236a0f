package org.marsad.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The temporal expressions of an article, in text order; the publication date the time stage worked out from the
 * article when the input gave none; and the words that contradict the date the input gave (اليوم الاثنين in an
 * article given as published on a Friday).
 */
public record Times(List<TimeExpression> times, Optional<Published> inferred, List<Span> conflicts) implements Layer {
    public Times {
        times = List.copyOf(times);
        Objects.requireNonNull(inferred, "inferred");
        conflicts = List.copyOf(conflicts);
    }
}
