package org.marsad.html;

import java.util.List;
import java.util.Objects;

/**
 * The article found in an HTML page: its body as paragraphs in page order, the captions of its pictures, and what
 * the page says about it ({@link PageMetadata}).
 */
public record HtmlArticle(List<String> paragraphs, List<String> captions, PageMetadata metadata) {
    public HtmlArticle {
        paragraphs = List.copyOf(paragraphs);
        captions = List.copyOf(captions);
        Objects.requireNonNull(metadata, "metadata");
    }

    /** The body, one paragraph a line. */
    public String body() {
        return String.join("\n", paragraphs);
    }
}
