package org.marsad.lexicon;

import java.util.Set;

/**
 * The relative pronouns (الذي، التي، الذين…), as written: a clause follows them, so the word right after one is its
 * verb far more often than a name (الذي ينبع، التي يمنى). Thread-safe: immutable.
 */
public final class RelativePronouns {
    private static final Set<String> WRITTEN = Set.of("الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان",
            "اللواتي", "اللاتي", "اللائي");

    private RelativePronouns() {
    }

    /** Whether {@code word}, as written, is a relative pronoun. */
    public static boolean contains(String word) {
        return WRITTEN.contains(word);
    }

    /** Whether a word as written opens with a prefix of the present tense (ي، ت، ن، أ), as a verb after one does. */
    public static boolean opensLikeAPresentVerb(String word) {
        return !word.isEmpty() && "يتنأ".indexOf(word.charAt(0)) >= 0;
    }
}
