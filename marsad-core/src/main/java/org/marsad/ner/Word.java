package org.marsad.ner;

import org.marsad.model.Token;
import org.marsad.text.ArabicTokenizer;
import org.marsad.text.MatchingKey;

import java.util.List;

/**
 * What the tagger's features read of one token: its matching key, the key of its stem between the clitics, the
 * clitics themselves and its kind. The same analysis serves a token of an article and a word of a training file,
 * so the model sees both alike.
 *
 * @param proclitics the proclitics in matching form joined by '+' ("و+ال"), or ""
 */
public record Word(String key, String stemKey, String proclitics, String enclitic, Token.Kind kind) {
    private static final ArabicTokenizer TOKENIZER = new ArabicTokenizer();

    /** The analysis of a token of {@code text}. */
    public static Word of(CharSequence text, Token token) {
        String key = MatchingKey.of(text, token.start(), token.end());
        String stemKey = token.hasClitics() && token.stemEnd() > token.stemStart()
                ? MatchingKey.of(text, token.stemStart(), token.stemEnd()) : key;
        List<String> proclitics = token.proclitics();
        String joined = proclitics.isEmpty() ? "" : proclitics.size() == 1 ? proclitics.get(0)
                : String.join("+", proclitics);
        return new Word(key, stemKey, joined, token.enclitic(), token.kind());
    }

    /**
     * The analysis of a word of a training file. Such a word is what our tokenizer would give as one token; when
     * it gives several (a word glued to a hyphen), the word is taken whole, without clitics.
     */
    public static Word of(String word) {
        List<Token> tokens = TOKENIZER.tokenize(word);
        if (tokens.size() == 1 && tokens.get(0).start() == 0 && tokens.get(0).end() == word.length()) {
            return of(word, tokens.get(0));
        }
        Token.Kind kind = tokens.isEmpty() ? Token.Kind.OTHER : tokens.get(0).kind();
        String key = MatchingKey.of(word);
        return new Word(key, key, "", "", kind);
    }
}
