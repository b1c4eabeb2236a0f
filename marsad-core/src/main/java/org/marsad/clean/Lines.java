package org.marsad.clean;

import org.marsad.model.Span;
import org.marsad.text.ArabicChars;
import org.marsad.text.NormalizedLines;

import java.util.ArrayList;
import java.util.List;

/**
 * The non-blank lines of a raw field ({@link NormalizedLines}), and the trimming of a stretch of one. A line counts
 * as blank when nothing of it shows in the display text (spaces, no-break spaces, tatweel, bidi and zero-width
 * marks); a line of diacritics alone is not blank, though its matching key is empty.
 */
final class Lines {
    private Lines() {
    }

    /** The lines {@code lines} found, each with its key and, on request, its display form. */
    static List<Line> of(NormalizedLines lines) {
        List<Line> list = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) list.add(new Line(lines, i));
        return list;
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
