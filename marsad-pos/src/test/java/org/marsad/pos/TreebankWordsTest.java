package org.marsad.pos;

import org.junit.jupiter.api.Test;
import org.marsad.text.ArabicTokenizer;

import static org.assertj.core.api.Assertions.assertThat;

class TreebankWordsTest {
    private static TreebankWords of(String line) {
        return TreebankWords.of(line, new ArabicTokenizer().tokenize(line));
    }

    @Test
    void procliticsBecomeWordsButTheArticleStaysOnItsNoun() {
        TreebankWords words = of("وبالمصرف");
        assertThat(words.words()).containsExactly("و", "ب", "المصرف");
        assertThat(words.stemAt()).containsExactly(2);
    }

    @Test
    void thePronounSuffixBecomesAWordAfterItsStem() {
        TreebankWords words = of("ووزيره وصل");
        assertThat(words.words()).containsExactly("و", "وزير", "ه", "وصل");
        assertThat(words.stemAt()).containsExactly(1, 3);
    }

    @Test
    void hamzaAlefsTatweelAndDiacriticsAreWrittenAsTheTreebankWritesThem() {
        assertThat(of("إبراهيــم أَنور").words()).containsExactly("ابراهيم", "انور");
    }

    @Test
    void stemKeysAreTheKeysTheEntityTaggerReads() {
        assertThat(of("للمدرسة الأولى").stemKeys()).containsExactly("مدرسه", "اولي");
    }
}
