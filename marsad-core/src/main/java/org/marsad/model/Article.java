package org.marsad.model;

import org.marsad.text.SourceMap;

import java.util.List;
import java.util.Optional;

/**
 * One clean article: the display {@code text} (headline, then the body paragraphs, separated by blank
 * lines) and stand-off annotations over it. Every span indexes {@code text}; {@link #sourceMap()} leads
 * from any text offset back to the raw input. Later stages add annotation layers; none rewrites the text.
 *
 * @param id        a stable hash of the text: the same article read from another copy or encoding gets the same id
 * @param headline  the headline span in {@code text}, when there is one (its string is {@code headline.of(text)})
 * @param kicker    the part of the headline after a {@code |}, kept out of the text
 * @param removed   everything of the input left out of the text that is neither credit nor caption, with reasons
 * @param entities  the people, places and organisations the article names, each with all its mentions
 */
public record Article(
        String id,
        Origin origin,
        Optional<String> url,
        Optional<String> site,
        Optional<String> author,
        String language,
        Optional<Span> headline,
        Optional<String> kicker,
        List<Credit> credits,
        List<String> captions,
        Published published,
        Optional<String> dateline,
        String text,
        List<Span> paragraphs,
        List<Span> sentences,
        List<Token> tokens,
        List<Removal> removed,
        SourceMap sourceMap,
        List<Entity> entities) implements Analysis {

    public Optional<String> headlineText() {
        return headline.map(span -> span.of(text));
    }
}
