package org.marsad.model;

import java.util.Optional;

/**
 * What a web page or feed item declares of itself beyond a record's usual fields, as it declares it: when it was
 * last changed, the site's section it sits in, its language ({@code lang}) and writing direction ({@code dir}).
 * Read with the page, it travels with the article as a layer (docs/schema.md, {@code modified}, {@code source}).
 */
public record WebPage(Optional<String> modified, Optional<String> section, Optional<String> language,
                      Optional<String> direction) implements Layer {

    public boolean isEmpty() {
        return modified.isEmpty() && section.isEmpty() && language.isEmpty() && direction.isEmpty();
    }
}
