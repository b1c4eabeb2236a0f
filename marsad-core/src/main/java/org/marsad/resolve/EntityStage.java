package org.marsad.resolve;

import org.marsad.model.ArticleText;
import org.marsad.model.Entities;
import org.marsad.model.Language;
import org.marsad.model.Layer;
import org.marsad.model.Sentences;
import org.marsad.model.Span;
import org.marsad.model.Tokens;
import org.marsad.ner.NerModel;
import org.marsad.stage.Draft;
import org.marsad.stage.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The entity stage: names found by the tagger in the article's Arabic sentences, resolved into its people, places
 * and organisations ({@link EntityFinder}). Sentences of a block in another language are not tagged: a tagger
 * trained on Arabic would take English words for names.
 */
public final class EntityStage implements Stage {
    private final EntityFinder finder;

    public EntityStage(NerModel model) {
        this.finder = new EntityFinder(Objects.requireNonNull(model, "model"));
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public Set<Class<? extends Layer>> requires() {
        return Set.of(ArticleText.class, Language.class, Sentences.class, Tokens.class);
    }

    @Override
    public Set<Class<? extends Layer>> provides() {
        return Set.of(Entities.class);
    }

    @Override
    public void annotate(Draft draft) {
        Language language = draft.get(Language.class);
        List<Span> sentences = draft.get(Sentences.class).spans();
        if (!language.others().isEmpty()) {
            List<Span> arabic = new ArrayList<>(sentences.size());
            for (Span sentence : sentences) {
                if (!language.isOther(sentence)) arabic.add(sentence);
            }
            sentences = arabic;
        }
        draft.add(new Entities(finder.find(draft.get(ArticleText.class).text(), draft.get(Tokens.class).tokens(),
                sentences)));
    }
}
