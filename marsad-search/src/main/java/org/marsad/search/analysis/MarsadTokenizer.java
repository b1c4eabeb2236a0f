package org.marsad.search.analysis;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicStemmer;
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
 * بوتين stays بوتين) and, in the fields that ask for it, also without its suffix, so that spelling variants meet (أ/إ/آ → ا, ى → ي, ة → ه, tatweel and diacritics gone). Latin
 * words are lower-cased, numbers written in any digits become ASCII digits; punctuation and symbols are not
 * indexed. Offsets are the whole word's, clitics included, so that a highlight covers what was printed.
 */
public final class MarsadTokenizer extends Tokenizer {
    private static final ArabicTokenizer TOKENIZER = new ArabicTokenizer();

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private static final ArabicStemmer SUFFIXES = new ArabicStemmer();
    /** Shortest stem a suffix is taken from. */
    private static final int SHORTEST_STEM = 3;

    /** Other terms of the last word, indexed at its position: its form with a final ه, its stem without suffix. */
    private final java.util.ArrayDeque<String> samePosition = new java.util.ArrayDeque<>();
    private int wordStart, wordEnd;
    private final boolean suffixStems;

    /** A tokenizer that indexes each word's whole stem, and, with {@code suffixStems}, its stem without suffix. */
    public MarsadTokenizer(boolean suffixStems) {
        this.suffixStems = suffixStems;
    }
    private String text = "";
    private List<Token> tokens = List.of();
    private int next;

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        if (!samePosition.isEmpty()) {
            term.setEmpty().append(samePosition.poll());
            offset.setOffset(correctOffset(wordStart), correctOffset(wordEnd));
            position.setPositionIncrement(0);
            return true;
        }
        while (next < tokens.size()) {
            Token token = tokens.get(next++);
            String key = term(token);
            if (key.isEmpty()) continue;
            term.setEmpty().append(key);
            offset.setOffset(correctOffset(token.start()), correctOffset(token.end()));
            if (token.kind() == Token.Kind.WORD) alsoIndexed(token, key);
            return true;
        }
        return false;
    }

    /**
     * A word's other terms: a final ه is a pronoun (كتابه) or a teh marbuta typed without its dots (مدرسه), so the
     * form with it is indexed too; and, when asked, the stem without a suffix of number, gender or relation
     * (الدراسية، الدراسي → دراس; المستوطنين → مستوطن) by Lucene's Arabic suffix rules.
     */
    private void alsoIndexed(Token token, String key) {
        wordStart = token.start();
        wordEnd = token.end();
        if (token.enclitic().equals("ه")) samePosition.add(MatchingKey.of(text, token.stemStart(), token.end()));
        if (!suffixStems) return;
        char[] letters = key.toCharArray();
        int length = SUFFIXES.stemSuffix(letters, letters.length);
        if (length < letters.length && length >= SHORTEST_STEM) {
            String stem = new String(letters, 0, length);
            if (!samePosition.contains(stem)) samePosition.add(stem);
        }
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
        samePosition.clear();
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
