package org.marsad.clean;

import org.marsad.model.Span;
import org.marsad.text.ArabicChars;
import org.marsad.text.MatchingKey;

import java.util.ArrayList;
import java.util.List;

/** Splits a raw field into its non-blank lines. A line of spaces and no-break spaces only counts as blank. */
final class Lines {
    private Lines() {
    }

    static List<Line> of(String raw) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= raw.length(); i++) {
            if (i == raw.length() || isLineBreak(raw.charAt(i))) {
                if (i > start) {
                    String key = MatchingKey.of(raw, start, i);
                    if (!key.isEmpty()) lines.add(new Line(raw, trim(raw, start, i), key));
                }
                start = i + 1;
            }
        }
        return lines;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }

    /** {@code raw[from, to)} narrowed to its first and last characters that show in the display text. */
    static Span trim(String raw, int from, int to) {
        int start = from, end = to;
        while (start < end && invisible(raw.charAt(start))) start++;
        while (end > start && invisible(raw.charAt(end - 1))) end--;
        return new Span(start, end);
    }

    private static boolean invisible(char c) {
        return c == ArabicChars.TATWEEL || isLineBreak(c) || ArabicChars.isHorizontalSpace(c)
                || ArabicChars.isBidiControl(c) || ArabicChars.isZeroWidth(c);
    }
}
