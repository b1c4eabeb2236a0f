package org.marsad.lexicon;

import java.util.HashSet;
import java.util.Set;

/**
 * Family names of the nisba kind (الغامدي، القثامي) that a tagger tends to leave off a full name
 * (فلان بن فلان القثامي): {@code family-names.txt}, learned from news by {@link FamilyNameLearner}
 * ({@code marsad lexicon family-names}). Looked up by stem key, without the article. Thread-safe: immutable.
 */
public final class FamilyNames {
    private static final Set<String> STEMS = stems();

    private FamilyNames() {
    }

    /** Whether {@code stemKey}, a matching key without the article, is one of the names. */
    public static boolean contains(String stemKey) {
        return STEMS.contains(stemKey);
    }

    private static Set<String> stems() {
        Set<String> stems = new HashSet<>();
        for (String key : WordList.keys("family-names.txt")) {
            if (!key.startsWith("ال")) throw new IllegalStateException("family-names.txt: " + key + " has no article");
            stems.add(key.substring(2));
        }
        return Set.copyOf(stems);
    }
}
