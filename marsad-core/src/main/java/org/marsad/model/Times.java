package org.marsad.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The temporal expressions of an article, in text order; the publication date the time stage worked out from the
 * article when the input gave none; the words that contradict the date the input gave (اليوم الاثنين in an article
 * given as published on a Friday); the times in the pieces the cleaner took off the text (a wire dateline, a
 * transmission time stamp), each with spans into its piece's text; and the day the dateline gives.
 */
public record Times(List<TimeExpression> times, Optional<Published> inferred, List<Span> conflicts,
                    List<PieceTimes> removedTimes, Optional<String> datelineDay) implements Layer {
    public Times {
        times = List.copyOf(times);
        Objects.requireNonNull(inferred, "inferred");
        conflicts = List.copyOf(conflicts);
        removedTimes = List.copyOf(removedTimes);
        Objects.requireNonNull(datelineDay, "datelineDay");
    }

    /** The times of one removed piece: its index in the article's removals, and spans into its text. */
    public record PieceTimes(int removal, List<TimeExpression> times) {
        public PieceTimes {
            times = List.copyOf(times);
        }
    }
}
