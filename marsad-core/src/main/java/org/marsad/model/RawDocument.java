package org.marsad.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One document as read, before any cleaning: the decoded body text and whatever metadata its format carried.
 * For a plain-text file the body is the whole file (byte-order mark removed); for a JSON record it is the
 * value of its {@code text|content|body} field; for an HTML page it is the extracted article, whose picture
 * captions ({@code figcaption}) the page marks as such and come apart in {@code captions}, and what the page declares
 * of itself besides is its {@code webPage}.
 */
public record RawDocument(Origin origin, String body, Optional<String> title, Optional<String> url,
                          Optional<String> date, Optional<String> site, Optional<String> author,
                          List<String> captions, Optional<WebPage> webPage)
        implements ReadResult {

    public RawDocument {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(body, "body");
        captions = List.copyOf(captions);
        Objects.requireNonNull(webPage, "webPage");
    }

    /** A document whose format marks no captions apart from the text. */
    public RawDocument(Origin origin, String body, Optional<String> title, Optional<String> url,
                       Optional<String> date, Optional<String> site, Optional<String> author) {
        this(origin, body, title, url, date, site, author, List.of(), Optional.empty());
    }

    public static RawDocument text(Origin origin, String body) {
        return new RawDocument(origin, body, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }
}
