package org.marsad.model;

import java.util.Optional;

/** When the article was published, and how we know it. */
public record Published(Optional<String> date, Basis basis) {

    public enum Basis {
        /** The input carried the date (a JSON record's date field). */
        GIVEN,
        /** Worked out from the article itself. */
        INFERRED,
        /** Nothing tells. */
        UNKNOWN
    }

    public static Published given(String date) {
        return new Published(Optional.of(date), Basis.GIVEN);
    }

    public static Published unknown() {
        return new Published(Optional.empty(), Basis.UNKNOWN);
    }
}
