package org.marsad.lexicon;

import java.util.Set;

/**
 * Nouns that can be the subject of a cue of speech: office holders, relatives, bodies and documents
 * ({@code speaker-nouns.txt}), and among them the heads of unnamed sources ({@code unnamed-sources.txt}: مصدر،
 * مصادر، خبراء), by stem key. Thread-safe: immutable.
 */
public final class SpeakerNouns {
    private static final Set<String> WORDS = WordList.keys("speaker-nouns.txt");
    private static final Set<String> UNNAMED = WordList.keys("unnamed-sources.txt");

    private SpeakerNouns() {
    }

    /** Whether the word with stem key {@code stemKey} can head the description of a speaker. */
    public static boolean contains(String stemKey) {
        return WORDS.contains(stemKey) || UNNAMED.contains(stemKey);
    }

    /** Whether the word with stem key {@code stemKey} heads the description of a source left unnamed. */
    public static boolean isUnnamedSource(String stemKey) {
        return UNNAMED.contains(stemKey);
    }
}
