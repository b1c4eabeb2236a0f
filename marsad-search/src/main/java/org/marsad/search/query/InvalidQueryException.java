package org.marsad.search.query;

/** A query that cannot be run as written, with what is wrong with it in words a user can act on. */
public final class InvalidQueryException extends IllegalArgumentException {
    public InvalidQueryException(String message) {
        super(message);
    }
}
