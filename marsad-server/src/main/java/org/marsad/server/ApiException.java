package org.marsad.server;

/** A request the API answers with an error status and a message the client can act on; never a stack trace. */
final class ApiException extends RuntimeException {
    private final int status;

    ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
