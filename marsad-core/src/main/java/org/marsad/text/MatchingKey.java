package org.marsad.text;

import static org.marsad.text.ArabicChars.*;

import java.nio.CharBuffer;

/**
 * The matching layer: a form of a word or phrase under which spelling variants meet, for search, gazetteers
 * and entity merging. It is never shown and never carries offsets. On top of the display folding
 * ({@link DisplayNormalizer}: tatweel, bidi and zero-width marks dropped, presentation forms folded, spaces
 * collapsed and trimmed) it
 * <ul>
 *   <li>drops diacritics (harakat, tanween, shadda, sukun, superscript alef);</li>
 *   <li>folds the hamza-carrying and wasla alefs أ إ آ ٱ to bare alef ا;</li>
 *   <li>folds alef maksura ى to yeh ي, and Persian yeh ی / kaf ک to Arabic ي / ك;</li>
 *   <li>folds the letters Arabic borrows for foreign and dialect sounds to the letter most press writes instead:
 *       ڨ (Maghrebi g) to ق, ڤ (v) to ف, پ (p) to ب, چ (ch) to ج, گ (g) to ك, so that بن ڨردان meets بن قردان;</li>
 *   <li>folds teh marbuta ة to heh ه;</li>
 *   <li>turns Arabic-Indic and Persian digits into ASCII digits, ٪ into %, ٫ into . and ٬ into ,;</li>
 *   <li>lower-cases ASCII letters.</li>
 * </ul>
 * Because it applies the display folding itself, the key of a raw string equals the key of its display form,
 * so raw lines can be compared without building their display form first.
 * Thread-safe: it has no state.
 */
public final class MatchingKey {
    private MatchingKey() {
    }

    public static String of(CharSequence s) {
        return of(s, 0, s.length());
    }

    /** The key of {@code s[from, to)}. */
    public static String of(CharSequence s, int from, int to) {
        char[] chars = new char[to - from];
        if (s instanceof String string) {
            string.getChars(from, to, chars, 0);
        } else {
            for (int i = from; i < to; i++) chars[i - from] = s.charAt(i);
        }
        // Folded in place: the key is never longer than its input, except where a presentation form
        // stands for several letters, which the slower path handles.
        String key = fold(chars, 0, chars.length, chars);
        return key != null ? key : withPresentationForms(s, from, to);
    }

    /**
     * The key of {@code chars[from, to)}, leaving {@code chars} as it is: for a caller that holds a whole text
     * as an array and takes the keys of many stretches of it.
     */
    public static String of(char[] chars, int from, int to) {
        String key = fold(chars, from, to, new char[to - from]);
        return key != null ? key : withPresentationForms(CharBuffer.wrap(chars), from, to);
    }

    /**
     * The key of the display form {@code chars[from, to)} ({@link DisplayNormalizer}: trimmed, single spaces, no
     * presentation forms), folded into {@code buffer} (at least {@code to - from} long), which the caller reuses for
     * many lines. A display form's spaces are already what the key needs, so they are copied like letters, but where
     * a word of diacritics alone is dropped, which would leave two spaces or one at an end: a character dropped at the
     * start or right after a space sends the line to the general folding. So nothing but the rare dropped character
     * takes a branch.
     */
    static String ofDisplay(char[] chars, int from, int to, char[] buffer) {
        int length = 0;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            char folded = c < TABLE_SIZE ? TABLE[c] : foldWide(c);
            if (folded == DROP) {
                if (length == 0 || buffer[length - 1] == ' ') return of(chars, from, to);
                continue;
            }
            if (folded == PRESENTATION_FORM) return of(chars, from, to);
            buffer[length++] = folded;
        }
        return new String(buffer, 0, length);
    }

    /**
     * Folds {@code in[from, to)} into {@code out} from its start, and returns the key, or null at a
     * presentation form. {@code out} may be {@code in} when {@code from} is 0: no character is written
     * before it has been read.
     */
    private static String fold(char[] in, int from, int to, char[] out) {
        int length = 0;
        boolean pendingSpace = false;
        for (int i = from; i < to; i++) {
            char c = in[i];
            char folded = c < TABLE_SIZE ? TABLE[c] : foldWide(c);
            if (folded == DROP) continue;
            if (folded == ' ') {
                pendingSpace = length > 0;
                continue;
            }
            if (folded == PRESENTATION_FORM) return null;
            if (pendingSpace) {
                out[length++] = ' ';
                pendingSpace = false;
            }
            out[length++] = folded;
        }
        return new String(out, 0, length);
    }

    /** The slower path, from the source again since the in-place folding has overwritten its copy. */
    private static String withPresentationForms(CharSequence s, int from, int to) {
        StringBuilder out = new StringBuilder(to - from + 8);
        boolean pendingSpace = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            char folded = c < TABLE_SIZE ? TABLE[c] : foldWide(c);
            if (folded == DROP) continue;
            if (folded == ' ') {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            if (folded != PRESENTATION_FORM) {
                out.append(folded);
                continue;
            }
            String letters = DisplayNormalizer.foldPresentationForm(c);
            for (int k = 0; k < letters.length(); k++) {
                char f = letters.charAt(k);
                if (!isDiacritic(f)) out.append(fold(f));
            }
        }
        return out.toString();
    }

    /** Marks, in the folding table, a character the key leaves out. */
    private static final char DROP = '\u0000';
    /** Marks, in the folding table, a presentation form, whose letters are looked up separately. */
    private static final char PRESENTATION_FORM = '\uFFFF';
    /** ASCII, Latin-1 and the Arabic block are folded by table lookup: nearly every character of news text. */
    private static final int TABLE_SIZE = 0x0700;
    private static final char[] TABLE = new char[TABLE_SIZE];

    static {
        for (char c = 0; c < TABLE_SIZE; c++) TABLE[c] = foldWide(c);
    }

    /** The key character of {@code c}: {@link #DROP}, a space, {@link #PRESENTATION_FORM} or its folding. */
    private static char foldWide(char c) {
        if (c == ' ' || isLineBreak(c) || isHorizontalSpace(c)) return ' ';
        if (c == TATWEEL || isDiacritic(c) || isBidiControl(c) || isZeroWidth(c) || c == DROP) return DROP;
        if (isPresentationForm(c)) return PRESENTATION_FORM;
        return fold(c);
    }

    /** The one-character folding of a single display character. */
    public static char fold(char c) {
        if (c < 128) return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        switch (c) {
            case ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_MADDA, ALEF_WASLA: return ALEF;
            case ALEF_MAKSURA, '\u06CC': return YEH;
            case '\u06A9', '\u06AF': return '\u0643';
            case '\u06A8': return '\u0642';
            case '\u06A4': return '\u0641';
            case '\u067E': return '\u0628';
            case '\u0686': return '\u062C';
            case TEH_MARBUTA: return HEH;
            case ARABIC_PERCENT: return '%';
            case ARABIC_DECIMAL_SEPARATOR: return '.';
            case ARABIC_THOUSANDS_SEPARATOR: return ',';
            default:
                // Most characters folded are Arabic letters that stay as they are: answer those first.
                if (c >= HAMZA && c <= YEH) return c;
                if (isEasternDigit(c)) return (char) ('0' + digitValue(c));
                if (isHorizontalSpace(c)) return ' ';
                return c;
        }
    }
}
