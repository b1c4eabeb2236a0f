package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.EntityType;
import org.marsad.model.Span;
import org.marsad.text.ArabicTokenizer;

class NameRecognizerTest {
    private static final NameRecognizer RECOGNIZER = new NameRecognizer(TinyModels.trained());

    private static List<String> names(String text, EntityType type) {
        return RECOGNIZER.recognize(text, new ArabicTokenizer().tokenize(text), List.of(new Span(0, text.length())))
                .stream().filter(n -> n.type() == type).map(n -> n.span().of(text)).toList();
    }

    @Test
    void personNamedInATrainedContextIsFound() {
        assertThat(names("وقال سليم الأحمد إن المشروع بدأ في حلب .", EntityType.PER)).containsExactly("سليم الأحمد");
    }

    @Test
    void conjunctionBeforeANameIsLeftOutOfItsSpan() {
        assertThat(names("التقى الوزير وسليم الأحمد وفدا من حلب .", EntityType.PER)).contains("سليم الأحمد");
    }

    @Test
    void articleOfANameStaysInItsSpan() {
        assertThat(names("وقال سليم الأحمد إن المشروع بدأ في الموصل .", EntityType.LOC)).containsExactly("الموصل");
    }

    @Test
    void seenReadAsAFutureParticleStaysInAName() {
        assertThat(names("وقال سليم الأحمد إن المشروع بدأ في سنابس .", EntityType.LOC)).containsExactly("سنابس");
    }
}
