package org.marsad.resolve;

import org.marsad.lexicon.OrdinaryWords;
import org.marsad.lexicon.WordKey;

import java.util.Set;

/**
 * Whether two words are spellings of one foreign name, as Arabic transliterations of the same name drift: the
 * final vowel (لوكاشينكو / لوكاشينكا), one consonant where Arabic has several for a foreign sound
 * (بطرسبورج / بطرسبورغ), one long vowel inside a long word (ميشوستين / ميشستين), or written on the other side of
 * the letter beside it (نتنياهو / نتيناهو). Arabic words of a few letters
 * differ by one letter all the time (سلمان / سلمى، حامد / حامض), so the rule has guards:
 * <ul>
 *   <li>both words have at least {@value #MIN_LETTERS} letters, and the same first letter; the same second letter
 *       too, unless it is the long vowel one of them leaves out (بينيتيز / بنيتيز);</li>
 *   <li>both carry the article or neither does;</li>
 *   <li>a changed letter must sound the same in a transliteration: ج غ ق ك، ت ط، س ص ث، ز ذ ظ، د ض; or, at the end,
 *       be a long vowel ا و ي in both words (not ة: روسيا / روسية are a place and an adjective);</li>
 *   <li>a long vowel may be missing, or swapped with the letter beside it, only inside a word of at least
 *       {@value #MIN_LETTERS_FOR_MISSING_VOWEL} letters
 *       (سليمان / سلمان are two names), and not at its end (أوكرانيا / أوكراني are a place and an adjective);</li>
 *   <li>neither word is an everyday word that is also a name ({@link OrdinaryWords}).</li>
 * </ul>
 * Keys are word keys ({@link Words#wordKey}). {@link #blockingKey} puts the words that may be spellings of one name
 * under one key, so that a caller compares only those. Thread-safe: it has no state.
 */
final class NameVariants {
    static final int MIN_LETTERS = 5;
    static final int MIN_LETTERS_FOR_MISSING_VOWEL = 7;

    private static final String LONG_VOWELS = "اوي";
    private static final Set<String> SAME_SOUND = Set.of("جغقك", "تط", "سصث", "زذظ", "دض");

    /** Blocking keys begin with one of these, so that the two kinds never meet. */
    private static final char EXACT = '=', WITH_ARTICLE = '+', WITHOUT_ARTICLE = '-';
    /** Stands in a blocking key for a final long vowel, which may change to another. */
    private static final char FINAL_LONG_VOWEL = '*';

    private NameVariants() {
    }

    /** The same word, or two spellings of one foreign name. */
    static boolean sameName(String a, String b) {
        return a.equals(b) || areVariants(a, b);
    }

    /**
     * A key that every spelling of a name shares: {@code sameName(a, b)} implies equal keys, so words can be put in
     * buckets by key and compared only within one. A word the rule only compares for equality (shorter than
     * {@value #MIN_LETTERS} letters, or an ordinary word) is its own key. Any other word keeps its article mark and
     * its first letter, which variants share; after it a letter of a same-sound group stands for the whole group, a
     * long vowel before the last letter is left out (it may be missing) and a last long vowel is one placeholder (it
     * may change). Unequal words may share a key: a bucket is no verdict.
     */
    static String blockingKey(String word) {
        boolean article = word.startsWith(WordKey.ARTICLE);
        String stem = article ? word.substring(WordKey.ARTICLE.length()) : word;
        if (stem.length() < MIN_LETTERS || OrdinaryWords.contains(stem)) return EXACT + word;
        StringBuilder key = new StringBuilder(stem.length() + 1).append(article ? WITH_ARTICLE : WITHOUT_ARTICLE);
        key.append(stem.charAt(0));
        int last = stem.length() - 1;
        for (int i = 1; i < last; i++) {
            char c = stem.charAt(i);
            if (LONG_VOWELS.indexOf(c) < 0) key.append(soundOf(c));
        }
        char c = stem.charAt(last);
        key.append(LONG_VOWELS.indexOf(c) >= 0 ? FINAL_LONG_VOWEL : soundOf(c));
        return key.toString();
    }

    /** Per Arabic-block letter, the first letter of its same-sound group, or 0: looked up for every letter keyed. */
    private static final char[] SOUNDS = new char[0x100];

    static {
        for (String group : SAME_SOUND) {
            for (int k = 0; k < group.length(); k++) SOUNDS[group.charAt(k) - 0x600] = group.charAt(0);
        }
    }

    /** The first letter of the same-sound group of {@code c}, or {@code c}. */
    private static char soundOf(char c) {
        char sound = c >= 0x600 && c < 0x700 ? SOUNDS[c - 0x600] : 0;
        return sound != 0 ? sound : c;
    }

    static boolean areVariants(String a, String b) {
        boolean articleA = a.startsWith(WordKey.ARTICLE), articleB = b.startsWith(WordKey.ARTICLE);
        if (articleA != articleB) return false;
        if (articleA) {
            a = a.substring(WordKey.ARTICLE.length());
            b = b.substring(WordKey.ARTICLE.length());
        }
        if (a.equals(b) || a.length() < MIN_LETTERS || b.length() < MIN_LETTERS) return false;
        if (a.charAt(0) != b.charAt(0)) return false;
        if (OrdinaryWords.contains(a) || OrdinaryWords.contains(b)) return false;
        if (a.length() == b.length()) {
            return a.charAt(1) == b.charAt(1) && oneLetterChanged(a, b) || longVowelSwapped(a, b);
        }
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

    /** A long vowel and the letter beside it written the other way round (نتنياهو / نتيناهو), in a long word. */
    private static boolean longVowelSwapped(String a, String b) {
        if (a.length() < MIN_LETTERS_FOR_MISSING_VOWEL) return false;
        int i = 0;
        while (i < a.length() && a.charAt(i) == b.charAt(i)) i++;
        if (i + 1 >= a.length() - 1 || a.charAt(i) != b.charAt(i + 1) || a.charAt(i + 1) != b.charAt(i)) return false;
        if (LONG_VOWELS.indexOf(a.charAt(i)) < 0 && LONG_VOWELS.indexOf(a.charAt(i + 1)) < 0) return false;
        return a.substring(i + 2).equals(b.substring(i + 2));
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
