package org.marsad.lang;

import org.marsad.lang.LanguageIdentifier.Detected;
import org.marsad.model.Span;

import java.util.Objects;

/**
 * A block of an article (its headline or a paragraph) written in another language than the article.
 *
 * @param span     the block in the article text
 * @param language its language, {@link LanguageIdentifier#UNDETERMINED} when neither letters nor model could tell
 */
public record ForeignBlock(Span span, Detected language) {
    public ForeignBlock {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(language, "language");
    }
}
