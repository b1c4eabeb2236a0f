package org.marsad.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.model.Entity;
import org.marsad.model.Mention;
import org.marsad.model.Span;
import org.marsad.model.Token;
import org.marsad.text.ArabicTokenizer;
import org.marsad.text.SentenceSplitter;

/** The entity stage with the shipped model on text assembled at random from pieces of news-like Arabic. */
class EntityFinderTest {
    private static final String[] PIECES = {"قال", "الرئيس", "الفرنسي", "وزير", "الخارجية", "سليم", "الأحمد", "في",
            "القاهرة", "ولبنان", "بيروت", "،", ".", "«", "»", "وزارة", "الصحة", "المصرية", "إن", "مجلس", "الأمن",
            "الدولي", "لوكاشينكو", "وبوتين", "نظيره", "الروسي", "2023", "٪", "😀", "COVID-19", "ـ", "عبدالله",
            "سنابس", "\u064E", "\n\n", "رابطة", "الدول", "المستقلة", "ب", "و", "ال", ":", "-"};
    private static final EntityFinder FINDER = EntityFinder.shipped();

    private static String randomText(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0 && random.nextInt(4) > 0) text.append(' ');
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    @Test
    void randomTextGivesWellFormedEntities() {
        Random random = new Random(11);
        ArabicTokenizer tokenizer = new ArabicTokenizer();
        SentenceSplitter splitter = new SentenceSplitter();
        for (int round = 0; round < 300; round++) {
            String text = randomText(random, 1 + random.nextInt(120));
            List<Token> tokens = tokenizer.tokenize(text);
            List<Span> sentences = splitter.split(text, new Span(0, text.length()));
            List<Entity> entities = FINDER.find(text, tokens, sentences);
            for (int e = 0; e < entities.size(); e++) {
                Entity entity = entities.get(e);
                assertThat(entity.id()).isEqualTo("e" + (e + 1));
                assertThat(entity.mentions()).isNotEmpty();
                int previousEnd = -1;
                for (Mention m : entity.mentions()) {
                    assertThat(m.span().end()).isLessThanOrEqualTo(text.length());
                    assertThat(m.span().length()).isPositive();
                    assertThat(m.span().start()).as("mentions of one entity in order, apart")
                            .isGreaterThanOrEqualTo(previousEnd);
                    previousEnd = m.span().end();
                }
            }
        }
    }

    @Test
    void textWithoutWordsHasNoEntities() {
        String text = "… ، . 2024 😀";
        assertThat(FINDER.find(text, new ArabicTokenizer().tokenize(text), List.of(new Span(0, text.length()))))
                .isEmpty();
    }
}
