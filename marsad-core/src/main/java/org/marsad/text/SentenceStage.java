package org.marsad.text;

import org.marsad.model.ArticleText;
import org.marsad.model.Layer;
import org.marsad.model.Sentences;
import org.marsad.model.Span;
import org.marsad.stage.Draft;
import org.marsad.stage.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The sentence stage: {@link SentenceSplitter} over the headline and each paragraph, which no sentence crosses. */
public final class SentenceStage implements Stage {
    private final SentenceSplitter splitter = new SentenceSplitter();

    @Override
    public String name() {
        return "sentences";
    }

    @Override
    public Set<Class<? extends Layer>> requires() {
        return Set.of(ArticleText.class);
    }

    @Override
    public Set<Class<? extends Layer>> provides() {
        return Set.of(Sentences.class);
    }

    @Override
    public void annotate(Draft draft) {
        ArticleText text = draft.get(ArticleText.class);
        List<Span> sentences = new ArrayList<>();
        for (Span block : text.blocks()) sentences.addAll(splitter.split(text.text(), block));
        draft.add(new Sentences(sentences));
    }
}
