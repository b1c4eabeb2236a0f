package org.marsad.pos;

import org.marsad.model.Token;
import org.marsad.text.MatchingKey;

import java.util.ArrayList;
import java.util.List;

import static org.marsad.text.ArabicChars.*;

/**
 * A line as the treebank tagger reads it, and where each of Marsad's tokens went. The Penn Arabic Treebank splits a
 * word's proclitics (و، ف، ب، ل، ك، س) and its pronoun suffix off as words of their own but keeps the article on its
 * noun (الرئيس), and its unvocalised text writes every hamza-carrying alef as a bare alef; Stanford's tagger was
 * trained on that, so the line is rewritten the same way before it is tagged.
 *
 * @param words     the words to tag
 * @param stemAt    for each token of the line, the index in {@code words} of the word that holds its stem
 * @param stemKeys  for each token of the line, the matching key of its stem, as the entity tagger's classes read it
 */
record TreebankWords(List<String> words, int[] stemAt, List<String> stemKeys) {
    private static final String ARTICLE = "ال";

    static TreebankWords of(String line, List<Token> tokens) {
        List<String> words = new ArrayList<>(tokens.size() * 2);
        int[] stemAt = new int[tokens.size()];
        List<String> stemKeys = new ArrayList<>(tokens.size());
        for (int t = 0; t < tokens.size(); t++) {
            Token token = tokens.get(t);
            boolean split = token.hasClitics() && token.stemEnd() > token.stemStart();
            int from = split ? token.stemStart() : token.start(), to = split ? token.stemEnd() : token.end();
            boolean article = false;
            if (split) {
                for (String proclitic : token.proclitics()) {
                    if (proclitic.equals(ARTICLE)) article = true;
                    else words.add(unvocalised(proclitic));
                }
            }
            stemAt[t] = words.size();
            words.add(unvocalised((article ? ARTICLE : "") + line.substring(from, to)));
            if (split && !token.enclitic().isEmpty()) words.add(unvocalised(token.enclitic()));
            stemKeys.add(MatchingKey.of(line, from, to));
        }
        return new TreebankWords(words, stemAt, stemKeys);
    }

    /** The word as the treebank's unvocalised text writes it: bare alefs, no diacritics, no tatweel. */
    static String unvocalised(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            switch (c) {
                case ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_MADDA, ALEF_WASLA -> out.append(ALEF);
                case TATWEEL -> { }
                default -> {
                    if (c < FATHATAN || c > SUKUN) out.append(c); // the harakat, as the treebank leaves them out
                }
            }
        }
        return out.toString();
    }
}
