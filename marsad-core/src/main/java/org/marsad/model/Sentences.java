package org.marsad.model;

import java.util.List;

/** The sentences of an article's headline and paragraphs, in text order. */
public record Sentences(List<Span> spans) implements Layer {
    public Sentences {
        spans = List.copyOf(spans);
    }
}
