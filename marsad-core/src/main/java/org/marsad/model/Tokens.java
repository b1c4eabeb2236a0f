package org.marsad.model;

import java.util.List;

/** The tokens of an article's headline and paragraphs, with their clitics, in text order. */
public record Tokens(List<Token> tokens) implements Layer {
    public Tokens {
        tokens = List.copyOf(tokens);
    }
}
