package org.marsad.ner;

import org.marsad.model.EntityType;
import org.marsad.model.Span;
import org.marsad.model.Token;
import org.marsad.text.NameStart;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the names in an article text with a {@link NerModel}: the article is one document, its sentences are
 * tagged in two passes, and each run of B-/I- labels becomes a {@link RecognizedName}. A name's span leaves out
 * the conjunction and preposition written before it (ولوكاشينكو → لوكاشينكو) but keeps the article, which belongs
 * to names such as الكرملين. Thread-safe.
 */
public final class NameRecognizer {
    private final NerModel model;

    public NameRecognizer(NerModel model) {
        this.model = model;
    }

    public List<RecognizedName> recognize(String text, List<Token> tokens, List<Span> sentences) {
        List<List<Token>> sentenceTokens = tokensBySentence(tokens, sentences);
        List<List<Word>> words = new ArrayList<>(sentenceTokens.size());
        Set<String> stems = new HashSet<>();
        for (List<Token> sentence : sentenceTokens) {
            List<Word> w = new ArrayList<>(sentence.size());
            for (Token token : sentence) {
                Word word = Word.of(text, token);
                w.add(word);
                stems.add(word.stemKey());
            }
            words.add(w);
        }
        List<int[]> labels = model.tag(words, Integer.MAX_VALUE / 2);
        List<RecognizedName> names = new ArrayList<>();
        for (int s = 0; s < words.size(); s++) {
            int[] l = labels.get(s);
            List<Token> sentence = sentenceTokens.get(s);
            for (int i = 0; i < l.length; i++) {
                if (l[i] == BioLabels.OUTSIDE) continue;
                EntityType type = BioLabels.type(l[i]);
                int j = i + 1;
                while (j < l.length && BioLabels.isInside(l[j]) && BioLabels.type(l[j]) == type) j++;
                Token first = sentence.get(i), last = sentence.get(j - 1);
                int start = nameStart(text, first, words.get(s).get(i), stems);
                int end = Math.max(start, last.stemEnd() > last.stemStart() ? last.stemEnd() : last.end());
                if (end > start) names.add(new RecognizedName(new Span(start, end), type));
                i = j - 1;
            }
        }
        return names;
    }

    /**
     * Where a name starting with {@code token} starts: after its conjunction and preposition, at its article if it
     * has one. A preposition the clitic rules kept (لبيلاروسيا) is left out too when the rest of the word is known
     * as a name: on a list, or written bare elsewhere in the article.
     */
    private int nameStart(String text, Token token, Word word, Set<String> articleStems) {
        if (!token.proclitics().isEmpty()) return NameStart.of(text, token); // the resolver's rule, too
        String stem = word.stemKey();
        // four letters at least after the clitic, as the resolver asks (Words): بحمد is no ب + حمد
        if (token.kind() == Token.Kind.WORD && stem.length() >= 5 && "وفبلك".indexOf(stem.charAt(0)) >= 0) {
            String rest = stem.substring(1);
            if (model.gazetteer().lists(rest) != 0 || articleStems.contains(rest)) {
                int second = token.start() + 1;
                while (second < token.end() && !Character.isLetter(text.charAt(second))) second++;
                return second;
            }
        }
        return token.start();
    }

    private static List<List<Token>> tokensBySentence(List<Token> tokens, List<Span> sentences) {
        List<List<Token>> bySentence = new ArrayList<>(sentences.size());
        int t = 0;
        for (Span sentence : sentences) {
            while (t < tokens.size() && tokens.get(t).start() < sentence.start()) t++;
            int from = t;
            while (t < tokens.size() && tokens.get(t).end() <= sentence.end()) t++;
            if (t > from) bySentence.add(tokens.subList(from, t));
        }
        return bySentence;
    }
}
