package org.marsad.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Origin;
import org.marsad.model.RawDocument;
import org.marsad.model.Sentences;
import org.marsad.model.Span;
import org.marsad.model.Tokens;
import org.marsad.read.TextFormat;

class DraftTest {
    private final Draft draft = new Draft(RawDocument.text(Origin.file("a.txt", TextFormat.NAME, "UTF-8"), "نص"));

    @Test
    void layerAddedIsFoundByItsClass() {
        Sentences sentences = new Sentences(List.of(new Span(0, 2)));
        draft.add(sentences);
        assertThat(draft.get(Sentences.class)).isSameAs(sentences);
        assertThat(draft.find(Sentences.class)).containsSame(sentences);
    }

    @Test
    void missingLayerIsEmptyToFindAndADefectToGet() {
        assertThat(draft.find(Tokens.class)).isEmpty();
        assertThatThrownBy(() -> draft.get(Tokens.class)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no Tokens layer");
    }

    @Test
    void secondLayerOfTheSameClassIsRefused() {
        draft.add(new Sentences(List.of()));
        assertThatThrownBy(() -> draft.add(new Sentences(List.of()))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Sentences layer was already added");
    }

    @Test
    void layersKeepTheOrderTheyWereAddedIn() {
        Tokens tokens = new Tokens(List.of());
        Sentences sentences = new Sentences(List.of());
        draft.add(tokens);
        draft.add(sentences);
        assertThat(draft.layers()).containsExactly(tokens, sentences);
    }
}
