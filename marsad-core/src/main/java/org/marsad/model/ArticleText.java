package org.marsad.model;

import org.marsad.text.SourceMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The display text of an article, which every later span indexes: the headline, then each paragraph, separated by a
 * blank line, with the span of each and the map back to the raw input. Made once, by the text stage; no later
 * stage rewrites it.
 */
public record ArticleText(String text, Optional<Span> headline, List<Span> paragraphs, SourceMap sourceMap)
        implements Layer {

    public ArticleText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(headline, "headline");
        paragraphs = List.copyOf(paragraphs);
        Objects.requireNonNull(sourceMap, "sourceMap");
    }

    /** The headline, if any, then the paragraphs: the blocks sentences and tokens are found in. */
    public List<Span> blocks() {
        List<Span> blocks = new ArrayList<>(paragraphs.size() + 1);
        headline.ifPresent(blocks::add);
        blocks.addAll(paragraphs);
        return blocks;
    }
}
