package org.marsad.lexicon;

import java.util.Set;

/**
 * News agencies as bylines, datelines and credits name them ({@code news-agencies.txt}: واس، رويترز، أ ف ب، الفرنسية),
 * by matching key. Thread-safe: immutable.
 */
public final class NewsAgencies {
    private static final Set<String> KEYS = WordList.keys("news-agencies.txt");

    private NewsAgencies() {
    }

    /** Whether {@code key}, a matching key, names an agency of the list. */
    public static boolean contains(String key) {
        return KEYS.contains(key);
    }
}
