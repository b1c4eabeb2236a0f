package org.marsad.model;

/** A document that could not be used, with the place it came from and a reason a person can act on. */
public record Rejected(String location, String reason) implements ReadResult, Analysis {

    /** The stderr line: {@code marsad: skipped PATH[#record]: REASON}. */
    public String message() {
        return "marsad: skipped " + location + ": " + reason;
    }
}
