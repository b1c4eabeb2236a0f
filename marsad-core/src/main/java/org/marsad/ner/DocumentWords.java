package org.marsad.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.model.Token;

/**
 * The words of a document for tagging, each distinct word analysed once: a news article writes the same words
 * again and again (a third of its tokens repeat one seen before), so a word's {@link WordAnalysis} (which
 * {@link WordAnalyses} may keep from an earlier document) is found for its first occurrence only. Words are numbered
 * in order of first occurrence; the document is the sequence of those numbers, sentence after sentence.
 * Built for one tagging; not thread-safe.
 */
final class DocumentWords {
    /** The distinct word of each position, sentence after sentence. */
    final int[] ids;
    /** Sentence s is positions {@code [sentenceStarts[s], sentenceStarts[s + 1])}. */
    final int[] sentenceStarts;
    /** By distinct word. */
    final WordAnalysis[] words;
    /** The number of the word's stem among the stems that vote ({@link DocumentVotes}), or -1. */
    final int[] voters;
    int voterCount;
    private int distinct;
    /** Working memory for analysing the words no earlier document kept. */
    private WordAnalyses.Scratch scratch;
    /** Slot to voter + 1, 0 for empty; by voter, the first word with its stem. */
    private int[] voterSlots, voterWords;

    private DocumentWords(int positions, int sentences) {
        ids = new int[positions];
        sentenceStarts = new int[sentences + 1];
        int capacity = positions; // no more distinct words than words
        words = new WordAnalysis[capacity];
        voters = new int[capacity];
    }

    int sentences() {
        return sentenceStarts.length - 1;
    }

    int distinct() {
        return distinct;
    }

    /** The number of words of the longest sentence. */
    int longestSentence() {
        int longest = 0;
        for (int s = 0; s < sentences(); s++) longest = Math.max(longest, sentenceStarts[s + 1] - sentenceStarts[s]);
        return longest;
    }

    /** Sentences of words already analysed, as training and evaluation files give them. */
    static DocumentWords of(List<List<Word>> sentences, WordAnalyses analyses) {
        int positions = 0;
        for (List<Word> sentence : sentences) positions += sentence.size();
        DocumentWords document = new DocumentWords(positions, sentences.size());
        Map<Word, Integer> seen = new HashMap<>();
        int at = 0;
        for (int s = 0; s < sentences.size(); s++) {
            document.sentenceStarts[s] = at;
            for (Word word : sentences.get(s)) {
                Integer id = seen.get(word);
                if (id == null) {
                    id = document.add(analyses.analyse(word, document.scratch()));
                    seen.put(word, id);
                }
                document.ids[at++] = id;
            }
        }
        document.sentenceStarts[sentences.size()] = at;
        return document;
    }

    /**
     * The tokens of an article text, sentence s being {@code tokens[from[s], to[s])}. Two tokens are the same word
     * when they are written alike and split alike into clitics and stem, which makes their analyses equal.
     */
    static DocumentWords of(String text, List<Token> tokens, int[] from, int[] to, WordAnalyses analyses) {
        int positions = 0;
        for (int s = 0; s < from.length; s++) positions += to[s] - from[s];
        DocumentWords document = new DocumentWords(positions, from.length);
        TokenTable seen = new TokenTable(text, Math.max(16, positions));
        int at = 0;
        for (int s = 0; s < from.length; s++) {
            document.sentenceStarts[s] = at;
            for (int t = from[s]; t < to[s]; t++) {
                Token token = tokens.get(t);
                int hash = WordAnalyses.hash(text, token);
                int id = seen.find(token, hash);
                if (id < 0) {
                    id = document.add(analyses.of(text, token, hash, document.scratch()));
                    seen.put(token, hash, id);
                }
                document.ids[at++] = id;
            }
        }
        document.sentenceStarts[from.length] = at;
        return document;
    }

    private WordAnalyses.Scratch scratch() {
        if (scratch == null) scratch = new WordAnalyses.Scratch();
        return scratch;
    }

    private int add(WordAnalysis analysis) {
        int id = distinct++;
        words[id] = analysis;
        voters[id] = DocumentVotes.mayVote(analysis.word()) ? voter(id, analysis.stemHash()) : -1;
        return id;
    }

    /**
     * The number of the stem of word {@code id} among the stems that vote, numbered in order of first occurrence;
     * the stems are found again by their hash, and compared.
     */
    private int voter(int id, long stemHash) {
        if (voterSlots == null) {
            voterSlots = new int[Integer.highestOneBit(Math.max(16, 2 * ids.length) - 1) << 1];
            voterWords = new int[ids.length];
        }
        int mask = voterSlots.length - 1, shift = 64 - Integer.numberOfTrailingZeros(voterSlots.length);
        String stem = words[id].word().stemKey();
        for (int slot = (int) (stemHash * 0x9E3779B97F4A7C15L >>> shift); ; slot = (slot + 1) & mask) {
            int voter = voterSlots[slot] - 1;
            if (voter < 0) {
                voterSlots[slot] = voterCount + 1;
                voterWords[voterCount] = id;
                return voterCount++;
            }
            int first = voterWords[voter];
            if (words[first].stemHash() == stemHash && words[first].word().stemKey().equals(stem)) return voter;
        }
    }

    /**
     * Tokens already seen, by what makes their analysis: the characters, the kind and the clitic split. Open
     * addressing over a hash of the characters, comparing against the text itself, so that finding a word seen
     * before builds no string.
     */
    private static final class TokenTable {
        private final String text;
        /** Slot to word id + 1, 0 for empty. */
        private final int[] slots;
        /** By word id: the token first seen as it. */
        private Token[] tokens = new Token[16];
        private final int mask;
        private final int shift;

        TokenTable(String text, int expected) {
            this.text = text;
            int capacity = Integer.highestOneBit(2 * expected - 1) << 1;
            slots = new int[capacity];
            mask = capacity - 1;
            shift = 32 - Integer.numberOfTrailingZeros(capacity);
        }

        int find(Token token, int hash) {
            for (int slot = home(hash); ; slot = (slot + 1) & mask) {
                int id = slots[slot] - 1;
                if (id < 0) return -1;
                if (same(tokens[id], token)) return id;
            }
        }

        /** Adds a token {@link #find} did not find. */
        void put(Token token, int hash, int id) {
            int slot = home(hash);
            while (slots[slot] != 0) slot = (slot + 1) & mask;
            slots[slot] = id + 1;
            if (id >= tokens.length) tokens = java.util.Arrays.copyOf(tokens, 2 * tokens.length);
            tokens[id] = token;
        }

        /** The top bits of a multiplicative hash of {@link WordAnalyses#hash}, as many as the table has slots. */
        private int home(int hash) {
            return (hash * 0x9E3779B9) >>> shift;
        }

        private boolean same(Token a, Token b) {
            return WordAnalyses.sameSplit(a, b) && text.regionMatches(a.start(), text, b.start(), a.length());
        }
    }
}
