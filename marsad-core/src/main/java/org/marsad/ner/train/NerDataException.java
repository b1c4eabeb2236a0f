package org.marsad.ner.train;

/** A training or evaluation file that cannot be read as {@code TOKEN TAG} lines: where, and what is wrong. */
public final class NerDataException extends Exception {
    public NerDataException(String message) {
        super(message);
    }
}
