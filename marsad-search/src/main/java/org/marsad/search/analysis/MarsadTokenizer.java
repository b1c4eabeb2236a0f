package org.marsad.search.analysis;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.marsad.model.Token;
import org.marsad.text.ArabicTokenizer;
import org.marsad.text.MatchingKey;

import java.io.IOException;
import java.util.List;

/**
 * Marsad's tokens as a Lucene token stream: each Arabic word is indexed as the matching key of its stem (its
 * proclitics و ب ل ك ف ال and its enclitic pronoun set aside by {@link ArabicTokenizer}, which keeps a name whole:
 * بوتين stays بوتين), so that spelling variants meet (أ/إ/آ → ا, ى → ي, ة → ه, tatweel and diacritics gone). Latin
 * words are lower-cased, numbers written in any digits become ASCII digits; punctuation and symbols are not
 * indexed. Offsets are the whole word's, clitics included, so that a highlight covers what was printed.
 */
public final class MarsadTokenizer extends Tokenizer {
    private static final ArabicTokenizer TOKENIZER = new ArabicTokenizer();

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    /** The word with its final ه kept, indexed at the same position as the word without it; null when none. */
    private String withHeh;
    private int hehStart, hehEnd;
    private String text = "";
    private List<Token> tokens = List.of();
    private int next;

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        if (withHeh != null) {
            term.setEmpty().append(withHeh);
            offset.setOffset(correctOffset(hehStart), correctOffset(hehEnd));
            position.setPositionIncrement(0);
            withHeh = null;
            return true;
        }
        while (next < tokens.size()) {
            Token token = tokens.get(next++);
            String key = term(token);
            if (key.isEmpty()) continue;
            term.setEmpty().append(key);
            offset.setOffset(correctOffset(token.start()), correctOffset(token.end()));
            if (token.kind() == Token.Kind.WORD && token.enclitic().equals("ه")) {
                // a final ه is a pronoun (كتابه) or a teh marbuta typed without its dots (مدرسه): both are indexed
                withHeh = MatchingKey.of(text, token.stemStart(), token.end());
                hehStart = token.start();
                hehEnd = token.end();
            }
            return true;
        }
        return false;
    }

    /** What a token is indexed as, or the empty string for one that is not indexed. */
    private String term(Token token) {
        return switch (token.kind()) {
            case WORD -> MatchingKey.of(text, token.stemStart(), token.stemEnd());
            case LATIN -> text.substring(token.start(), token.end()).toLowerCase(java.util.Locale.ROOT);
            case NUMBER -> MatchingKey.of(text, token.start(), token.end());
            case PUNCTUATION, SYMBOL, OTHER -> "";
        };
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        // a field is one article at most (ten megabytes by default): it is read whole, as Marsad's tokenizer works
        StringBuilder all = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n; (n = input.read(buffer)) != -1; ) all.append(buffer, 0, n);
        text = all.toString();
        tokens = TOKENIZER.tokenize(text);
        next = 0;
        withHeh = null;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int last = correctOffset(text.length());
        offset.setOffset(last, last);
    }

    @Override
    public void close() throws IOException {
        super.close();
        text = "";
        tokens = List.of();
    }
}
