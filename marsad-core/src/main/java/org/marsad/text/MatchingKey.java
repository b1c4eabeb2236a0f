package org.marsad.text;

import static org.marsad.text.ArabicChars.*;

/**
 * The matching layer: a form of a word or phrase under which spelling variants meet, for search, gazetteers
 * and entity merging. It is never shown and never carries offsets. On top of the display folding
 * ({@link DisplayNormalizer}) it
 * <ul>
 *   <li>drops diacritics (harakat, tanween, shadda, sukun, superscript alef);</li>
 *   <li>folds the hamza-carrying and wasla alefs أ إ آ ٱ to bare alef ا;</li>
 *   <li>folds alef maksura ى to yeh ي, and Persian yeh ی / kaf ک to Arabic ي / ك;</li>
 *   <li>folds teh marbuta ة to heh ه;</li>
 *   <li>turns Arabic-Indic and Persian digits into ASCII digits, ٪ into %, ٫ into . and ٬ into ,;</li>
 *   <li>lower-cases Latin letters.</li>
 * </ul>
 * Thread-safe: it has no state.
 */
public final class MatchingKey {
    private MatchingKey() {
    }

    public static String of(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == TATWEEL || isDiacritic(c) || isBidiControl(c) || isZeroWidth(c)) {
                continue;
            }
            if (isPresentationForm(c)) {
                String folded = DisplayNormalizer.foldPresentationForm(c);
                for (int k = 0; k < folded.length(); k++) {
                    char f = folded.charAt(k);
                    if (!isDiacritic(f)) out.append(fold(f));
                }
                continue;
            }
            out.append(fold(c));
        }
        return out.toString();
    }

    /** The one-character folding of a single display character. */
    public static char fold(char c) {
        switch (c) {
            case ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_MADDA, ALEF_WASLA: return ALEF;
            case ALEF_MAKSURA, '\u06CC': return YEH;
            case '\u06A9': return '\u0643';
            case TEH_MARBUTA: return HEH;
            case ARABIC_PERCENT: return '%';
            case ARABIC_DECIMAL_SEPARATOR: return '.';
            case ARABIC_THOUSANDS_SEPARATOR: return ',';
            default:
                // Most characters folded are Arabic letters that stay as they are: answer those first.
                if (c >= HAMZA && c <= YEH) return c;
                if (isEasternDigit(c)) return (char) ('0' + digitValue(c));
                if (isHorizontalSpace(c)) return ' ';
                if (c < 128) return Character.toLowerCase(c);
                return c;
        }
    }
}
