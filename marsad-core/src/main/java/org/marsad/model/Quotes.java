package org.marsad.model;

import java.util.List;

/** The quotes of an article, in text order. */
public record Quotes(List<Quote> quotes) implements Layer {
    public Quotes {
        quotes = List.copyOf(quotes);
    }
}
