package org.marsad.read;

import org.marsad.model.ReadResult;

import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;

/** Yields the records of one input, one at a time; empty when the input is used up. */
public interface RecordReader extends Closeable {

    Optional<ReadResult> next() throws IOException;

    /** A reader of one result: an input that is one document, or that is rejected as a whole. */
    static RecordReader of(ReadResult only) {
        return new RecordReader() {
            private boolean given;

            @Override
            public Optional<ReadResult> next() {
                if (given) return Optional.empty();
                given = true;
                return Optional.of(only);
            }

            @Override
            public void close() {
            }
        };
    }
}
