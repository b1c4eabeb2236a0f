package org.marsad.clean;

import org.marsad.model.Span;
import org.marsad.text.NormalizedLines;

/**
 * One non-blank line of a raw field: where it lies in the raw text and its matching key, which recognises
 * the same line printed twice whatever tatweel or spacing differ. The display form is made a string only for the
 * few lines that need one (credits, captions, boilerplate candidates, removals): the article text copies the
 * display form of the others from the field's {@link NormalizedLines}.
 */
final class Line {
    private final NormalizedLines lines;
    private final int index;
    private final Span raw;
    private final String key;
    private String display;

    Line(NormalizedLines lines, int index) {
        this.lines = lines;
        this.index = index;
        this.raw = lines.raw(index);
        this.key = lines.key(index);
    }

    Span raw() {
        return raw;
    }

    String key() {
        return key;
    }

    String display() {
        if (display == null) display = lines.display(index);
        return display;
    }

    /** Has no more than {@code max} words; stops counting there, since lines can be long paragraphs. */
    boolean hasAtMostWords(int max) {
        int words = 1;
        for (int i = 0; i < key.length(); i++) {
            words += key.charAt(i) == ' ' ? 1 : 0; // added, not branched on: a branch would mispredict at every space
            if (words > max) return false;
        }
        return true;
    }

    /** Has at least one letter or digit: a row of asterisks or dashes does not. */
    boolean hasContent() {
        for (int i = 0; i < key.length(); i++) {
            if (Character.isLetterOrDigit(key.charAt(i))) return true;
        }
        return false;
    }

    /** Ends like a sentence, or carries the punctuation a sentence has and a name or caption does not. */
    boolean looksLikeSentence() {
        if (key.isEmpty()) return false;
        char last = key.charAt(key.length() - 1);
        if (last == '.' || last == '!' || last == '؛' || last == ':' || last == '"' || last == '»' || last == '”') {
            return true;
        }
        return key.indexOf('"') >= 0 || key.indexOf('«') >= 0 || key.indexOf('،') >= 0 || key.indexOf(',') >= 0;
    }
}
