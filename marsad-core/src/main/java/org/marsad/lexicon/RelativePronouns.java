package org.marsad.lexicon;

import org.marsad.model.Token;
import org.marsad.text.MatchingKey;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The relative pronouns (الذي، التي، الذين…): a clause follows them, and the word right after one that opens like a
 * verb of the present tense is that clause's verb far more often than a name (الذي ينبع، التي يمنى). Compared by
 * matching key, so الذى and التى are read as well, and with و or ف written on them (والذي). Thread-safe: immutable.
 */
public final class RelativePronouns {
    private static final Set<String> KEYS = Set.of("الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان",
            "اللواتي", "اللاتي", "اللائي").stream().map(MatchingKey::of).collect(Collectors.toUnmodifiableSet());
    /** The letters a verb of the present tense opens with: ي، ت، ن، أ. */
    private static final String PRESENT_PREFIXES = "يتنأ";

    private RelativePronouns() {
    }

    /**
     * Whether {@code word}, written right after {@code pronoun} on the same line, is a relative pronoun's verb: the
     * pronoun with no clitic but و or ف, the word bare and opening with a letter of the present tense.
     */
    public static boolean isVerbAfter(String text, Token pronoun, Token word) {
        if (pronoun.kind() != Token.Kind.WORD || word.kind() != Token.Kind.WORD) return false;
        if (!pronoun.proclitics().isEmpty() && !pronoun.proclitics().equals(List.of("و"))
                && !pronoun.proclitics().equals(List.of("ف"))) {
            return false;
        }
        if (!word.proclitics().isEmpty() || word.stemStart() >= word.stemEnd()) return false;
        if (text.substring(pronoun.end(), word.start()).indexOf('\n') >= 0) return false;
        return KEYS.contains(MatchingKey.of(text, pronoun.stemStart(), pronoun.stemEnd()))
                && PRESENT_PREFIXES.indexOf(text.charAt(word.stemStart())) >= 0;
    }
}
