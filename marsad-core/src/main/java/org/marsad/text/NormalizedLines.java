package org.marsad.text;

import static org.marsad.text.ArabicChars.*;
import static org.marsad.text.DisplayNormalizer.KEPT_AS_IS;

import java.util.Arrays;
import org.marsad.model.Span;

/**
 * The non-blank lines of a raw field, each in display form ({@link DisplayNormalizer}) with the map back to the
 * field, and in matching form ({@link MatchingKey}), made in one pass over the field: structure recovery compares
 * lines by key and keeps most of them, and the text stage then copies the display form of those it kept instead of
 * normalising them again.
 * <p>
 * A line ends at a line break ({@link ArabicChars#isLineBreak}); it is blank when nothing of it shows in the display
 * form (spaces, tatweel, bidi and zero-width marks), and its raw span runs from the first character that shows to the
 * last. For each line, {@link #appendDisplay} writes what {@link DisplayNormalizer#appendLine} writes for that span,
 * and {@link #key} is {@link MatchingKey#of} of it, which is the key of its display form. Immutable.
 */
public final class NormalizedLines {
    private final String field;
    /** The display forms of the lines, one after another. */
    private final char[] display;
    /** Per line: raw start, raw end, display start, display end, first run, end of its runs. */
    private final int[] lines;
    /** Per run: display start, raw start, length; a run maps display characters one to one onto raw ones. */
    private final int[] runs;
    private final String[] keys;
    private final int count;

    private NormalizedLines(String field, char[] display, int[] lines, int[] runs, String[] keys, int count) {
        this.field = field;
        this.display = display;
        this.lines = lines;
        this.runs = runs;
        this.keys = keys;
        this.count = count;
    }

    /** The non-blank lines of {@code raw}, the text of the raw field named {@code field}. */
    public static NormalizedLines of(String raw, String field) {
        return new Reader(raw, field).read();
    }

    /** The number of non-blank lines. */
    public int size() {
        return count;
    }

    /** The raw span of line {@code line}: from the first character that shows to the last. */
    public Span raw(int line) {
        return new Span(lines[LINE_FIELDS * line], lines[LINE_FIELDS * line + 1]);
    }

    /** The matching key of line {@code line}. */
    public String key(int line) {
        return keys[line];
    }

    /** The display form of line {@code line}, as {@link DisplayNormalizer#normalize} gives it. */
    public String display(int line) {
        int start = lines[LINE_FIELDS * line + 2];
        return new String(display, start, lines[LINE_FIELDS * line + 3] - start);
    }

    /**
     * The index of the line whose raw span is {@code raw}, or -1 when {@code raw} is not a whole line (a part of one
     * that structure recovery cut, or a span of another field).
     */
    public int lineOf(Span raw) {
        int lo = 0, hi = count - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int start = lines[LINE_FIELDS * mid];
            if (start < raw.start()) lo = mid + 1;
            else if (start > raw.start()) hi = mid - 1;
            else return lines[LINE_FIELDS * mid + 1] == raw.end() ? mid : -1;
        }
        return -1;
    }

    /**
     * Appends the display form of line {@code line} to {@code out} and where each of its characters came from to
     * {@code map}, as {@link DisplayNormalizer#appendLine} does for the line's raw span.
     *
     * @return the number of characters appended
     */
    public int appendDisplay(int line, StringBuilder out, SourceMap.Builder map) {
        int at = LINE_FIELDS * line;
        int start = lines[at + 2], end = lines[at + 3];
        int shift = out.length() - start;
        if (map != null) {
            for (int r = lines[at + 4]; r < lines[at + 5]; r += RUN_FIELDS) {
                map.mapRun(runs[r] + shift, runs[r + 1], runs[r + 2], field);
            }
        }
        out.append(display, start, end - start);
        return end - start;
    }

    private static final CharSet SPACE = CharSet.of(c -> c == ' ');
    private static final int LINE_FIELDS = 6;
    private static final int RUN_FIELDS = 3;

    /**
     * The one pass over a field. The scan keeps its place in locals and copies each stretch of characters that stay as
     * they are (letters, digits, punctuation, single spaces between them) in one piece; what it has found is kept in
     * buffers that grow as lines and runs are added.
     */
    private static final class Reader {
        private final char[] raw;
        private final int rawLength;
        private final String field;
        private char[] display;
        private int[] lines = new int[LINE_FIELDS * 16];
        private int lineCount;
        private int[] runs = new int[RUN_FIELDS * 16];
        private int runsLength;
        private String[] keys = new String[16];
        private char[] keyBuffer = new char[64];

        Reader(String raw, String field) {
            this.rawLength = raw.length();
            // the field, and two line breaks after it, which stop a scan that reads a character ahead
            this.raw = new char[rawLength + 2];
            raw.getChars(0, rawLength, this.raw, 0);
            this.raw[rawLength] = this.raw[rawLength + 1] = '\n';
            this.field = field;
            // every raw character gives at most one display character, but for presentation forms, which grow it
            this.display = new char[rawLength + 16];
        }

        NormalizedLines read() {
            char[] raw = this.raw;
            int n = rawLength;
            char[] display = this.display;
            int length = 0;            // of the display forms so far
            int lineStart = 0;         // where the display form of the line being read starts
            int firstShown = -1;       // raw offset of the line's first character that shows, or -1
            int lastShown = -1;        // raw offset of its last
            int pendingSpace = -1;     // raw offset of a space not yet written: written only if a character follows
            int runStart = -1;         // display offset where the open run starts, or -1
            int runDelta = 0;          // raw offset minus display offset along the open run
            boolean presentationForms = false;
            int i = 0;
            while (i < n) {
                char c = raw[i];
                if (KEPT_AS_IS.contains(c)) { // nearly every character: a stretch of them is copied
                    int end = i + 1;
                    // a character kept as it is, or a space before one, goes on with the stretch; the test is reckoned
                    // without a branch, which would mispredict at every space, and the stops after the field end it
                    while ((KEPT_AS_IS.bit(raw[end]) | (SPACE.bit(raw[end]) & KEPT_AS_IS.bit(raw[end + 1]))) != 0) {
                        end++;
                    }
                    if (pendingSpace >= 0) {
                        if (runStart < 0 || pendingSpace - length != runDelta) {
                            runStart = openRun(runStart, runDelta, length);
                            runDelta = pendingSpace - length;
                        }
                        display[length++] = ' ';
                        pendingSpace = -1;
                    }
                    if (runStart < 0 || i - length != runDelta) {
                        runStart = openRun(runStart, runDelta, length);
                        runDelta = i - length;
                    }
                    System.arraycopy(raw, i, display, length, end - i);
                    length += end - i;
                    if (firstShown < 0) firstShown = i;
                    lastShown = end - 1;
                    i = end;
                    continue;
                }
                if (isLineBreak(c)) {
                    closeRun(runStart, length, runDelta);
                    runStart = -1;
                    if (firstShown >= 0) {
                        addLine(firstShown, lastShown + 1, lineStart, length, presentationForms);
                    }
                    lineStart = length;
                    firstShown = -1;
                    pendingSpace = -1;
                    presentationForms = false;
                } else if (isHorizontalSpace(c)) {
                    if (pendingSpace < 0 && length > lineStart) pendingSpace = i;
                } else if (c != TATWEEL && !isBidiControl(c) && !isZeroWidth(c)) {
                    String letters = isPresentationForm(c) ? DisplayNormalizer.foldPresentationForm(c) : null;
                    if (letters != null) {
                        presentationForms = true;
                        // room for the letters, and for one character for each raw one after this
                        int needed = length + 1 + letters.length() + (n - i);
                        if (needed > display.length) {
                            display = Arrays.copyOf(display, Math.max(needed, 2 * display.length));
                            this.display = display;
                        }
                    }
                    if (pendingSpace >= 0) {
                        if (runStart < 0 || pendingSpace - length != runDelta) {
                            runStart = openRun(runStart, runDelta, length);
                            runDelta = pendingSpace - length;
                        }
                        display[length++] = ' ';
                        pendingSpace = -1;
                    }
                    int count = letters == null ? 1 : letters.length();
                    for (int k = 0; k < count; k++) {
                        if (runStart < 0 || i - length != runDelta) {
                            runStart = openRun(runStart, runDelta, length);
                            runDelta = i - length;
                        }
                        display[length++] = letters == null ? c : letters.charAt(k);
                    }
                    if (firstShown < 0) firstShown = i;
                    lastShown = i;
                }
                i++;
            }
            closeRun(runStart, length, runDelta);
            if (firstShown >= 0) addLine(firstShown, lastShown + 1, lineStart, length, presentationForms);
            return new NormalizedLines(field, display, lines, runs, keys, lineCount);
        }

        /** Closes the open run, if any, and returns the start of the next one, at {@code displayOffset}. */
        private int openRun(int runStart, int runDelta, int displayOffset) {
            closeRun(runStart, displayOffset, runDelta);
            return displayOffset;
        }

        private void closeRun(int runStart, int displayEnd, int runDelta) {
            if (runStart < 0) return;
            if (runsLength + RUN_FIELDS > runs.length) runs = Arrays.copyOf(runs, runs.length * 2);
            runs[runsLength++] = runStart;
            runs[runsLength++] = runStart + runDelta;
            runs[runsLength++] = displayEnd - runStart;
        }

        private void addLine(int rawStart, int rawEnd, int displayStart, int displayEnd, boolean presentationForms) {
            if (LINE_FIELDS * (lineCount + 1) > lines.length) {
                lines = Arrays.copyOf(lines, lines.length * 2);
                keys = Arrays.copyOf(keys, keys.length * 2);
            }
            int at = LINE_FIELDS * lineCount;
            int runsEnd = runsLength;
            int runsStart = lineCount == 0 ? 0 : lines[at - 1]; // a blank line has no runs
            lines[at] = rawStart;
            lines[at + 1] = rawEnd;
            lines[at + 2] = displayStart;
            lines[at + 3] = displayEnd;
            lines[at + 4] = runsStart;
            lines[at + 5] = runsEnd;
            keys[lineCount++] = key(rawStart, rawEnd, displayStart, displayEnd, presentationForms);
        }

        /**
         * The key of a line, taken from its display form, which is the shorter to read and has the same key; but for
         * a line with presentation forms, taken from the raw text: there a space before a form that stands for a
         * diacritic alone stays in the key (the key ends "م " where the display form's key ends "م").
         */
        private String key(int rawStart, int rawEnd, int displayStart, int displayEnd, boolean presentationForms) {
            if (presentationForms) return MatchingKey.of(raw, rawStart, rawEnd);
            if (keyBuffer.length < displayEnd - displayStart) keyBuffer = new char[displayEnd - displayStart];
            return MatchingKey.ofDisplay(display, displayStart, displayEnd, keyBuffer);
        }
    }
}
