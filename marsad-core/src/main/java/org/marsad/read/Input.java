package org.marsad.read;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One input being read, as {@link DocumentReader} hands it to an {@link InputFormat}: the name the user gave it,
 * its size when known, and its bytes. The first bytes can be looked at ({@link #head()}) to recognise a format
 * or an encoding; {@link #stream()} still starts at the first byte. Bytes are read only when asked for, so a
 * format that can reject an input by its size alone reads none of it.
 *
 * <p>The reader that made the input closes it; a format does not.
 */
public final class Input implements Closeable {

    /** How many bytes {@link #head()} holds at most. */
    public static final int HEAD_BYTES = TextDecoder.HEAD_BYTES;

    private final String name;
    private final OptionalLong size;
    private final InputStream in;
    private final TextDecoder decoder;
    private byte[] head;
    private boolean wholeInput, streamTaken;
    private TextDecoder.Encoding encoding;
    private UnreadableInputException undecodable;
    private Optional<String> headText;

    Input(String name, OptionalLong size, InputStream in, TextDecoder decoder) {
        this.name = Objects.requireNonNull(name, "name");
        this.size = Objects.requireNonNull(size, "size");
        this.in = Objects.requireNonNull(in, "in");
        this.decoder = Objects.requireNonNull(decoder, "decoder");
    }

    /** The path as the user gave it, or {@code -} for standard input: the location messages print. */
    public String name() {
        return name;
    }

    /** The size in bytes of a regular file; empty for standard input and pipes, whose end is not known ahead. */
    public OptionalLong size() {
        return size;
    }

    /** The first {@link #HEAD_BYTES} bytes, or all of them for a shorter input. */
    public ByteBuffer head() throws IOException {
        return ByteBuffer.wrap(headBytes()).asReadOnlyBuffer();
    }

    /** Whether {@link #head()} is all the input holds. */
    public boolean headIsWholeInput() throws IOException {
        headBytes();
        return wholeInput;
    }

    /**
     * The head decoded in the input's encoding (detected, or the one the options force), without a byte-order
     * mark; a character cut off at the end of the head is left out. Empty when the head is no decodable text.
     */
    public Optional<String> headText() throws IOException {
        if (headText == null) {
            try {
                headText = Optional.of(TextDecoder.decodeHead(headBytes(), encoding()));
            } catch (UnreadableInputException e) {
                headText = Optional.empty();
            }
        }
        return headText;
    }

    /** All the bytes from the first, whether or not the head was looked at. Can be taken once. */
    public InputStream stream() throws IOException {
        if (streamTaken) throw new IllegalStateException("the stream of " + name + " was already taken");
        streamTaken = true;
        return head == null ? in : new SequenceInputStream(new ByteArrayInputStream(head), in);
    }

    /**
     * All the input as characters, in the encoding told from its head (or forced), past a byte-order mark.
     * Bytes that do not decode become U+FFFD (see {@link TextDecoder#reader}).
     *
     * @throws UnreadableInputException when the head is empty, binary or in no encoding that can be told
     */
    Reader reader() throws IOException, UnreadableInputException {
        TextDecoder.Encoding known = encoding();
        return TextDecoder.reader(stream(), known);
    }

    /** The encoding told from the head, once: formats that ask again get the same answer without new work. */
    TextDecoder.Encoding encoding() throws IOException, UnreadableInputException {
        if (encoding == null && undecodable == null) {
            byte[] bytes = headBytes();
            try {
                encoding = decoder.detect(bytes, bytes.length, wholeInput);
            } catch (UnreadableInputException e) {
                undecodable = e;
            }
        }
        if (undecodable != null) throw undecodable;
        return encoding;
    }

    TextDecoder decoder() {
        return decoder;
    }

    private byte[] headBytes() throws IOException {
        if (head == null) {
            if (streamTaken) throw new IllegalStateException("the head of " + name + " is read before its stream");
            head = in.readNBytes(HEAD_BYTES);
            wholeInput = head.length < HEAD_BYTES;
        }
        return head;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
