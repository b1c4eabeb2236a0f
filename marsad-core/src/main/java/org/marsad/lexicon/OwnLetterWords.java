package org.marsad.lexicon;

import java.util.Set;

/**
 * Words whose first letter ب or ل is their own, not a preposition written on them (بنجلاديش، باتريك، لاتسيو):
 * {@code own-letter-words.txt}, learned from news by {@link OwnLetterWordLearner} ({@code marsad lexicon
 * own-letter-words}). The clitic rules take such a letter off; a name that begins with one of these words keeps it.
 * Looked up by matching key. Thread-safe: immutable.
 */
public final class OwnLetterWords {
    private static final Set<String> KEYS = WordList.keys("own-letter-words.txt");

    private OwnLetterWords() {
    }

    /** Whether {@code key}, the matching key of a whole word from its ب or ل on, is one of the words. */
    public static boolean contains(String key) {
        return KEYS.contains(key);
    }
}
