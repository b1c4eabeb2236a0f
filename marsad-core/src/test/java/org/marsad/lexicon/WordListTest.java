package org.marsad.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WordListTest {

    @Test
    void entriesAreTrimmedWithCommentsAndBlankLinesLeftOut() {
        assertThat(WordList.entries("test-list.txt")).containsExactly("السيّد", "إبراهيم", "مصطفى");
    }

    @Test
    void keysFoldSpellingVariants() {
        assertThat(WordList.keys("test-list.txt")).containsExactlyInAnyOrder("السيد", "ابراهيم", "مصطفي");
    }

    @Test
    void tableKeepsEntriesAsWrittenWithTheirValuesInFileOrder() {
        assertThat(WordList.table("test-table.txt")).containsExactly(
                java.util.Map.entry("وزير", "MINISTER"), java.util.Map.entry("سفير", "AMBASSADOR"));
    }

    @Test
    void lineWithTooManyColumnsIsADefectThatNamesTheListAndLine() {
        assertThatThrownBy(() -> WordList.table("test-bad-table.txt")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("test-bad-table.txt").hasMessageContaining("وزير\tMINISTER\tزائد");
    }

    @Test
    void entryListedTwiceInATableIsADefect() {
        assertThatThrownBy(() -> WordList.table("test-twice-table.txt")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("listed twice");
    }

    @Test
    void missingListIsADefectOfTheBuild() {
        assertThatThrownBy(() -> WordList.entries("no-such-list.txt")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no-such-list.txt is missing");
    }

    @Test
    void everyListOfTheLexiconLoads() {
        assertThat(WordList.keys("honorifics.txt")).contains("شيخ");
        assertThat(WordList.keys("ordinary-words.txt")).contains("سعيد");
        assertThat(WordList.table("title-words.txt")).containsEntry("نظير", "COUNTERPART");
        assertThat(WordList.table("portfolios.txt")).containsEntry("خارجية", "FOREIGN_MINISTER");
        assertThat(WordList.table("country-names.txt")).containsEntry("بيلاروسيا", "BY");
        assertThat(WordList.table("country-common-names.txt")).containsEntry("SA", "السعودية");
        assertThat(WordList.keys("not-country-names.txt")).contains("مالي");
        assertThat(WordList.table("country-adjectives.txt")).containsEntry("نمساوي", "AT");
        assertThat(WordList.table("institution-heads.txt")).containsEntry("وزارة", "CONSTRUCT");
        assertThat(WordList.table("institution-not-after.txt")).containsEntry("هيئة", "على");
        assertThat(WordList.keys("institution-adjectives.txt")).contains("متحده");
        assertThat(WordList.keys("institution-stops.txt")).contains("جديد");
        assertThat(WordList.keys("personal-titles.txt")).contains("امير");
        assertThat(WordList.keys("generic-genitives.txt")).contains("اداره");
    }
}
