package org.marsad.quote;

import org.marsad.model.ArticleText;
import org.marsad.model.Entities;
import org.marsad.model.Layer;
import org.marsad.model.Quotes;
import org.marsad.model.Sentences;
import org.marsad.model.Tokens;
import org.marsad.stage.Draft;
import org.marsad.stage.Stage;

import java.util.Set;

/**
 * The quote stage: who said what (docs/quotes.md). Reads the entities, since a speaker is one of them, and the
 * tokens, since a cue of speech is a word whatever its clitics.
 */
public final class QuoteStage implements Stage {
    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public Set<Class<? extends Layer>> requires() {
        return Set.of(ArticleText.class, Sentences.class, Tokens.class, Entities.class);
    }

    @Override
    public Set<Class<? extends Layer>> provides() {
        return Set.of(Quotes.class);
    }

    @Override
    public void annotate(Draft draft) {
        ArticleText text = draft.get(ArticleText.class);
        ArticleWords words = new ArticleWords(text.text(), draft.get(Tokens.class).tokens(),
                draft.get(Sentences.class).spans(), draft.get(Entities.class).entities());
        draft.add(new Quotes(QuoteFinder.find(words, text.blocks())));
    }
}
