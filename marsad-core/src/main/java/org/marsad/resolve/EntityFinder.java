package org.marsad.resolve;

import org.marsad.model.Entity;
import org.marsad.model.Span;
import org.marsad.model.Token;
import org.marsad.ner.NameRecognizer;
import org.marsad.ner.NerModel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The entity stage of the pipeline: names found by the tagger ({@link NameRecognizer}), then resolved into the
 * article's entities ({@link EntityResolver}). Thread-safe.
 */
public final class EntityFinder {
    private final NameRecognizer recognizer;
    private final EntityResolver resolver = new EntityResolver();

    public EntityFinder(NerModel model) {
        this.recognizer = new NameRecognizer(model);
    }

    /** The finder with the model shipped in this build; a build without one cannot analyse articles. */
    public static EntityFinder shipped() {
        try {
            return new EntityFinder(NerModel.shipped());
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    public List<Entity> find(String text, List<Token> tokens, List<Span> sentences) {
        return resolver.resolve(text, tokens, recognizer.recognize(text, tokens, sentences));
    }
}
