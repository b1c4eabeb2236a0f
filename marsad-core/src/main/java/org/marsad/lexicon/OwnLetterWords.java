package org.marsad.lexicon;

import java.util.Set;

import org.marsad.model.Token;
import org.marsad.text.MatchingKey;

/**
 * Words whose first letter ب، ل or و is their own, not a clitic written on them (بنجلاديش، باتريك، واتفورد), and
 * words whose كال is no "like the" (كاليفورنيا):
 * {@code own-letter-words.txt}, learned from news by {@link OwnLetterWordLearner} ({@code marsad lexicon
 * own-letter-words}). The clitic rules take such a letter off; a name that begins with one of these words keeps it.
 * Looked up by matching key. Thread-safe: immutable.
 */
public final class OwnLetterWords {
    private static final Set<String> KEYS = WordList.keys("own-letter-words.txt");

    private OwnLetterWords() {
    }

    private static final Set<String> LETTERS = Set.of("ب", "ل", "و");

    /** Whether {@code key}, the matching key of a whole word from its ب، ل or و on, is one of the words. */
    public static boolean contains(String key) {
        return KEYS.contains(key);
    }

    /**
     * Whether the last clitic the clitic rules split off {@code token}, a ب، ل or و standing at {@code letterStart},
     * is the word's own letter: the word written from it to its end (a pronoun read on the end included: باناجه) is
     * one of the words, and no hamza follows the letter, since a foreign name's letter goes before a bare alef and
     * before a hamza it is a clitic (وأكشاي، بأحمد).
     */
    public static boolean splitOffOwnLetter(String text, Token token, int letterStart) {
        if (token.kind() != Token.Kind.WORD || token.proclitics().isEmpty()) return false;
        if (!LETTERS.contains(token.proclitics().get(token.proclitics().size() - 1))) return false;
        if (token.stemStart() < token.end() && isHamzaAlef(text.charAt(token.stemStart()))) return false;
        return contains(MatchingKey.of(text, letterStart, token.end()));
    }

    /**
     * Whether the ك and the article the clitic rules split off {@code token} ("like the") are the first letters of a
     * foreign name (كاليفورنيا، كالديرون): the whole word is one of the words.
     */
    public static boolean keepsItsKaf(String text, Token token) {
        return token.kind() == Token.Kind.WORD && token.proclitics().size() == 2
                && token.proclitics().get(0).equals("ك") && token.proclitics().get(1).equals("ال")
                && contains(MatchingKey.of(text, token.start(), token.end()));
    }

    /** أ، إ، آ: a word of Arabic after a clitic, where a foreign name's letter goes before a bare alef. */
    public static boolean isHamzaAlef(char c) {
        return c == 'أ' || c == 'إ' || c == 'آ';
    }
}
