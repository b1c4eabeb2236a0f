package org.marsad.lexicon;

import java.util.Set;

/**
 * Honorifics written with the article right before a person's name, which belong to the name's mention (السيد،
 * الشيخ، الدكتور, and bare الرئيس): {@code honorifics.txt}, by stem key. Thread-safe: immutable.
 */
public final class Honorifics {
    private static final Set<String> WORDS = WordList.keys("honorifics.txt");

    private Honorifics() {
    }

    /** Whether the word with stem key {@code stemKey}, written with the article, is an honorific. */
    public static boolean contains(String stemKey) {
        return WORDS.contains(stemKey);
    }
}
