package org.marsad.text;

import static org.marsad.text.ArabicChars.*;

import java.text.Normalizer;

/**
 * The display layer: the letters stay as the author wrote them (hamzas, diacritics, teh marbuta, digits), but
 * <ul>
 *   <li>tatweel ـ (U+0640), a stretching glyph, is removed;</li>
 *   <li>bidi controls (LRM, RLM, ALM, embeddings, isolates) and zero-width characters are removed;</li>
 *   <li>no-break and other horizontal spaces become a plain space, and runs of spaces become one;</li>
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
        int before = out.length();
        int pendingSpace = -1; // raw offset of a space not yet written: written only if a letter follows
        for (int i = from; i < to; i++) {
            char c = raw.charAt(i);
            if (c == TATWEEL || isBidiControl(c) || isZeroWidth(c)) {
                continue;
            }
            if (isHorizontalSpace(c) || c == '\n' || c == '\r') {
                if (pendingSpace < 0 && out.length() > before) pendingSpace = i;
                continue;
            }
            if (pendingSpace >= 0) {
                emit(' ', pendingSpace, field, out, map);
                pendingSpace = -1;
            }
            if (isPresentationForm(c)) {
                String folded = foldPresentationForm(c);
                for (int k = 0; k < folded.length(); k++) emit(folded.charAt(k), i, field, out, map);
            } else {
                emit(c, i, field, out, map);
            }
        }
        return out.length() - before;
    }

    private static void emit(char c, int rawOffset, String field, StringBuilder out, SourceMap.Builder map) {
        if (map != null) map.map(out.length(), rawOffset, field);
        out.append(c);
    }

    /** The base letters of a presentation-form code point (NFKC, which keeps the letters and drops the shape). */
    static String foldPresentationForm(char c) {
        String folded = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
        StringBuilder letters = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char f = folded.charAt(i);
            if (f != ' ' && f != TATWEEL) letters.append(f); // isolated harakat forms decompose to space + mark
        }
        return letters.toString();
    }
}
