package org.marsad.lexicon;

import org.marsad.model.Token;
import org.marsad.text.ArabicTokenizer;
import org.marsad.text.MatchingKey;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The key under which a word of a name is compared: the matching key of its stem, marked with {@link #ARTICLE} when
 * the word carries the article, so that الكرملين، والكرملين and بالكرملين share a key while كرملين does not. The
 * conjunction and prepositions never enter it. Name lists of the lexicon and names in a text meet under it.
 */
public final class WordKey {
    /** Marks a key whose word carries the article: a string no stem key contains. */
    public static final String ARTICLE = "ال+";

    private static final ArabicTokenizer TOKENIZER = new ArabicTokenizer();

    private WordKey() {
    }

    /** The matching key of token {@code t}'s stem. */
    public static String stemKey(CharSequence text, Token t) {
        return MatchingKey.of(text, t.stemStart(), t.stemEnd());
    }

    /**
     * Whether the stem key {@code stemKey} ends as an adjective of relation does, in ي or ية (الأهلي، المركزية): the
     * form of nationalities, family names and most adjectives that close a name.
     */
    public static boolean isRelativeAdjective(String stemKey) {
        return stemKey.endsWith("ي") || stemKey.endsWith("يه");
    }

    /** Whether token {@code t} carries the article. */
    public static boolean hasArticle(Token t) {
        return t.proclitics().contains("ال");
    }

    /** The word key of token {@code t} of {@code text}. */
    public static String of(CharSequence text, Token t) {
        String stem = stemKey(text, t);
        return hasArticle(t) ? ARTICLE + stem : stem;
    }

    /** Whether token {@code t} is a word of letters (Arabic or Latin) with a stem: what a name can be made of. */
    public static boolean isWord(Token t) {
        return (t.kind() == Token.Kind.WORD || t.kind() == Token.Kind.LATIN) && t.stemStart() < t.stemEnd();
    }

    /** The word keys of a phrase of a list, or empty when the phrase has no word or a token that is none. */
    public static Optional<List<String>> ofPhrase(String phrase) {
        List<Token> tokens = TOKENIZER.tokenize(phrase);
        if (tokens.isEmpty()) return Optional.empty();
        List<String> keys = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            if (!isWord(t)) return Optional.empty();
            keys.add(of(phrase, t));
        }
        return Optional.of(List.copyOf(keys));
    }
}
