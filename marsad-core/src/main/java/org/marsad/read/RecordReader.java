package org.marsad.read;

import org.marsad.model.ReadResult;

import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;

/** Yields the records of one input, one at a time; empty when the input is used up. */
interface RecordReader extends Closeable {

    Optional<ReadResult> next() throws IOException;
}
