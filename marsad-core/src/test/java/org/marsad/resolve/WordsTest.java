package org.marsad.resolve;

import org.marsad.lexicon.WordKey;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void wordKeyMarksTheArticleAndLeavesTheConjunctionOut() {
        Words w = Words.of("والكرملين كرملين");
        assertThat(w.wordKey(0)).isEqualTo(WordKey.ARTICLE + "كرملين");
        assertThat(w.wordKey(1)).isEqualTo("كرملين");
    }

    @Test
    void mentionStartsAtTheWrittenArticle() {
        Words w = Words.of("والكرملين");
        assertThat(w.text().substring(w.mentionStart(0))).isEqualTo("الكرملين");
    }

    @Test
    void mentionKeepsTheKafOfAForeignNameTheRulesReadAsLikeThe() {
        Words w = Words.of("كاليفورنيا");
        assertThat(w.text().substring(w.mentionStart(0))).isEqualTo("كاليفورنيا");
    }

    @Test
    void mentionLeavesOutTheKafOfLikeThe() {
        Words w = Words.of("كالعادة");
        assertThat(w.text().substring(w.mentionStart(0))).isEqualTo("العادة");
    }

    @Test
    void mentionKeepsTheArticlesLamWhenThePrepositionLamTookItsAlef() {
        Words w = Words.of("للكرملين");
        assertThat(w.text().substring(w.mentionStart(0))).isEqualTo("لكرملين");
    }

    @Test
    void mentionStartsAfterTheConjunction() {
        Words w = Words.of("ولوكاشينكو");
        assertThat(w.text().substring(w.mentionStart(0))).isEqualTo("لوكاشينكو");
    }

    @Test
    void mentionKeepsASeenTheRulesReadAsFuture() {
        Words w = Words.of("وسنابس");
        assertThat(w.text().substring(w.mentionStart(0))).isEqualTo("سنابس");
    }

    @Test
    void unsplitPrepositionGivesASecondReading() {
        Words w = Words.of("لبيلاروسيا");
        assertThat(w.readings(0)).extracting(Words.Reading::key).containsExactly("لبيلاروسيا", "بيلاروسيا");
        assertThat(w.text().substring(w.readings(0).get(1).start())).isEqualTo("بيلاروسيا");
    }

    @Test
    void unsplitPrepositionReadingSkipsItsDiacritic() {
        Words w = Words.of("لِبيلاروسيا");
        assertThat(w.text().substring(w.readings(0).get(1).start())).isEqualTo("بيلاروسيا");
    }

    @Test
    void shortRestGivesNoSecondReading() {
        assertThat(Words.of("بحمد").readings(0)).hasSize(1);
    }

    @Test
    void wordWithTheArticleGivesNoSecondReading() {
        assertThat(Words.of("البيلاروسي").readings(0)).hasSize(1);
    }

    @Test
    void paragraphBreakSeparatesNames() {
        Words w = Words.of("فلاديمير\n\nبوتين فلاديمير بوتين");
        assertThat(w.followsOnSameLine(1)).isFalse();
        assertThat(w.followsOnSameLine(3)).isTrue();
    }
}
