package org.marsad.read;

import java.io.IOException;

/**
 * One kind of input Marsad can read: how its files are named, how a stream of it is recognised, and how its
 * bytes become records. An implementation holds no state and is shared by every read. To add a format, write
 * one implementation in this package and list it in {@link InputFormats}.
 */
public interface InputFormat {

    /**
     * The format's name, as an article's {@code source.format} prints it ({@code text}, {@code json},
     * {@code json-lines}): lowercase, stable across releases, since output consumers branch on it.
     */
    String name();

    /** Whether a file of this name is in this format, judged from the name alone (its extension). */
    boolean claims(String fileName);

    /**
     * Whether an input with no telling name (standard input) is in this format, judged from its
     * {@linkplain Input#head() head}. Reads no further than the head.
     */
    boolean recognises(Input input) throws IOException;

    /**
     * Reads the input's bytes into records, lazily where the format allows. A problem with one record, or with
     * the whole input (empty, binary, undecodable, too large), is a {@link org.marsad.model.Rejected} among the
     * results, not an exception; an {@link IOException} means the bytes themselves could not be read.
     * The returned reader is closed by the caller, which also closes the input.
     */
    RecordReader open(Input input, ReadOptions options) throws IOException;
}
