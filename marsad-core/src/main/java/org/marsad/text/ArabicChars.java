package org.marsad.text;

/** Named code points that the normalisers and tokenizer treat specially. */
public final class ArabicChars {
    public static final char HAMZA = '\u0621';
    public static final char ALEF_MADDA = '\u0622';
    public static final char ALEF_HAMZA_ABOVE = '\u0623';
    public static final char WAW_HAMZA = '\u0624';
    public static final char ALEF_HAMZA_BELOW = '\u0625';
    public static final char YEH_HAMZA = '\u0626';
    public static final char ALEF = '\u0627';
    public static final char BEH = '\u0628';
    public static final char TEH_MARBUTA = '\u0629';
    public static final char TEH = '\u062A';
    public static final char SEEN = '\u0633';
    public static final char FEH = '\u0641';
    public static final char KAF = '\u0643';
    public static final char LAM = '\u0644';
    public static final char MEEM = '\u0645';
    public static final char NOON = '\u0646';
    public static final char HEH = '\u0647';
    public static final char WAW = '\u0648';
    public static final char ALEF_MAKSURA = '\u0649';
    public static final char YEH = '\u064A';
    public static final char TATWEEL = '\u0640';
    public static final char FATHATAN = '\u064B';
    public static final char SUKUN = '\u0652';
    public static final char SUPERSCRIPT_ALEF = '\u0670';
    public static final char ALEF_WASLA = '\u0671';
    public static final char ARABIC_PERCENT = '\u066A';
    public static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
    public static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C';
    public static final char ARABIC_COMMA = '\u060C';
    public static final char ARABIC_SEMICOLON = '\u061B';
    public static final char ARABIC_QUESTION_MARK = '\u061F';
    public static final char ARABIC_FULL_STOP = '\u06D4';
    public static final char ARABIC_PER_MILLE = '\u0609';
    public static final char ARABIC_PER_TEN_THOUSAND = '\u060A';
    public static final char ORNATE_LEFT_PARENTHESIS = '\uFD3E';
    public static final char ORNATE_RIGHT_PARENTHESIS = '\uFD3F';
    public static final char HORIZONTAL_ELLIPSIS = '\u2026';
    public static final char ARABIC_LETTER_MARK = '\u061C';
    public static final char NO_BREAK_SPACE = '\u00A0';
    public static final char NARROW_NO_BREAK_SPACE = '\u202F';
    public static final char ZERO_WIDTH_SPACE = '\u200B';
    public static final char ZERO_WIDTH_NON_JOINER = '\u200C';
    public static final char ZERO_WIDTH_JOINER = '\u200D';
    public static final char LEFT_TO_RIGHT_MARK = '\u200E';
    public static final char RIGHT_TO_LEFT_MARK = '\u200F';
    public static final char BYTE_ORDER_MARK = '\uFEFF';

    private ArabicChars() {
    }

    /**
     * The characters of {@code text} as an array, for a scan that reads each of them: String.charAt through
     * CharSequence checks its index and the string's coding at every character.
     */
    public static char[] toArray(CharSequence text) {
        if (text instanceof String string) return string.toCharArray();
        char[] chars = new char[text.length()];
        for (int i = 0; i < chars.length; i++) chars[i] = text.charAt(i);
        return chars;
    }

    /** Harakat, tanween, shadda, sukun, the superscript alef and the Quranic marks: none changes the letters. */
    public static boolean isDiacritic(char c) {
        return (c >= FATHATAN && c <= '\u065F') || c == SUPERSCRIPT_ALEF
                || (c >= '\u0610' && c <= '\u061A') || (c >= '\u06D6' && c <= '\u06ED');
    }

    /** A letter of the Arabic script proper (base block, supplement and extended-A), excluding marks and digits. */
    public static boolean isArabicLetter(char c) {
        return (c >= HAMZA && c <= YEH) || (c >= '\u066E' && c <= '\u06D3' && c != '\u06D4' && c != SUPERSCRIPT_ALEF)
                || c == '\u06D5' || (c >= '\u06EE' && c <= '\u06FF' && (c < '\u06F0' || c > '\u06F9'))
                || (c >= '\u0750' && c <= '\u077F') || (c >= '\u08A0' && c <= '\u08C9');
    }

    /** Arabic-Indic (٠–٩) or extended/Persian (۰–۹) digit. */
    public static boolean isEasternDigit(char c) {
        return (c >= '\u0660' && c <= '\u0669') || (c >= '\u06F0' && c <= '\u06F9');
    }

    /** Its value 0–9 for ASCII, Arabic-Indic or Persian digits, else -1. */
    public static int digitValue(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= '\u0660' && c <= '\u0669') return c - '\u0660';
        if (c >= '\u06F0' && c <= '\u06F9') return c - '\u06F0';
        return -1;
    }

    /** Marks that steer bidirectional layout and have no content of their own. */
    public static boolean isBidiControl(char c) {
        return c == LEFT_TO_RIGHT_MARK || c == RIGHT_TO_LEFT_MARK || c == ARABIC_LETTER_MARK
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /** Zero-width characters that only affect joining or line breaking, and a stray byte-order mark. */
    public static boolean isZeroWidth(char c) {
        return c == ZERO_WIDTH_SPACE || c == ZERO_WIDTH_NON_JOINER || c == ZERO_WIDTH_JOINER
                || c == '\u2060' || c == BYTE_ORDER_MARK || c == '\u00AD';
    }

    /** Presentation forms A and B: contextual glyph code points that old pages and PDFs emit. */
    public static boolean isPresentationForm(char c) {
        return (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFC');
    }

    /** A line or paragraph break: LF, CR, and the Unicode line and paragraph separators. */
    public static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }

    /** Space characters that are not line breaks, including the no-break spaces. */
    public static boolean isHorizontalSpace(char c) {
        return c == ' ' || c == '\t' || c == NO_BREAK_SPACE || c == NARROW_NO_BREAK_SPACE || c == '\u2007'
                || c == '\u3000' || (c >= '\u2000' && c <= '\u200A') || c == '\u205F' || c == '\u1680'
                || c == '\u000B' || c == '\u000C';
    }
}
