package org.marsad.clean;

import org.marsad.model.Span;

/**
 * A stretch of a raw field ("body" or "title") that becomes part of the article text, with its matching key
 * (computed once by structure recovery, and reused for the article's content id).
 */
public record Block(String field, Span raw, String key) {
}
