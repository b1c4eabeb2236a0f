package org.marsad.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;

/**
 * The first bytes of a stream, read ahead to pick its encoding and format, and the whole stream again
 * ({@link #replay()}) with those bytes put back in front.
 */
final class InputHead {

    private final byte[] bytes;
    private final boolean wholeInput;
    private final InputStream rest;

    private InputHead(byte[] bytes, boolean wholeInput, InputStream rest) {
        this.bytes = bytes;
        this.wholeInput = wholeInput;
        this.rest = rest;
    }

    static InputHead read(InputStream in, int size) throws IOException {
        byte[] head = in.readNBytes(size);
        return new InputHead(head, head.length < size, in);
    }

    byte[] bytes() {
        return bytes;
    }

    /** Whether the head is all the stream holds. */
    boolean wholeInput() {
        return wholeInput;
    }

    InputStream replay() {
        return new SequenceInputStream(new ByteArrayInputStream(bytes), rest);
    }
}
