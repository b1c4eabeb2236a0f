package org.marsad.lexicon;

import java.util.Set;

/**
 * Everyday Arabic words that are also given names (سعيد "happy", كريم "generous"): {@code ordinary-words.txt}, by
 * stem key. A name made of one such word is never spread over an article nor taken for a spelling variant of a
 * look-alike. Thread-safe: immutable.
 */
public final class OrdinaryWords {
    private static final Set<String> WORDS = WordList.keys("ordinary-words.txt");

    private OrdinaryWords() {
    }

    /** Whether {@code stemKey}, a matching key without the article, is one of the words. */
    public static boolean contains(String stemKey) {
        return WORDS.contains(stemKey);
    }
}
