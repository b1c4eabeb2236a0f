package org.marsad.ner;

import org.marsad.model.EntityType;
import org.marsad.model.Span;

import java.util.Objects;

/**
 * A name the tagger found in an article text, before resolution: its span runs from its first token, the
 * conjunction and preposition written before it left out and its article kept (الكرملين), to the end of the stem of
 * its last token.
 */
public record RecognizedName(Span span, EntityType type) {
    public RecognizedName {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
    }
}
