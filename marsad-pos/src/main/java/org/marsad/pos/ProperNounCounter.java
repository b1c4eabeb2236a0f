package org.marsad.pos;

import edu.stanford.nlp.ling.HasWord;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import org.marsad.model.Token;
import org.marsad.text.ArabicTokenizer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts, for each stem key, its occurrences in the lines it is given and how many of them Stanford's Arabic
 * part-of-speech tagger tagged a proper noun (NNP, NNPS, with or without the article: DTNNP…). One counter per
 * thread: a tagger keeps state while it tags a sentence.
 */
final class ProperNounCounter {
    /** Stanford's Arabic tagger, trained on the Penn Arabic Treebank's unvocalised text. */
    static final String MODEL = "edu/stanford/nlp/models/pos-tagger/arabic.tagger";
    private static final ArabicTokenizer TOKENIZER = new ArabicTokenizer();

    private final MaxentTagger tagger;
    /** For each stem key: occurrences, then proper-noun tags. */
    private final Map<String, int[]> counts = new HashMap<>();
    private long wordsTagged;

    ProperNounCounter() {
        this.tagger = new MaxentTagger(MODEL);
    }

    void count(String line) {
        List<Token> tokens = TOKENIZER.tokenize(line);
        if (tokens.isEmpty()) return;
        TreebankWords treebank = TreebankWords.of(line, tokens);
        List<HasWord> words = new ArrayList<>(treebank.words().size());
        for (String w : treebank.words()) words.add(new Word(w));
        List<TaggedWord> tagged = tagger.tagSentence(words);
        wordsTagged += words.size();
        for (int t = 0; t < tokens.size(); t++) {
            if (tokens.get(t).kind() != Token.Kind.WORD) continue;
            int[] n = counts.computeIfAbsent(treebank.stemKeys().get(t), k -> new int[2]);
            n[0]++;
            if (isProperNoun(tagged.get(treebank.stemAt()[t]).tag())) n[1]++;
        }
    }

    static boolean isProperNoun(String tag) {
        return tag.contains("NNP");
    }

    Map<String, int[]> counts() {
        return counts;
    }

    long wordsTagged() {
        return wordsTagged;
    }
}
