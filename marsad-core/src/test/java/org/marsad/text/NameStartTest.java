package org.marsad.text;

import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

import static org.assertj.core.api.Assertions.assertThat;

class NameStartTest {
    private static String nameIn(String word) {
        Token t = new ArabicTokenizer().tokenize(word).get(0);
        return word.substring(NameStart.of(word, t), t.stemEnd());
    }

    @Test
    void conjunctionBeforeANameIsLeftOut() {
        assertThat(nameIn("ولوكاشينكو")).isEqualTo("لوكاشينكو");
    }

    @Test
    void articleAsWrittenStays() {
        assertThat(nameIn("الكرملين")).isEqualTo("الكرملين");
        assertThat(nameIn("بالرياض")).isEqualTo("الرياض");
    }

    @Test
    void afterThePrepositionLamTheArticlesLamStays() {
        assertThat(nameIn("للمملكة")).isEqualTo("لمملكة");
        assertThat(nameIn("وللأمم")).isEqualTo("لأمم");
    }
}
