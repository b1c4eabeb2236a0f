package org.marsad.text;

import static org.marsad.text.ArabicChars.*;

import java.text.Normalizer;

/**
 * The display layer: the letters stay as the author wrote them (hamzas, diacritics, teh marbuta, digits), but
 * <ul>
 *   <li>tatweel ـ (U+0640), a stretching glyph, is removed;</li>
 *   <li>bidi controls (LRM, RLM, ALM, embeddings, isolates) and zero-width characters are removed;</li>
 *   <li>no-break and other horizontal spaces, and line breaks inside a line's range (including U+2028 and
 *       U+2029), become a plain space, and runs of spaces become one;</li>
 *   <li>presentation forms (U+FB50–FDFF, U+FE70–FEFC) fold to their base letters, a ligature to its letters.</li>
 * </ul>
 * {@link #appendLine} trims the line and writes where each output character came from into a
 * {@link SourceMap.Builder}, so spans over the display text can be traced back to the raw input.
 * Thread-safe: it has no state.
 */
public final class DisplayNormalizer {
    private DisplayNormalizer() {
    }

    /** The display form of a string, trimmed and with spaces collapsed. */
    public static String normalize(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        appendLine(raw, 0, raw.length(), "", out, null);
        return out.toString();
    }

    /**
     * Appends the display form of {@code raw[from, to)} to {@code out}, without leading or trailing space.
     *
     * @param map receives the raw offset of each appended character; may be null
     * @return the number of characters appended
     */
    public static int appendLine(CharSequence raw, int from, int to, String field, StringBuilder out,
                                 SourceMap.Builder map) {
        // read from an array: String.charAt through CharSequence checks its index at every character, which cost
        // more than the normalisation itself
        char[] chars = new char[to - from];
        if (raw instanceof String string) {
            string.getChars(from, to, chars, 0);
        } else {
            for (int i = from; i < to; i++) chars[i - from] = raw.charAt(i);
        }
        int before = out.length();
        int n = chars.length;
        int pendingSpace = -1; // index of a space not yet written: written only if a letter follows
        int copyFrom = -1;     // start of a stretch of characters that are copied as they are
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            if (keptAsIs(c) || (c == ' ' && copyFrom >= 0 && i + 1 < n && keptAsIs(chars[i + 1]))) {
                if (copyFrom < 0) {
                    if (pendingSpace >= 0) {
                        emit(' ', from + pendingSpace, field, out, map);
                        pendingSpace = -1;
                    }
                    copyFrom = i;
                }
                continue;
            }
            if (copyFrom >= 0) {
                copy(chars, copyFrom, i, from, field, out, map);
                copyFrom = -1;
            }
            if (c == TATWEEL || isBidiControl(c) || isZeroWidth(c)) {
                continue;
            }
            if (isHorizontalSpace(c) || isLineBreak(c)) {
                if (pendingSpace < 0 && out.length() > before) pendingSpace = i;
                continue;
            }
            if (pendingSpace >= 0) {
                emit(' ', from + pendingSpace, field, out, map);
                pendingSpace = -1;
            }
            if (isPresentationForm(c)) {
                String folded = foldPresentationForm(c);
                for (int k = 0; k < folded.length(); k++) emit(folded.charAt(k), from + i, field, out, map);
            } else {
                emit(c, from + i, field, out, map);
            }
        }
        if (copyFrom >= 0) copy(chars, copyFrom, n, from, field, out, map);
        return out.length() - before;
    }

    /** Printable ASCII and the Arabic block but tatweel and the letter mark: nearly all news text. */
    static boolean keptAsIs(char c) {
        return KEPT_AS_IS.contains(c);
    }

    static final CharSet KEPT_AS_IS = CharSet.of(c -> (c > ' ' && c < '\u007F')
            || (c >= '\u0600' && c <= '\u06FF' && c != TATWEEL && c != ARABIC_LETTER_MARK));

    /** Copies {@code chars[from, to)}, which came from raw offset {@code rawBase + from} on. */
    private static void copy(char[] chars, int from, int to, int rawBase, String field, StringBuilder out,
                             SourceMap.Builder map) {
        if (map != null) map.mapRun(out.length(), rawBase + from, to - from, field);
        out.append(chars, from, to - from);
    }

    private static void emit(char c, int rawOffset, String field, StringBuilder out, SourceMap.Builder map) {
        if (map != null) map.mapRun(out.length(), rawOffset, 1, field);
        out.append(c);
    }

    private static final char FIRST_PRESENTATION_FORM = '\uFB50';
    private static final String[] PRESENTATION_FORM_LETTERS = new String[0xFEFC - FIRST_PRESENTATION_FORM + 1];

    static {
        for (char c = FIRST_PRESENTATION_FORM; c <= '\uFEFC'; c++) {
            if (isPresentationForm(c)) PRESENTATION_FORM_LETTERS[c - FIRST_PRESENTATION_FORM] = computeLetters(c);
        }
    }

    /** The base letters of a presentation-form code point. */
    static String foldPresentationForm(char c) {
        return PRESENTATION_FORM_LETTERS[c - FIRST_PRESENTATION_FORM];
    }

    /** NFKC keeps the letters of a presentation form and drops its shape. */
    private static String computeLetters(char c) {
        String folded = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
        StringBuilder letters = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char f = folded.charAt(i);
            if (f != ' ' && f != TATWEEL) letters.append(f); // isolated harakat forms decompose to space + mark
        }
        return letters.toString();
    }
}
