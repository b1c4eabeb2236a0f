package org.marsad.clean;

import org.marsad.model.Span;
import org.marsad.text.ArabicChars;
import org.marsad.text.DisplayNormalizer;
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
            if (i == raw.length() || raw.charAt(i) == '\n' || raw.charAt(i) == '\r'
                    || raw.charAt(i) == '\u2028' || raw.charAt(i) == '\u2029') {
                add(raw, start, i, lines);
                start = i + 1;
            }
        }
        return lines;
    }

    /** The line {@code raw[from, to)} narrowed to its first and last visible characters, or nothing if blank. */
    private static void add(String raw, int from, int to, List<Line> lines) {
        String display = DisplayNormalizer.normalize(raw.subSequence(from, to));
        if (display.isEmpty()) return;
        lines.add(new Line(trim(raw, from, to), display, MatchingKey.of(display)));
    }

    /** {@code raw[from, to)} narrowed to its first and last characters that show in the display text. */
    static Span trim(String raw, int from, int to) {
        int start = from, end = to;
        while (start < end && invisible(raw.charAt(start))) start++;
        while (end > start && invisible(raw.charAt(end - 1))) end--;
        return new Span(start, end);
    }

    private static boolean invisible(char c) {
        return c == ArabicChars.TATWEEL || c == '\n' || c == '\r' || ArabicChars.isHorizontalSpace(c)
                || ArabicChars.isBidiControl(c) || ArabicChars.isZeroWidth(c);
    }
}
