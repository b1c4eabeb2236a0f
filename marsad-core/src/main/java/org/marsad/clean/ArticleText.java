package org.marsad.clean;

import org.marsad.model.RawDocument;
import org.marsad.model.Span;
import org.marsad.text.DisplayNormalizer;
import org.marsad.text.SourceMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The display text of an article built from its recovered blocks: the headline, then each paragraph,
 * separated by a blank line ({@value #PARAGRAPH_BREAK}), with the spans of each and the map back to the raw
 * fields.
 */
public record ArticleText(String text, Optional<Span> headline, List<Span> paragraphs, SourceMap sourceMap) {
    static final String PARAGRAPH_BREAK = "\n\n";

    public static ArticleText of(RawDocument doc, PageStructure structure) {
        // room for the headline as well as the body, so the builder never grows (copying the text so far)
        int capacity = doc.body().length() + doc.title().map(String::length).orElse(0) + PARAGRAPH_BREAK.length();
        StringBuilder text = new StringBuilder(capacity);
        SourceMap.Builder map = new SourceMap.Builder();
        Span headline = structure.headline().map(block -> append(doc, block, text, map)).orElse(null);
        List<Span> paragraphs = new ArrayList<>(structure.paragraphs().size());
        for (Block block : structure.paragraphs()) {
            paragraphs.add(append(doc, block, text, map));
        }
        return new ArticleText(text.toString(), Optional.ofNullable(headline), List.copyOf(paragraphs), map.build());
    }

    private static Span append(RawDocument doc, Block block, StringBuilder text, SourceMap.Builder map) {
        if (text.length() > 0) text.append(PARAGRAPH_BREAK);
        String raw = block.field().equals(StructureRecovery.TITLE) ? doc.title().orElseThrow() : doc.body();
        int start = text.length();
        DisplayNormalizer.appendLine(raw, block.raw().start(), block.raw().end(), block.field(), text, map);
        return new Span(start, text.length());
    }
}
