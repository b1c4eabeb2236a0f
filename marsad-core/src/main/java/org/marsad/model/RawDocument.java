package org.marsad.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One document as read, before any cleaning: the decoded body text and whatever metadata its format carried.
 * For a plain-text file the body is the whole file (byte-order mark removed); for a JSON record it is the
 * value of its {@code text|content|body} field.
 */
public record RawDocument(Origin origin, String body, Optional<String> title, Optional<String> url,
                          Optional<String> date, Optional<String> site, Optional<String> author)
        implements ReadResult {

    public RawDocument {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(body, "body");
    }

    public static RawDocument text(Origin origin, String body) {
        return new RawDocument(origin, body, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }
}
