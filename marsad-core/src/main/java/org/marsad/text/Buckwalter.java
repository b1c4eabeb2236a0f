package org.marsad.text;

/**
 * Buckwalter transliteration back to Arabic script, for name lists published in it (NERAr). The table is the
 * standard one, with the extension for letters Arabic borrows to write foreign names (P پ, J چ, V ڤ, G گ).
 * Characters outside the table (spaces, digits, punctuation) are kept as they are.
 */
public final class Buckwalter {
    private static final String LATIN = "'|>&<}AbptvjHxd*rzs$SDTZEg_fqklmnhwYyFNKaui~o`{PJVG";
    private static final String ARABIC = "\u0621\u0622\u0623\u0624\u0625\u0626\u0627\u0628\u0629\u062A\u062B\u062C"
            + "\u062D\u062E\u062F\u0630\u0631\u0632\u0633\u0634\u0635\u0636\u0637\u0638\u0639\u063A\u0640\u0641"
            + "\u0642\u0643\u0644\u0645\u0646\u0647\u0648\u0649\u064A\u064B\u064C\u064D\u064E\u064F\u0650\u0651"
            + "\u0652\u0670\u0671\u067E\u0686\u06A4\u06AF";
    private static final char[] TABLE = new char[128];

    static {
        if (LATIN.length() != ARABIC.length()) throw new AssertionError("table sides differ");
        for (int i = 0; i < LATIN.length(); i++) TABLE[LATIN.charAt(i)] = ARABIC.charAt(i);
    }

    private Buckwalter() {
    }

    /** {@code transliterated} in Arabic script. */
    public static String toArabic(CharSequence transliterated) {
        StringBuilder arabic = new StringBuilder(transliterated.length());
        for (int i = 0; i < transliterated.length(); i++) {
            char c = transliterated.charAt(i);
            char mapped = c < TABLE.length ? TABLE[c] : 0;
            arabic.append(mapped != 0 ? mapped : c);
        }
        return arabic.toString();
    }
}
