package org.marsad.lexicon;

import org.marsad.text.MatchingKey;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The words title phrases are made of ({@code title-words.txt}) and the portfolios of ministers
 * ({@code portfolios.txt}), by stem key: the article and clitics are the reader's business. How the words combine
 * into a title is the resolver's rule; the files say what each word does in it. Thread-safe: immutable.
 */
public final class TitleWords {

    /** What a word does in a title phrase; see {@code title-words.txt}. */
    public enum Kind { HEAD, GOVERNMENT, STATE, MINISTER, COUNTERPART, KING, PRINCE, GUARDIAN, COVENANT, CHANCELLOR }

    private static final class Arabic {
        static final TitleWords WORDS = new TitleWords(WordList.table("title-words.txt"),
                WordList.table("portfolios.txt"));
    }

    private final Map<String, Kind> kinds = new HashMap<>();
    private final Map<String, Role> portfolios = new HashMap<>();

    private TitleWords(Map<String, String> kinds, Map<String, String> portfolios) {
        kinds.forEach((word, kind) -> this.kinds.put(MatchingKey.of(word), Kind.valueOf(kind)));
        portfolios.forEach((word, role) -> this.portfolios.put(MatchingKey.of(word), Role.valueOf(role)));
    }

    /** The Arabic title words, loaded once. */
    public static TitleWords arabic() {
        return Arabic.WORDS;
    }

    /** What the word with stem key {@code stemKey} does in a title, if it is a title word. */
    public Optional<Kind> kind(String stemKey) {
        return Optional.ofNullable(kinds.get(stemKey));
    }

    /** Whether the word with stem key {@code stemKey} is a title word of kind {@code kind}. */
    public boolean is(String stemKey, Kind kind) {
        return kinds.get(stemKey) == kind;
    }

    /** The minister's role a portfolio makes (خارجية → foreign minister), if {@code stemKey} is one. */
    public Optional<Role> portfolio(String stemKey) {
        return Optional.ofNullable(portfolios.get(stemKey));
    }
}
