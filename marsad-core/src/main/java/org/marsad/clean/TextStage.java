package org.marsad.clean;

import org.marsad.model.ArticleText;
import org.marsad.model.Layer;
import org.marsad.model.RawDocument;
import org.marsad.model.SkipKind;
import org.marsad.model.Span;
import org.marsad.stage.Draft;
import org.marsad.stage.RejectedDocumentException;
import org.marsad.stage.Stage;
import org.marsad.text.DisplayNormalizer;
import org.marsad.text.NormalizedLines;
import org.marsad.text.SourceMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The text stage: joins the blocks structure recovery kept into the display text of the article, the headline
 * first, then each paragraph, separated by a blank line ({@value #PARAGRAPH_BREAK}), with the span of each and the
 * map back to the raw fields. A document whose every line was set apart has no article and is rejected.
 */
public final class TextStage implements Stage {
    static final String PARAGRAPH_BREAK = "\n\n";

    @Override
    public String name() {
        return "text";
    }

    @Override
    public Set<Class<? extends Layer>> requires() {
        return Set.of(PageStructure.class);
    }

    @Override
    public Set<Class<? extends Layer>> provides() {
        return Set.of(ArticleText.class);
    }

    @Override
    public void annotate(Draft draft) throws RejectedDocumentException {
        ArticleText text = displayText(draft.raw(), draft.get(PageStructure.class));
        if (text.text().isEmpty()) {
            throw new RejectedDocumentException(SkipKind.NO_TEXT,
                    "no article text (every line was a credit, caption, repeat or boilerplate)");
        }
        draft.add(text);
    }

    /** The display text of the blocks of {@code structure}, read from the raw fields of {@code doc}. */
    public static ArticleText displayText(RawDocument doc, PageStructure structure) {
        // room for the headline as well as the body, so the builder never grows (copying the text so far)
        int capacity = doc.body().length() + doc.title().map(String::length).orElse(0) + PARAGRAPH_BREAK.length();
        StringBuilder text = new StringBuilder(capacity);
        SourceMap.Builder map = new SourceMap.Builder();
        NormalizedLines lines = structure.bodyLines();
        Span headline = structure.headline().map(block -> append(doc, lines, block, text, map)).orElse(null);
        List<Span> paragraphs = new ArrayList<>(structure.paragraphs().size());
        for (Block block : structure.paragraphs()) {
            paragraphs.add(append(doc, lines, block, text, map));
        }
        return new ArticleText(text.toString(), Optional.ofNullable(headline), paragraphs, map.build());
    }

    /**
     * Appends the display form of {@code block}: copied from the body's lines when the block is one of them, as
     * nearly every paragraph is, else normalised from the raw field (the title, the story text beside a cut piece of
     * boilerplate).
     */
    private static Span append(RawDocument doc, NormalizedLines bodyLines, Block block, StringBuilder text,
                               SourceMap.Builder map) {
        if (text.length() > 0) text.append(PARAGRAPH_BREAK);
        int start = text.length();
        boolean body = block.field().equals(StructureRecovery.BODY);
        int line = body ? bodyLines.lineOf(block.raw()) : -1;
        if (line >= 0) {
            bodyLines.appendDisplay(line, text, map);
        } else {
            String raw = body ? doc.body() : doc.title().orElseThrow();
            DisplayNormalizer.appendLine(raw, block.raw().start(), block.raw().end(), block.field(), text, map);
        }
        return new Span(start, text.length());
    }
}
