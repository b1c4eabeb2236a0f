package org.marsad.lexicon;

import org.marsad.text.MatchingKey;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The words institution names are made of and end at, by stem key: heads and the forms in which they begin a name
 * ({@code institution-heads.txt}), words before a head that make it an ordinary noun
 * ({@code institution-not-after.txt}), adjectives of names ({@code institution-adjectives.txt}), words that end a
 * name ({@code institution-stops.txt}), titles that begin a person's name ({@code personal-titles.txt}) and
 * genitives that make an ordinary phrase with any head ({@code generic-genitives.txt}). How they combine is the
 * resolver's rule. Thread-safe: immutable.
 */
public final class InstitutionWords {

    /** How a head may be written to begin a name: in construct (وزارة الخارجية) or with the article (المتحف الروسي). */
    public enum Form { CONSTRUCT, DEFINITE }

    private static final class Arabic {
        static final InstitutionWords WORDS = new InstitutionWords();
    }

    private final Map<String, Set<Form>> heads = new HashMap<>();
    private final Map<String, Set<String>> notAfter = new HashMap<>();
    private final Set<String> adjectives = WordList.keys("institution-adjectives.txt");
    private final Set<String> stops = WordList.keys("institution-stops.txt");
    private final Set<String> personalTitles = WordList.keys("personal-titles.txt");
    private final Set<String> genericGenitives = WordList.keys("generic-genitives.txt");

    private InstitutionWords() {
        WordList.table("institution-heads.txt").forEach((head, forms) -> {
            Set<Form> parsed = EnumSet.noneOf(Form.class);
            for (String form : forms.split(",")) parsed.add(Form.valueOf(form.strip()));
            heads.put(MatchingKey.of(head), Set.copyOf(parsed));
        });
        WordList.table("institution-not-after.txt").forEach((head, word) ->
                notAfter.computeIfAbsent(MatchingKey.of(head), k -> new HashSet<>()).add(MatchingKey.of(word)));
    }

    /** The Arabic institution words, loaded once. */
    public static InstitutionWords arabic() {
        return Arabic.WORDS;
    }

    /** The forms in which the word with stem key {@code stemKey} heads a name; empty when it is no head. */
    public Set<Form> headForms(String stemKey) {
        return heads.getOrDefault(stemKey, Set.of());
    }

    /** Whether {@code stemKey} is a head in any form. */
    public boolean isHead(String stemKey) {
        return heads.containsKey(stemKey);
    }

    /** Words that, right before the head {@code headKey}, make it an ordinary noun (على before هيئة). */
    public Set<String> notAfter(String headKey) {
        return notAfter.getOrDefault(headKey, Set.of());
    }

    public boolean isAdjective(String stemKey) {
        return adjectives.contains(stemKey);
    }

    public boolean isStop(String stemKey) {
        return stops.contains(stemKey);
    }

    public boolean isPersonalTitle(String stemKey) {
        return personalTitles.contains(stemKey);
    }

    public boolean isGenericGenitive(String stemKey) {
        return genericGenitives.contains(stemKey);
    }
}
