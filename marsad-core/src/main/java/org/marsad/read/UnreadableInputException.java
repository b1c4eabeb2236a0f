package org.marsad.read;

/**
 * Input whose bytes cannot be turned into text. The message is a lowercase reason without the location
 * (such as {@code invalid UTF-8 (byte 0xC3 at offset 12)}); callers prefix the path.
 */
public final class UnreadableInputException extends Exception {

    public UnreadableInputException(String reason) {
        super(reason);
    }

    public String reason() {
        return getMessage();
    }
}
