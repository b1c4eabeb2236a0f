package org.marsad.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DisplayNormalizerTest {

    private static void check(String raw, String expected) {
        assertThat(DisplayNormalizer.normalize(raw)).isEqualTo(expected);
    }

    @Test
    void emptyStaysEmpty() {
        check("", "");
    }

    @Test
    void tatweelIsRemoved() {
        check("محمــود", "محمود");
    }

    @Test
    void noBreakSpaceBecomesSpace() {
        check("وزير\u00A0النقل", "وزير النقل");
    }

    @Test
    void runsOfSpacesCollapseAndEdgesAreTrimmed() {
        check(" \u00A0 قال  \u202F الوزير\t", "قال الوزير");
    }

    @Test
    void unicodeLineSeparatorsBecomeSpaces() {
        check("عنوان\u2028فرعي\u2029", "عنوان فرعي");
    }

    @Test
    void bidiControlsAreRemoved() {
        check("\u200Fسوريا\u200E \u202Bاليوم\u202C\u061C", "سوريا اليوم");
    }

    @Test
    void zeroWidthCharactersAreRemoved() {
        check("مر\u200Cحبا\u200B\uFEFF", "مرحبا");
    }

    @Test
    void presentationFormsFoldToBaseLetters() {
        // ﻣﺼﺮ written with initial, medial and final glyph forms
        check("\uFEE3\uFEBC\uFEAE", "مصر");
    }

    @Test
    void lamAlefLigatureFoldsToTwoLetters() {
        check("\uFEFB", "لا");
    }

    @Test
    void lettersDiacriticsAndDigitsStayAsWritten() {
        check("أُسْرة إيمان آمال ٢٠٢٥ ٪", "أُسْرة إيمان آمال ٢٠٢٥ ٪");
    }

    @Test
    void appendLineRecordsWhereEachCharacterCameFrom() {
        String raw = "أحمــد\u00A0 صبري";
        StringBuilder out = new StringBuilder();
        SourceMap.Builder map = new SourceMap.Builder();
        DisplayNormalizer.appendLine(raw, 0, raw.length(), "body", out, map);
        SourceMap sourceMap = map.build();
        assertThat(out.toString()).isEqualTo("أحمد صبري");
        assertThat(sourceMap.rawPosition(3).orElseThrow().offset()).isEqualTo(5); // د after the two tatweels
        assertThat(sourceMap.rawPosition(5).orElseThrow().offset()).isEqualTo(8); // ص after the two spaces
        for (int i = 0; i < out.length(); i++) {
            char rawChar = raw.charAt(sourceMap.rawPosition(i).orElseThrow().offset());
            assertThat(rawChar == out.charAt(i) || rawChar == '\u00A0').isTrue();
        }
    }
}
