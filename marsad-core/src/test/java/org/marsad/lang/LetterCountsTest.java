package org.marsad.lang;

import org.junit.jupiter.api.Test;
import org.marsad.model.Span;

import static org.assertj.core.api.Assertions.assertThat;

class LetterCountsTest {

    private static LetterCounts counts(String text) {
        return LetterCounts.of(text, new Span(0, text.length()));
    }

    @Test
    void latinAndArabicLettersAreCountedApart() {
        LetterCounts counts = counts("أطلقت Apple هاتفها");
        assertThat(counts.letters()).isEqualTo(16);
        assertThat(counts.arabicScript()).isEqualTo(11);
    }

    @Test
    void figuresPunctuationAndDiacriticsAreNotLetters() {
        assertThat(counts("٢٠٢٤ - 15%، «؟» ًٌٍ").letters()).isZero();
    }

    @Test
    void lettersOfOtherScriptsCountAsLettersButNotArabicScript() {
        LetterCounts counts = counts("Привет 你好");
        assertThat(counts.letters()).isEqualTo(8);
        assertThat(counts.arabicScript()).isZero();
    }

    @Test
    void definiteArticleIsASignOnlyAtTheStartOfAWord() {
        assertThat(counts("الكتاب بالكتاب (الكتاب)").signsOfArabic()).isEqualTo(2);
    }

    @Test
    void zeroWidthNonJoinerDoesNotStartAWord() {
        assertThat(counts("بین\u200Cالمللی").signsOfArabic()).isZero();
    }

    @Test
    void tehMarbutaAlefMaksuraAndHamzaOnAlefAreSigns() {
        assertThat(counts("مدرسة على أخي إلى").signsOfArabic()).isEqualTo(5);
    }

    @Test
    void onlyTheSpanIsCounted() {
        String text = "Hello عالم";
        assertThat(LetterCounts.of(text, new Span(6, text.length())).letters()).isEqualTo(4);
    }

    @Test
    void halfTheLettersInArabicScriptIsMostlyArabicScript() {
        assertThat(counts("abcd ابتث").mostlyArabicScript()).isTrue();
    }

    @Test
    void fewerThanHalfTheLettersInArabicScriptIsNotMostlyArabicScript() {
        assertThat(counts("abcde ابتث").mostlyArabicScript()).isFalse();
    }

    @Test
    void noLettersIsNotMostlyArabicScript() {
        assertThat(counts("123").mostlyArabicScript()).isFalse();
    }
}
