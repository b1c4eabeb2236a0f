package org.marsad.clean;

import org.marsad.model.Span;

/** A stretch of a raw field ("body" or "title") that becomes part of the article text. */
public record Block(String field, Span raw) {
}
