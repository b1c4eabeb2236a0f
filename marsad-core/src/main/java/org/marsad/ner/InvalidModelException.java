package org.marsad.ner;

import java.io.IOException;

/** A model file that cannot be used: not a model, cut short, damaged, or made for another version of Marsad. */
public final class InvalidModelException extends IOException {
    public InvalidModelException(String message) {
        super(message);
    }
}
