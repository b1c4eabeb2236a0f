package org.marsad.lang;

import org.marsad.model.Span;

/**
 * The letters of a stretch of text, counted by script and, for the Arabic script, by what they say about Arabic
 * ({@link ArabicLetterRule.LetterClass}). Digits, marks and punctuation are not letters; letters outside the
 * Basic Multilingual Plane are not counted (no script Arabic news mixes in lies there).
 *
 * @param letters        all letters, of any script
 * @param arabicScript   letters of the Arabic script
 * @param signsOfArabic  teh marbuta, alef maksura, hamza on alef, and one per word-initial definite article
 * @param persoArabic    letters Persian, Urdu and Kurdish share and Arabic does not use
 * @param urdu           letters of Urdu alone
 * @param kurdish        letters of Sorani Kurdish alone
 * @param otherLanguage  letters of other languages' extensions of the Arabic script
 */
record LetterCounts(int letters, int arabicScript, int signsOfArabic, int persoArabic, int urdu, int kurdish,
                    int otherLanguage) {
    static final LetterCounts NONE = new LetterCounts(0, 0, 0, 0, 0, 0, 0);

    static LetterCounts of(String text, Span span) {
        int letters = 0, arabicScript = 0, signs = 0, persoArabic = 0, urdu = 0, kurdish = 0, other = 0;
        for (int i = span.start(); i < span.end(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) { // ASCII first: the only other script most Arabic articles contain
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) letters++;
                continue;
            }
            switch (ArabicLetterRule.classOf(c)) {
                case NOT_ARABIC_SCRIPT -> {
                    if (Character.isLetter(c)) letters++;
                    continue;
                }
                case COMMON -> {
                    if (ArabicLetterRule.startsDefiniteArticle(text, i, span)) signs++;
                }
                case SIGN_OF_ARABIC -> signs++;
                case PERSO_ARABIC -> persoArabic++;
                case URDU -> urdu++;
                case KURDISH -> kurdish++;
                case OTHER_LANGUAGE -> other++;
            }
            letters++;
            arabicScript++;
        }
        return new LetterCounts(letters, arabicScript, signs, persoArabic, urdu, kurdish, other);
    }

    /** Letters of the Arabic script that Arabic does not use. */
    int notUsedByArabic() {
        return persoArabic + urdu + kurdish + otherLanguage;
    }

    /** Whether most letters, or half of them, are Arabic-script: a block Marsad may analyse. Ties go to Arabic. */
    boolean mostlyArabicScript() {
        return letters > 0 && 2 * arabicScript >= letters;
    }

    LetterCounts plus(LetterCounts other) {
        return new LetterCounts(letters + other.letters, arabicScript + other.arabicScript,
                signsOfArabic + other.signsOfArabic, persoArabic + other.persoArabic, urdu + other.urdu,
                kurdish + other.kurdish, otherLanguage + other.otherLanguage);
    }
}
