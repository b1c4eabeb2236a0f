package org.marsad.text;

import org.marsad.model.ArticleText;
import org.marsad.model.Layer;
import org.marsad.model.Span;
import org.marsad.model.Token;
import org.marsad.model.Tokens;
import org.marsad.stage.Draft;
import org.marsad.stage.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The token stage: {@link ArabicTokenizer} over the headline and each paragraph, clitics included. */
public final class TokenStage implements Stage {
    private final ArabicTokenizer tokenizer = new ArabicTokenizer();

    @Override
    public String name() {
        return "tokens";
    }

    @Override
    public Set<Class<? extends Layer>> requires() {
        return Set.of(ArticleText.class);
    }

    @Override
    public Set<Class<? extends Layer>> provides() {
        return Set.of(Tokens.class);
    }

    @Override
    public void annotate(Draft draft) {
        ArticleText text = draft.get(ArticleText.class);
        char[] chars = text.text().toCharArray(); // read once for every block
        // a token every five or six characters in running text, more often in tables of figures: room enough that the
        // list seldom grows, which copies it
        List<Token> tokens = new ArrayList<>(chars.length / 3);
        for (Span block : text.blocks()) tokenizer.tokenize(chars, block.start(), block.end(), tokens);
        draft.add(new Tokens(tokens));
    }
}
