package org.marsad.lang;

import org.marsad.lang.LanguageIdentifier.Detected;
import org.marsad.model.Span;
import org.marsad.text.ArabicChars;

/**
 * What the letters of an Arabic-script text say about its language, before any model is asked. Persian, Urdu and
 * Kurdish (Sorani) write with the Arabic alphabet plus letters of their own, and seldom use some letters Arabic
 * writes in nearly every sentence, so letter counts alone settle ordinary news. Each Arabic-script letter falls in
 * one {@link LetterClass}:
 * <ul>
 *   <li>a <em>sign of Arabic</em>: teh marbuta ة, alef maksura ى and the hamzas on alef أ إ, together about 6% of
 *       the letters of Arabic and 0.2% of those of Persian (Lingua's unigram models); each word-initial definite
 *       article ال counts as one more sign;</li>
 *   <li>a <em>Perso-Arabic letter</em>: پ چ ژ گ (sounds Arabic lacks), ی and ک (the Persian forms of yeh and kaf),
 *       ۀ, and ھ (Urdu, Kurdish). Arabic writes them only in foreign names and loanwords (an Iraqi چ or گ)
 *       or when typed on a Persian keyboard;</li>
 *   <li>a letter of Urdu alone (ٹ ڈ ڑ ں ہ ۂ ے ۓ) or of Sorani Kurdish alone (ڕ ڵ ێ ۆ ە);</li>
 *   <li>a letter of another language's extension of the script (Pashto, Sindhi, Uyghur…);</li>
 *   <li>a <em>common</em> letter: the rest of the Arabic alphabet, and ڤ ڨ ڭ (v and g in names and Maghreb words),
 *       alef wasla ٱ and the wavy-hamza alefs ٲ ٳ that some Arabic keyboards produce.</li>
 * </ul>
 * Of {@code n} Arabic-script letters, with {@code s} signs of Arabic and {@code f} letters Arabic does not use
 * (the Perso-Arabic, Urdu, Kurdish and other-language classes), the {@link #verdict} is
 * <ul>
 *   <li>{@link Verdict#ARABIC} when {@code s ≥ 4% of n} and {@code f ≤ s/2}. In one day of SaudiNewsNet, s is 7%
 *       or more in all but two of the 1,686 article texts (a poem with 2.6%, and a text of 18 letters), median
 *       12.5%, and f is 0 in all; in the 10,138 Tunisian articles of the ANT corpus s is at least 4.9%, median 13%,
 *       and f is above 0 in six (words typed with a Farsi yeh, Iranian names), at most 5.6% where s is 14.8%.
 *       Persian has f ≈ 10% in its standard spelling and 2.4% even where ی and ک are typed as Arabic ي and ك
 *       (پ چ ژ گ alone), so it would need 5% signs and more;</li>
 *   <li>{@link Verdict#NOT_ARABIC} when {@code f ≥ 2% of n} and {@code s ≤ 2% of n}: Persian has at least the 2.4%
 *       of پ چ ژ گ, Urdu and Sorani 30% and more; their signs are a few borrowed spellings and an occasional
 *       word-initial ال (البته, الان);</li>
 *   <li>{@link Verdict#UNSURE} otherwise, and whenever {@code n} is below {@value #MIN_LETTERS}: only then is a
 *       model worth its cost.</li>
 * </ul>
 * A text that is not Arabic is named by {@link #nonArabicLanguage}. Pure functions, no state.
 */
final class ArabicLetterRule {
    static final char TEH_MARBUTA = ArabicChars.TEH_MARBUTA;           // ة U+0629
    static final char ALEF_MAKSURA = ArabicChars.ALEF_MAKSURA;         // ى U+0649
    static final char ALEF_HAMZA_ABOVE = ArabicChars.ALEF_HAMZA_ABOVE; // أ U+0623
    static final char ALEF_HAMZA_BELOW = ArabicChars.ALEF_HAMZA_BELOW; // إ U+0625
    static final char ALEF = ArabicChars.ALEF;                         // ا U+0627, with LAM: the article ال
    static final char LAM = ArabicChars.LAM;                           // ل U+0644

    static final char PEH = '\u067E';                  // پ
    static final char TCHEH = '\u0686';                // چ
    static final char JEH = '\u0698';                  // ژ
    static final char GAF = '\u06AF';                  // گ
    static final char FARSI_YEH = '\u06CC';            // ی
    static final char KEHEH = '\u06A9';                // ک
    static final char HEH_WITH_YEH_ABOVE = '\u06C0';   // ۀ
    static final char HEH_DOACHASHMEE = '\u06BE';      // ھ

    static final char TTEH = '\u0679';                 // ٹ
    static final char DDAL = '\u0688';                 // ڈ
    static final char RREH = '\u0691';                 // ڑ
    static final char NOON_GHUNNA = '\u06BA';          // ں
    static final char HEH_GOAL = '\u06C1';             // ہ
    static final char HEH_GOAL_HAMZA = '\u06C2';       // ۂ
    static final char YEH_BARREE = '\u06D2';           // ے
    static final char YEH_BARREE_HAMZA = '\u06D3';     // ۓ

    static final char REH_SMALL_V_BELOW = '\u0695';    // ڕ
    static final char LAM_SMALL_V = '\u06B5';          // ڵ
    static final char YEH_SMALL_V = '\u06CE';          // ێ
    static final char OE = '\u06C6';                   // ۆ
    static final char AE = '\u06D5';                   // ە

    static final char VEH = '\u06A4';                  // ڤ
    static final char QAF_THREE_DOTS = '\u06A8';       // ڨ
    static final char NG = '\u06AD';                   // ڭ
    static final char ALEF_WASLA = ArabicChars.ALEF_WASLA;  // ٱ U+0671
    static final char ALEF_WAVY_HAMZA_ABOVE = '\u0672';     // ٲ
    static final char ALEF_WAVY_HAMZA_BELOW = '\u0673';     // ٳ

    /** Below this many Arabic-script letters the shares say too little: always {@link Verdict#UNSURE}. */
    static final int MIN_LETTERS = 20;
    /** Signs of Arabic, as a share of the Arabic-script letters, that an Arabic text has at least. */
    static final double MIN_ARABIC_SIGN_SHARE = 0.04;
    /** Letters Arabic does not use that an Arabic text may have per sign of Arabic, at most. */
    static final double MAX_FOREIGN_PER_SIGN = 0.5;
    /** Letters Arabic does not use, as a share, that a text not in Arabic has at least. */
    static final double MIN_FOREIGN_SHARE = 0.02;
    /** Signs of Arabic, as a share, that a text not in Arabic has at most. */
    static final double MAX_SIGN_SHARE_OUTSIDE_ARABIC = 0.02;
    /** The share of letters of Urdu alone, Kurdish alone or other languages that names a text for them. */
    static final double MIN_NAMING_SHARE = 0.01;

    static final Detected PERSIAN = new Detected("fa", "Persian");
    static final Detected URDU = new Detected("ur", "Urdu");
    /** Arabic-script Kurdish, which is nearly always Sorani (Central Kurdish, ISO 639-3 ckb). */
    static final Detected KURDISH = new Detected("ku", "Kurdish");

    /** What a letter says about the language of the text it is in; see the class comment. */
    enum LetterClass { NOT_ARABIC_SCRIPT, COMMON, SIGN_OF_ARABIC, PERSO_ARABIC, URDU, KURDISH, OTHER_LANGUAGE }

    /** What the letters of a text say: Arabic, not Arabic, or too little to tell. */
    enum Verdict { ARABIC, NOT_ARABIC, UNSURE }

    private ArabicLetterRule() {
    }

    static LetterClass classOf(char c) {
        if (ArabicChars.isPresentationForm(c)) return LetterClass.COMMON; // display text has them folded already
        if (!ArabicChars.isArabicLetter(c)) return LetterClass.NOT_ARABIC_SCRIPT;
        return switch (c) {
            case TEH_MARBUTA, ALEF_MAKSURA, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW -> LetterClass.SIGN_OF_ARABIC;
            case PEH, TCHEH, JEH, GAF, FARSI_YEH, KEHEH, HEH_WITH_YEH_ABOVE, HEH_DOACHASHMEE -> LetterClass.PERSO_ARABIC;
            case TTEH, DDAL, RREH, NOON_GHUNNA, HEH_GOAL, HEH_GOAL_HAMZA, YEH_BARREE, YEH_BARREE_HAMZA -> LetterClass.URDU;
            case REH_SMALL_V_BELOW, LAM_SMALL_V, YEH_SMALL_V, OE, AE -> LetterClass.KURDISH;
            case VEH, QAF_THREE_DOTS, NG, ALEF_WASLA, ALEF_WAVY_HAMZA_ABOVE, ALEF_WAVY_HAMZA_BELOW -> LetterClass.COMMON;
            default -> c <= ArabicChars.YEH ? LetterClass.COMMON : LetterClass.OTHER_LANGUAGE;
        };
    }

    /**
     * Whether {@code text[i]} begins a definite article ال inside {@code region}: an alef followed by lam at the
     * start of a word. A zero-width non-joiner does not start a word (Persian writes بین‌المللی with one).
     */
    static boolean startsDefiniteArticle(CharSequence text, int i, Span region) {
        if (text.charAt(i) != ALEF || i + 1 >= region.end() || text.charAt(i + 1) != LAM) return false;
        if (i == region.start()) return true;
        char before = text.charAt(i - 1);
        return !Character.isLetter(before) && before != ArabicChars.ZERO_WIDTH_NON_JOINER;
    }

    /** The rule of the class comment, applied to the Arabic-script letters counted in {@code counts}. */
    static Verdict verdict(LetterCounts counts) {
        int n = counts.arabicScript();
        if (n < MIN_LETTERS) return Verdict.UNSURE;
        int signs = counts.signsOfArabic();
        int foreign = counts.notUsedByArabic();
        if (signs >= MIN_ARABIC_SIGN_SHARE * n && foreign <= MAX_FOREIGN_PER_SIGN * signs) return Verdict.ARABIC;
        if (foreign >= MIN_FOREIGN_SHARE * n && signs <= MAX_SIGN_SHARE_OUTSIDE_ARABIC * n) return Verdict.NOT_ARABIC;
        return Verdict.UNSURE;
    }

    /**
     * The language of a text the letters say is not Arabic: whichever of Urdu, Kurdish and other languages has the
     * most letters of its own, if they are at least {@value #MIN_NAMING_SHARE} of the Arabic-script letters (a stray
     * ە in Persian names nothing), undetermined for other languages; Persian when none has.
     */
    static Detected nonArabicLanguage(LetterCounts counts) {
        int most = Math.max(counts.urdu(), Math.max(counts.kurdish(), counts.otherLanguage()));
        if (most == 0 || most < MIN_NAMING_SHARE * counts.arabicScript()) return PERSIAN;
        if (most == counts.urdu()) return URDU;
        if (most == counts.kurdish()) return KURDISH;
        return LanguageIdentifier.UNDETERMINED;
    }
}
