package org.marsad.lexicon;

import java.util.Set;

/**
 * Nouns that can be the subject of a cue of speech without naming anyone: unnamed sources, office holders,
 * bodies and documents ({@code speaker-nouns.txt}), by stem key. Thread-safe: immutable.
 */
public final class SpeakerNouns {
    private static final Set<String> WORDS = WordList.keys("speaker-nouns.txt");

    private SpeakerNouns() {
    }

    /** Whether the word with stem key {@code stemKey} can head the description of a speaker. */
    public static boolean contains(String stemKey) {
        return WORDS.contains(stemKey);
    }
}
