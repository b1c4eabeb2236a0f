package org.marsad.read;

import org.marsad.model.Rejected;
import org.marsad.model.SkipKind;

/**
 * Input whose bytes cannot be turned into text. The message is a lowercase reason without the location
 * (such as {@code invalid UTF-8 (byte 0xC3 at offset 12)}); callers prefix the path.
 */
public final class UnreadableInputException extends Exception {
    private final SkipKind kind;

    public UnreadableInputException(SkipKind kind, String reason) {
        super(reason);
        this.kind = kind;
    }

    public SkipKind kind() {
        return kind;
    }

    public String reason() {
        return getMessage();
    }

    /** The input at {@code location} rejected for this reason. */
    public Rejected rejectedAt(String location) {
        return new Rejected(location, kind, reason());
    }
}
