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
        Span headline = structure.headline().map(block -> append(doc, block, text, map)).orElse(null);
        List<Span> paragraphs = new ArrayList<>(structure.paragraphs().size());
        for (Block block : structure.paragraphs()) {
            paragraphs.add(append(doc, block, text, map));
        }
        return new ArticleText(text.toString(), Optional.ofNullable(headline), paragraphs, map.build());
    }

    private static Span append(RawDocument doc, Block block, StringBuilder text, SourceMap.Builder map) {
        if (text.length() > 0) text.append(PARAGRAPH_BREAK);
        String raw = block.field().equals(StructureRecovery.TITLE) ? doc.title().orElseThrow() : doc.body();
        int start = text.length();
        DisplayNormalizer.appendLine(raw, block.raw().start(), block.raw().end(), block.field(), text, map);
        return new Span(start, text.length());
    }
}
