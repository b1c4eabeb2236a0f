package org.marsad.clean;

import org.marsad.model.Span;

/**
 * One non-blank line of a raw field: where it lies in the raw text, its display form and its matching key
 * (used to recognise the same line printed twice, whatever tatweel or spaces differ).
 */
record Line(Span raw, String display, String key) {

    int wordCount() {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < display.length(); i++) {
            boolean space = display.charAt(i) == ' ';
            if (!space && !inWord) words++;
            inWord = !space;
        }
        return words;
    }

    /** Has at least one letter or digit: a row of asterisks or dashes does not. */
    boolean hasContent() {
        for (int i = 0; i < display.length(); i++) {
            if (Character.isLetterOrDigit(display.charAt(i))) return true;
        }
        return false;
    }

    /** Ends like a sentence, or carries the punctuation a sentence has and a name or caption does not. */
    boolean looksLikeSentence() {
        if (display.isEmpty()) return false;
        char last = display.charAt(display.length() - 1);
        if (last == '.' || last == '!' || last == '؛' || last == ':' || last == '"' || last == '»' || last == '”') {
            return true;
        }
        return display.indexOf('"') >= 0 || display.indexOf('«') >= 0 || display.indexOf('،') >= 0
                || display.indexOf(',') >= 0;
    }
}
