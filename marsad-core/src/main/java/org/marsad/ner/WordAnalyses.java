package org.marsad.ner;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.marsad.model.Token;

/**
 * The {@link WordAnalysis} of each word a model tags, kept across articles: news writes the same few tens of
 * thousands of words in article after article, and analysing a word (building its keys, several lookups, a hundred
 * features and their weights) costs more than finding it again. Words are kept by their letters as written and their
 * split into clitics and stem, so finding one builds nothing; a word is the same word wherever it is written alike
 * and split alike, which makes its analysis equal. The first {@link #CAPACITY} distinct words met are kept, after
 * which a word not kept is analysed again wherever it occurs: over a day of news, four lookups in five find the word
 * kept. A kept analysis is the one a new analysis would make, so what is kept changes no
 * label. Thread-safe: the table only grows, each slot filled once by compare-and-set.
 */
final class WordAnalyses {
    /** About 700 bytes a word kept (five sums of {@link TwoPassWeights#ENTRY} numbers, strings, entry): some 23 MB. */
    static final int CAPACITY = 1 << 15;

    private final FeatureExtractor extractor;
    private final TwoPassWeights weights;
    /** Open addressing, at most half full, so that a probe meets an empty slot soon. */
    private final AtomicReferenceArray<Kept> slots = new AtomicReferenceArray<>(2 * CAPACITY);
    private final AtomicInteger size = new AtomicInteger();
    private static final int SHIFT = 32 - Integer.numberOfTrailingZeros(2 * CAPACITY);

    /** A word kept: the letters and split it was found by, and its analysis. */
    private record Kept(int hash, String letters, Token token, WordAnalysis analysis) {
        boolean isWrittenAs(CharSequence text, Token t, int hash) {
            return this.hash == hash && sameSplit(token, t) && regionEquals(letters, text, t.start());
        }
    }

    /** The sums the edges of a sentence give a word in each place, where {@link WordAnalysis#sums} has a word's. */
    private final float[] edges = new float[WordAnalysis.SUMS];

    WordAnalyses(FeatureExtractor extractor, TwoPassWeights weights) {
        this.extractor = extractor;
        this.weights = weights;
        Scratch scratch = new Scratch();
        for (int place = 0; place < FeatureExtractor.PLACES; place++) {
            sum(scratch, FeatureExtractor.neighbourFeatures(place, null, 0, 0, 0, null, scratch.features, 0), edges,
                    WordAnalysis.at(place));
        }
    }

    /**
     * Both passes' sums of the features a word gets from the edge of its sentence at each place, from
     * {@link WordAnalysis#at} as in a word's sums: a word without a word there (the first word, the last) gets these.
     */
    float[] edges() {
        return edges;
    }

    /**
     * A hash of what makes a token's analysis: its letters, its kind and its split into clitics and stem; {@link #of}
     * takes it, and a caller that keeps tokens of its own may use it too.
     */
    static int hash(CharSequence text, Token token) {
        int h = token.kind().ordinal();
        h = 31 * h + (token.stemStart() - token.start());
        h = 31 * h + (token.end() - token.stemEnd());
        for (int i = token.start(); i < token.end(); i++) h = 31 * h + text.charAt(i);
        return h;
    }

    /** Whether two tokens, of any texts, are split alike: kind, clitics and where the stem lies. */
    static boolean sameSplit(Token a, Token b) {
        return a.length() == b.length() && a.kind() == b.kind()
                && a.stemStart() - a.start() == b.stemStart() - b.start()
                && a.end() - a.stemEnd() == b.end() - b.stemEnd()
                && a.proclitics().equals(b.proclitics()) && a.enclitic().equals(b.enclitic());
    }

    /** The analysis of {@code token} of {@code text}, whose {@link #hash} is {@code hash}; {@code scratch} to work in. */
    WordAnalysis of(CharSequence text, Token token, int hash, Scratch scratch) {
        int mask = slots.length() - 1;
        int home = (hash * 0x9E3779B9) >>> SHIFT;
        for (int slot = home; ; slot = (slot + 1) & mask) {
            Kept kept = slots.get(slot);
            if (kept == null) break;
            if (kept.isWrittenAs(text, token, hash)) return kept.analysis();
        }
        WordAnalysis analysis = analyse(Word.of(text, token), scratch);
        if (size.get() < CAPACITY) keep(text, token, hash, analysis, home, mask);
        return analysis;
    }

    private void keep(CharSequence text, Token token, int hash, WordAnalysis analysis, int home, int mask) {
        Kept kept = new Kept(hash, text.subSequence(token.start(), token.end()).toString(), token, analysis);
        for (int slot = home; ; slot = (slot + 1) & mask) {
            if (slots.compareAndSet(slot, null, kept)) {
                size.incrementAndGet();
                return;
            }
            if (slots.get(slot).isWrittenAs(text, token, hash)) return; // another thread kept it first
        }
    }

    private static boolean regionEquals(String letters, CharSequence text, int from) {
        for (int i = 0; i < letters.length(); i++) if (letters.charAt(i) != text.charAt(from + i)) return false;
        return true;
    }

    /** How many words are kept. */
    int size() {
        return size.get();
    }

    /** The analysis of {@code word}, made anew: for words given without their text (a training file's). */
    WordAnalysis analyse(Word word, Scratch scratch) {
        WordLexicon lexicon = extractor.lexicon();
        String stem = word.stemKey();
        long stemHash = FeatureHashing.value(stem);
        long keyHash = word.key() == stem ? stemHash : FeatureHashing.value(word.key()); // one string, no clitics
        int entry = lexicon.find(stem, stemHash);
        int rest = FeatureExtractor.mayBeUnglued(word)
                ? lexicon.find(stem, 1, FeatureHashing.value(stem, 1, stem.length())) : WordLexicon.ABSENT;
        int lists = lexicon.lists(entry), ungluedLists = lexicon.lists(rest);
        int[] classes = lexicon.classes(entry), ungluedClasses = lexicon.classes(rest);
        float[] sums = new float[WordAnalysis.SUMS];
        long[] features = scratch.features;
        sum(scratch, FeatureExtractor.wordFeatures(word, keyHash, stemHash, lists, classes, ungluedLists,
                ungluedClasses, features), sums, WordAnalysis.at(WordAnalysis.OWN));
        for (int place = 0; place < FeatureExtractor.PLACES; place++) {
            sum(scratch, FeatureExtractor.neighbourFeatures(place, word, keyHash, stemHash, lists, classes, features,
                    0), sums, WordAnalysis.at(place));
        }
        return new WordAnalysis(word, keyHash, stemHash, lists, classes, ungluedLists, ungluedClasses,
                lexicon.longestPhrase(entry), sums);
    }

    /** Writes both passes' sums of the weights of the scratch's first {@code count} features to {@code sums[at...]}. */
    private void sum(Scratch scratch, int count, float[] sums, int at) {
        scratch.touched += weights.sumFeatures(scratch.features, count, scratch.slots, sums, at);
    }

    /** Working memory for analysing words: one per thread at a time. */
    static final class Scratch {
        final long[] features = FeatureExtractor.featureBuffer();
        final int[] slots = new int[features.length];
        /** What {@link TwoPassWeights#sumFeatures} returns, kept only so that its loads stay. */
        float touched;
    }
}
