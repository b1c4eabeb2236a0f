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
        /** A line with no letter or digit, such as a row of asterisks between sections. */
        DECORATION,
        // The outlet boilerplate kinds below are what org.marsad.clean.BoilerplateLine recognises; its
        // class comment gives the rule for each.
        /** Place, date and agency opening a wire story. */
        DATELINE,
        /** Who wrote the story, or which desk compiled it, at the top. */
        BYLINE,
        /** Heading of a wire item that continues an earlier one. */
        CONTINUATION_HEADER,
        /** The wire's "story ends here" marker. */
        END_MARKER,
        /** The wire's "story continues in a later item" marker. */
        TO_BE_CONTINUED,
        /** The wire's transmission time stamp. */
        WIRE_TIMESTAMP,
        /** A keyword list under the story. */
        TAGS,
        /** A link back to the story on the outlet's site. */
        SOURCE_LINK,
        /** A "read more" teaser link. */
        READ_MORE,
        /** Titles of the writer's other articles. */
        RELATED_ARTICLES,
        /** Syndication, desk, photographer or agency credit. */
        CREDIT,
        /** The writer's e-mail address or social-media handle. */
        AUTHOR_CONTACT,
        /** Instructions for texting the writer by SMS. */
        SMS_FOOTER,
        /** A line its site prints around many of its articles, learnt from their number in the run (SiteTemplates). */
        SITE_TEMPLATE
    }
}
