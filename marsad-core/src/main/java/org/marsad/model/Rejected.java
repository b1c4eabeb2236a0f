package org.marsad.model;

import java.util.Objects;

/**
 * A document that could not be used: the place it came from, the kind of failure and a reason a person can act on.
 * The reason is specific to the document ("binary file (NUL byte at offset 3)"); the kind groups such reasons.
 */
public record Rejected(String location, SkipKind kind, String reason) implements ReadResult, Analysis {

    public Rejected {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
    }

    /** The stderr line: {@code marsad: skipped PATH[#record]: REASON}. */
    public String message() {
        return "marsad: skipped " + location + ": " + reason;
    }
}
