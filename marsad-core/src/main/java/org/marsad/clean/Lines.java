package org.marsad.clean;

import org.marsad.model.Span;
import org.marsad.text.ArabicChars;
import org.marsad.text.MatchingKey;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a raw field into its non-blank lines. A line counts as blank when nothing of it shows in the display
 * text (spaces, no-break spaces, tatweel, bidi and zero-width marks); a line of diacritics alone is not
 * blank, though its matching key is empty.
 */
final class Lines {
    private Lines() {
    }

    static List<Line> of(String raw) {
        List<Line> lines = new ArrayList<>();
        // scanned as an array: String.charAt checks the index and the string's coding at every character
        char[] chars = raw.toCharArray();
        int start = 0;
        for (int i = 0; i <= chars.length; i++) {
            if (i == chars.length || ArabicChars.isLineBreak(chars[i])) {
                Span visible = trim(raw, start, i);
                if (visible.length() > 0) {
                    lines.add(new Line(raw, visible, MatchingKey.of(chars, visible.start(), visible.end())));
                }
                start = i + 1;
            }
        }
        return lines;
    }

    /** {@code raw[from, to)} narrowed to its first and last characters that show in the display text. */
    static Span trim(String raw, int from, int to) {
        int start = from, end = to;
        while (start < end && invisible(raw.charAt(start))) start++;
        while (end > start && invisible(raw.charAt(end - 1))) end--;
        return new Span(start, end);
    }

    private static boolean invisible(char c) {
        return c == ArabicChars.TATWEEL || ArabicChars.isLineBreak(c) || ArabicChars.isHorizontalSpace(c)
                || ArabicChars.isBidiControl(c) || ArabicChars.isZeroWidth(c);
    }
}
