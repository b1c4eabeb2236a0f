package org.marsad.model;

import java.util.List;
import java.util.Objects;

/**
 * The language of an article, and the blocks (headline, paragraphs) of its text written in another one: an
 * Arabic article may quote a paragraph of English, which is kept in the text but is not analysed as Arabic.
 *
 * @param code   ISO 639-1 code of the article's language
 * @param others the blocks in another language, in text order; usually none
 */
public record Language(String code, List<OtherLanguage> others) implements Layer {

    /** A block of the text in another language: its span and ISO 639-1 code ({@code und} when it cannot be told). */
    public record OtherLanguage(Span span, String code) {
        public OtherLanguage {
            Objects.requireNonNull(span, "span");
            Objects.requireNonNull(code, "code");
        }
    }

    public static final Language ARABIC = new Language("ar", List.of());

    public Language {
        Objects.requireNonNull(code, "code");
        others = List.copyOf(others);
    }

    /** Whether {@code span} lies in a block of another language. */
    public boolean isOther(Span span) {
        for (OtherLanguage other : others) {
            if (other.span().start() <= span.start() && span.end() <= other.span().end()) return true;
        }
        return false;
    }
}
