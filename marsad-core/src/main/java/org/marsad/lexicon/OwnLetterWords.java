package org.marsad.lexicon;

import java.util.Set;

/**
 * Words whose first letter ب، ل or و is their own, not a clitic written on them (بنجلاديش، باتريك، واتفورد):
 * {@code own-letter-words.txt}, learned from news by {@link OwnLetterWordLearner} ({@code marsad lexicon
 * own-letter-words}). The clitic rules take such a letter off; a name that begins with one of these words keeps it.
 * Looked up by matching key. Thread-safe: immutable.
 */
public final class OwnLetterWords {
    private static final Set<String> KEYS = WordList.keys("own-letter-words.txt");

    private OwnLetterWords() {
    }

    /** Whether {@code key}, the matching key of a whole word from its ب، ل or و on, is one of the words. */
    public static boolean contains(String key) {
        return KEYS.contains(key);
    }
}
