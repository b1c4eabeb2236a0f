package org.marsad.ner;

import java.util.Set;

/**
 * Whether two words are spellings of one foreign name, as Arabic transliterations of the same name drift: the
 * final vowel (لوكاشينكو / لوكاشينكا), one consonant where Arabic has several for a foreign sound
 * (بطرسبورج / بطرسبورغ), or one long vowel inside a long word (ميشوستين / ميشستين). Arabic words of a few letters
 * differ by one letter all the time (سلمان / سلمى، حامد / حامض), so the rule has guards:
 * <ul>
 *   <li>both words have at least {@value #MIN_LETTERS} letters, and the same first two letters;</li>
 *   <li>both carry the article or neither does;</li>
 *   <li>a changed letter must sound the same in a transliteration: ج غ ق ك، ت ط، س ص ث، ز ذ ظ، د ض; or, at the end,
 *       be a long vowel ا و ي in both words (not ة: روسيا / روسية are a place and an adjective);</li>
 *   <li>a long vowel may be missing only inside a word of at least {@value #MIN_LETTERS_FOR_MISSING_VOWEL} letters
 *       (سليمان / سلمان are two names), and not at its end (أوكرانيا / أوكراني are a place and an adjective);</li>
 *   <li>neither word is an everyday word that is also a name ({@link OrdinaryWords}).</li>
 * </ul>
 * Keys are word keys ({@link Words#wordKey}). Thread-safe: it has no state.
 */
final class NameVariants {
    static final int MIN_LETTERS = 5;
    static final int MIN_LETTERS_FOR_MISSING_VOWEL = 7;

    private static final String LONG_VOWELS = "اوي";
    private static final Set<String> SAME_SOUND = Set.of("جغقك", "تط", "سصث", "زذظ", "دض");

    private NameVariants() {
    }

    /** The same word, or two spellings of one foreign name. */
    static boolean sameName(String a, String b) {
        return a.equals(b) || areVariants(a, b);
    }

    static boolean areVariants(String a, String b) {
        boolean articleA = a.startsWith(Words.ARTICLE), articleB = b.startsWith(Words.ARTICLE);
        if (articleA != articleB) return false;
        if (articleA) {
            a = a.substring(Words.ARTICLE.length());
            b = b.substring(Words.ARTICLE.length());
        }
        if (a.equals(b) || a.length() < MIN_LETTERS || b.length() < MIN_LETTERS) return false;
        if (a.charAt(0) != b.charAt(0) || a.charAt(1) != b.charAt(1)) return false;
        if (OrdinaryWords.contains(a) || OrdinaryWords.contains(b)) return false;
        if (a.length() == b.length()) return oneLetterChanged(a, b);
        if (Math.abs(a.length() - b.length()) == 1) {
            return a.length() > b.length() ? oneInnerVowelMissing(a, b) : oneInnerVowelMissing(b, a);
        }
        return false;
    }

    private static boolean oneLetterChanged(String a, String b) {
        int changed = -1;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) == b.charAt(i)) continue;
            if (changed >= 0) return false;
            changed = i;
        }
        char x = a.charAt(changed), y = b.charAt(changed);
        if (changed == a.length() - 1 && LONG_VOWELS.indexOf(x) >= 0 && LONG_VOWELS.indexOf(y) >= 0) return true;
        for (String group : SAME_SOUND) {
            if (group.indexOf(x) >= 0 && group.indexOf(y) >= 0) return true;
        }
        return false;
    }

    private static boolean oneInnerVowelMissing(String longer, String shorter) {
        if (longer.length() < MIN_LETTERS_FOR_MISSING_VOWEL) return false;
        int i = 0;
        while (i < shorter.length() && longer.charAt(i) == shorter.charAt(i)) i++;
        // i is where the extra letter stands in the longer word; it must be a long vowel, inside the word
        if (i >= longer.length() - 1 || LONG_VOWELS.indexOf(longer.charAt(i)) < 0) return false;
        return longer.substring(i + 1).equals(shorter.substring(i));
    }
}
