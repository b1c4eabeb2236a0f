package org.marsad.read;

import java.nio.charset.Charset;
import java.util.Objects;
import java.util.Optional;

/**
 * How inputs are read.
 *
 * @param maxDocumentBytes the largest plain-text file, or JSON record text (counted in UTF-8 bytes), taken as
 *                         one article; JSON files as a whole have no limit since they are streamed
 * @param charset          decode every input with this charset instead of detecting it
 */
public record ReadOptions(long maxDocumentBytes, Optional<Charset> charset) {

    public static final long DEFAULT_MAX_DOCUMENT_BYTES = 10L * 1024 * 1024;

    public ReadOptions {
        if (maxDocumentBytes <= 0) {
            throw new IllegalArgumentException("the article size limit must be at least 1 byte, not " + maxDocumentBytes);
        }
        Objects.requireNonNull(charset, "charset");
    }

    public static ReadOptions defaults() {
        return new ReadOptions(DEFAULT_MAX_DOCUMENT_BYTES, Optional.empty());
    }

    public ReadOptions withMaxDocumentBytes(long bytes) {
        return new ReadOptions(bytes, charset);
    }

    public ReadOptions withCharset(Charset forced) {
        return new ReadOptions(maxDocumentBytes, Optional.of(forced));
    }

    String overLimit(String what, long bytes) {
        return what + " too large (" + bytes + " bytes, over the " + maxDocumentBytes + "-byte limit for one article)";
    }
}
