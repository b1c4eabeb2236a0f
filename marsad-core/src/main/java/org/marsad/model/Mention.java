package org.marsad.model;

import java.util.Objects;

/**
 * One place where an article refers to something: a span of the article text, which never includes a
 * proclitic (in ولوكاشينكو the mention is لوكاشينكو), and how the reference is made.
 */
public record Mention(Span span, Kind kind) {

    /** How a mention refers. */
    public enum Kind {
        /** By name, full or short: فلاديمير بوتين، بوتين، لوكاشينكا. */
        NAME,
        /** By title or role: الرئيس الروسي، نظيره البيلاروسي، رئيس الحكومة. */
        TITLE,
        /** By an adjective derived from a place name: الروسية، البيلاروسي. */
        ADJECTIVE
    }

    public Mention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
    }

    public String text(CharSequence articleText) {
        return span.of(articleText);
    }
}
