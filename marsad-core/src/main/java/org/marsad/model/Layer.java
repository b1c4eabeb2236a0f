package org.marsad.model;

/**
 * What a stage adds to an article under construction: a record, found again by its class. Annotation layers
 * (sentences, tokens, entities; later quotes, times) are spans over the article text and travel with the finished
 * {@link Article}; the layers the article's own fields are made from (page structure, display text) do not.
 */
public interface Layer {
}
