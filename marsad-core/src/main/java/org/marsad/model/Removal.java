package org.marsad.model;

/**
 * A piece of the input that the cleaner left out of the article text, with the reason, so that nothing is
 * dropped silently. {@code raw} is the span in the raw field {@code field} ("body" or "title") it came from.
 */
public record Removal(Reason reason, String text, String field, Span raw) {

    public enum Reason {
        /** A staff-credit block printed again. */
        REPEATED_CREDIT,
        /** A photo caption printed again. */
        REPEATED_CAPTION,
        /** The headline printed again at the top of the body. */
        REPEATED_HEADLINE,
        /** Any other line that already appeared in the document. */
        REPEATED_LINE,
        /** A dateline (place, date, agency) opening a wire story. */
        DATELINE,
        /** A byline or staff line opening the body. */
        BYLINE,
        /** An outlet's end-of-story marker. */
        END_MARKER,
        /** An outlet's footer: links, subscriptions, "read more", syndication notes. */
        FOOTER,
        /** A trailing list of tags or keywords. */
        TAGS
    }
}
