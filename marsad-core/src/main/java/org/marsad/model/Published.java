package org.marsad.model;

import java.util.List;
import java.util.Optional;

/**
 * When the article was published, and how we know it: given by the input, inferred from the article's own words
 * (with the spans of text that tell), or unknown.
 */
public record Published(Optional<String> date, Basis basis, List<Span> evidence) {

    public Published {
        evidence = List.copyOf(evidence);
    }

    public enum Basis {
        /** The input carried the date (a JSON record's date field). */
        GIVEN,
        /** Worked out from the article itself. */
        INFERRED,
        /** Printed in the dateline the cleaner took off the text (الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م). */
        DATELINE,
        /** Nothing tells. */
        UNKNOWN
    }

    public static Published given(String date) {
        return new Published(Optional.of(date), Basis.GIVEN, List.of());
    }

    public static Published unknown() {
        return new Published(Optional.empty(), Basis.UNKNOWN, List.of());
    }

    public static Published fromDateline(String date) {
        return new Published(Optional.of(date), Basis.DATELINE, List.of());
    }

    public static Published inferred(String date, List<Span> evidence) {
        return new Published(Optional.of(date), Basis.INFERRED, evidence);
    }
}
