package org.marsad.resolve;

import org.marsad.lexicon.WordKey;

import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A key that the spellings of one foreign name share across articles (لوكاشينكو / لوكاشينكا, بطرسبورج / بطرسبورغ):
 * each word's bucket under {@link NameVariants}' rule. Unequal names may share a key, so it serves recall (a search
 * for a name finds the articles that spell it otherwise), never a verdict that two names are one.
 */
public final class SpellingKey {
    private SpellingKey() {
    }

    /** The key of a name or of one word of it; empty when it has no word. */
    public static Optional<String> of(String name) {
        return WordKey.ofPhrase(name)
                .map(keys -> keys.stream().map(NameVariants::blockingKey).collect(Collectors.joining(" ")));
    }
}
