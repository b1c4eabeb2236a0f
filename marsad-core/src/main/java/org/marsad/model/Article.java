package org.marsad.model;

import org.marsad.text.SourceMap;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One clean article: the display {@code text} (headline, then the body paragraphs, separated by blank lines) and
 * stand-off annotations over it. Every span indexes {@code text}; {@link #sourceMap()} leads from any text offset
 * back to the raw input. The fields here are what every article has; what stages add (sentences, tokens,
 * entities, and later layers) is in {@link #layers()}, so a new stage adds a layer without changing this record.
 *
 * @param id        a stable hash of the text: the same article read from another copy or encoding gets the same id
 * @param url       the url the input record gave, if any
 * @param site      the site or source the input record named, if any
 * @param author    the author the input record named, if any
 * @param language  ISO 639-1 code of the article's language
 * @param page      what structure recovery set apart from the text: kicker, credits, captions, dateline, removals
 * @param headline  the headline span in {@code text}, when there is one (its string is {@code headline.of(text)})
 * @param layers    the annotation layers the stages added, in the order they added them
 */
public record Article(
        String id,
        Origin origin,
        Optional<String> url,
        Optional<String> site,
        Optional<String> author,
        String language,
        Published published,
        Page page,
        String text,
        Optional<Span> headline,
        List<Span> paragraphs,
        SourceMap sourceMap,
        Layers layers) implements Analysis {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(text, "text");
        paragraphs = List.copyOf(paragraphs);
        Objects.requireNonNull(layers, "layers");
    }

    public Optional<String> headlineText() {
        return headline.map(span -> span.of(text));
    }

    /** The layer of class {@code type}, if a stage added one. */
    public <L extends Layer> Optional<L> layer(Class<L> type) {
        return layers.get(type);
    }

    /** The sentences, or none when the pipeline had no sentence stage. */
    public List<Span> sentences() {
        return layer(Sentences.class).map(Sentences::spans).orElse(List.of());
    }

    /** The tokens, or none when the pipeline had no token stage. */
    public List<Token> tokens() {
        return layer(Tokens.class).map(Tokens::tokens).orElse(List.of());
    }

    /** The people, places and organisations, or none when the pipeline had no entity stage. */
    public List<Entity> entities() {
        return layer(Entities.class).map(Entities::entities).orElse(List.of());
    }

    /** Who said what, or none when the pipeline had no quote stage. */
    public List<Quote> quotes() {
        return layer(Quotes.class).map(Quotes::quotes).orElse(List.of());
    }
}
