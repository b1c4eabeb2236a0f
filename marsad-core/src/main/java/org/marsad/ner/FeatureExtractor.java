package org.marsad.ner;

import java.util.List;

/**
 * The observation features of each word of a sentence, as 64-bit ids ({@link FeatureHashing}). They read the word,
 * its stem between clitics, the clitics, the stem's first and last letters, its kind and length, two words on each
 * side, word pairs, the gazetteer lists of the word, its neighbours and any phrase it is part of, the rest of a word
 * that may carry an unsplit clitic, and the {@link WordClusters} classes of the word and its neighbours. What the
 * rest of the document says comes in through {@link #withVotes}. The previous label is not here: the model scores
 * label transitions itself.
 * <p>
 * {@link #VERSION} names this exact feature set, with the tokenizer's clitic rules it reads words through (set 6: a
 * preposition before a word whose و is a root letter is split, لوزارة → ل + وزارة, and words that only look like ب + a
 * verbal noun are kept whole, بنزرت، بنيامين، بنوك); a model records it, and a model trained with another set is refused
 * at load, since its weights would be read against the wrong ids.
 */
public final class FeatureExtractor {
    static final int VERSION = 6;

    private static final String START = "<s>", END = "</s>";
    private static final long START_HASH = FeatureHashing.value(START), END_HASH = FeatureHashing.value(END);
    private static final int BIAS = 0, KEY = 1, STEM = 2, PREFIX = 3, SUFFIX = 7, PROCLITICS = 11, ENCLITIC = 12,
            SHAPE = 13, KEY_LEFT1 = 14, KEY_LEFT2 = 15, KEY_RIGHT1 = 16, KEY_RIGHT2 = 17, STEM_LEFT1 = 18,
            STEM_RIGHT1 = 19, PAIR_LEFT = 20, PAIR_RIGHT = 21, LISTS = 22, LISTS_LEFT = 23, LISTS_RIGHT = 24,
            PHRASE_LISTS = 25, FIRST_WORD = 26, SUFFIX_LEFT1 = 27, STEM_LEFT2 = 28, STEM_RIGHT2 = 29,
            PROCLITICS_STEM = 30, UNGLUED = 31, UNGLUED_LISTS = 32, DOCUMENT = 33, DOCUMENT_PAIR = 34, CLUSTER = 36,
            CLUSTER_LEFT = 48, CLUSTER_RIGHT = 60, UNGLUED_CLUSTER = 72;
    /** A vote and the previous word's vote as one number; the last value stands for no previous vote. */
    private static final int PAIR_BASE = 64;
    static {
        if (DocumentVotes.DISTINCT >= PAIR_BASE) throw new AssertionError("votes do not fit the pair encoding");
    }

    /** The most word classes ({@link WordClusters#sizes}) the templates leave room for: CLUSTER to CLUSTER_LEFT. */
    public static final int MAX_CLASSES = 12;
    /**
     * More than a word can have: 30 fixed, 5 gazetteer lookups of two bits a list at most (a phrase's first word
     * and the words that continue it), 4 cluster lookups of {@link #MAX_CLASSES}.
     */
    private static final int MAX_FEATURES = 30 + 5 * 2 * Gazetteer.LIST_COUNT + 4 * MAX_CLASSES;
    private static final int AFFIX_LENGTHS = 4;

    private final Gazetteer gazetteer;
    private final WordClusters clusters;
    private final WordLexicon lexicon;

    public FeatureExtractor(Gazetteer gazetteer, WordClusters clusters) {
        this.gazetteer = gazetteer;
        this.clusters = clusters;
        this.lexicon = new WordLexicon(gazetteer, clusters);
    }

    WordLexicon lexicon() {
        return lexicon;
    }

    WordClusters clusters() {
        return clusters;
    }

    Gazetteer gazetteer() {
        return gazetteer;
    }

    /**
     * The features of a sentence with, for each word, what a first pass over the rest of its document said about it
     * ({@link DocumentVotes#NONE} for a word it says nothing about): the features of {@code local}, which are those
     * {@link #extract} gave for the sentence, plus the votes.
     */
    public static long[][] withVotes(long[][] local, int[] documentVotes) {
        long[][] features = new long[local.length][];
        for (int i = 0; i < local.length; i++) {
            if (documentVotes[i] == DocumentVotes.NONE) {
                features[i] = local[i];
                continue;
            }
            long[] f = java.util.Arrays.copyOf(local[i], local[i].length + 2);
            f[local[i].length] = voteFeature(documentVotes[i]);
            int previous = i > 0 ? documentVotes[i - 1] : DocumentVotes.NONE;
            f[local[i].length + 1] = votePairFeature(documentVotes[i], previous);
            features[i] = f;
        }
        return features;
    }

    /** The feature of a word's document vote, other than {@link DocumentVotes#NONE}. */
    static long voteFeature(int vote) {
        return FeatureHashing.of(DOCUMENT, vote);
    }

    /** The feature of a word's document vote with the previous word's, which may be {@link DocumentVotes#NONE}. */
    static long votePairFeature(int vote, int previousVote) {
        int previous = previousVote != DocumentVotes.NONE ? previousVote : PAIR_BASE - 1;
        return FeatureHashing.of(DOCUMENT_PAIR, vote * PAIR_BASE + previous);
    }

    /** The features of each word of a sentence, from the sentence alone. */
    public long[][] extract(List<Word> words) {
        SentenceFacts facts = new SentenceFacts();
        facts.read(words, this);
        long[][] features = new long[words.size()][];
        long[] buffer = new long[MAX_FEATURES];
        for (int i = 0; i < features.length; i++) {
            features[i] = java.util.Arrays.copyOf(buffer, features(facts, i, buffer));
        }
        return features;
    }

    /** A buffer that holds the features of any word: at least {@code MAX_FEATURES} long. */
    static long[] featureBuffer() {
        return new long[MAX_FEATURES];
    }

    /**
     * The features of word {@code i} of the sentence {@code facts} describe, written from the start of
     * {@code buffer} (see {@link #featureBuffer}); returns how many. The same ids, in the same order, as
     * {@link #extract} gives the word.
     */
    int features(SentenceFacts facts, int i, long[] buffer) {
        int count = wordFeatures(facts.words[i], facts.keys[i + 2], facts.stems[i + 2], facts.lists[i],
                facts.clusters[i], facts.ungluedLists[i], facts.ungluedClusters[i], buffer);
        return sentenceFeatures(facts, i, buffer, count);
    }

    /** The features a word's lists and classes give the word after it ({@code left}) or before it. */
    private static int neighbourFeatures(int lists, int[] classes, boolean left, long[] buffer, int count) {
        count = addBits(buffer, count, left ? LISTS_LEFT : LISTS_RIGHT, lists);
        if (classes != null) {
            int template = left ? CLUSTER_LEFT : CLUSTER_RIGHT;
            for (int g = 0; g < classes.length; g++) buffer[count++] = FeatureHashing.of(template + g, classes[g]);
        }
        return count;
    }

    /**
     * The first features {@link #features} gives a word, those that read the word alone (its key, stem, affixes,
     * clitics and shape, its lists and classes, and those of the rest of a word that may carry a clitic), written
     * from the start of {@code buffer}; returns how many. A word's score begins with their weights, so a tagger may
     * add those up once for each distinct word of a document. {@code keyHash} and {@code stemHash} are the
     * {@link FeatureHashing#value} of its key and stem key; the lists and classes are the lexicon's for the word and
     * for the rest of it (0 and null for none).
     */
    static int wordFeatures(Word w, long keyHash, long stemHash, int lists, int[] classes, int ungluedLists,
                            int[] ungluedClasses, long[] buffer) {
        int count = 0;
        String stem = w.stemKey();
        buffer[count++] = FeatureHashing.of(BIAS);
        buffer[count++] = FeatureHashing.ofHashed(KEY, keyHash);
        buffer[count++] = FeatureHashing.ofHashed(STEM, stemHash);
        for (int k = 1; k <= AFFIX_LENGTHS && k < stem.length(); k++) {
            buffer[count++] = FeatureHashing.of(PREFIX + k - 1, stem, 0, k);
            buffer[count++] = FeatureHashing.of(SUFFIX + k - 1, stem, stem.length() - k, stem.length());
        }
        buffer[count++] = FeatureHashing.of(PROCLITICS, w.proclitics());
        if (!w.proclitics().isEmpty()) {
            buffer[count++] = FeatureHashing.pair(PROCLITICS_STEM, FeatureHashing.value(w.proclitics()), stemHash);
        }
        buffer[count++] = FeatureHashing.of(ENCLITIC, w.enclitic());
        buffer[count++] = FeatureHashing.of(SHAPE, w.kind().ordinal() * 8 + Math.min(stem.length(), 7));
        count = addBits(buffer, count, LISTS, lists);
        if (classes != null) {
            for (int g = 0; g < classes.length; g++) buffer[count++] = FeatureHashing.of(CLUSTER + g, classes[g]);
        }
        if (mayBeUnglued(w)) {
            buffer[count++] = FeatureHashing.of(UNGLUED, stem, 1, stem.length());
            count = addBits(buffer, count, UNGLUED_LISTS, ungluedLists);
            if (ungluedClasses != null) {
                for (int g = 0; g < ungluedClasses.length; g++) {
                    buffer[count++] = FeatureHashing.of(UNGLUED_CLUSTER + g, ungluedClasses[g]);
                }
            }
        }
        return count;
    }

    /**
     * The features {@link #features} gives word {@code i} after its {@link #wordFeatures}: the words around it,
     * the phrases it is part of, its neighbours' lists and classes; written to {@code buffer} from {@code count}.
     * Returns the count with them. The trainer adds weights in this order; a tagger may add the same features in
     * parts ({@link #placeFeatures}, {@link #neighbourFeatures(int, Word, long, long, int, int[], long[], int)}).
     */
    int sentenceFeatures(SentenceFacts facts, int i, long[] buffer, int count) {
        Word[] words = facts.words;
        long[] keys = facts.keys, stems = facts.stems;
        int at = i + 2;
        buffer[count++] = FeatureHashing.ofHashed(KEY_LEFT1, keys[at - 1]);
        buffer[count++] = FeatureHashing.ofHashed(KEY_LEFT2, keys[at - 2]);
        buffer[count++] = FeatureHashing.ofHashed(KEY_RIGHT1, keys[at + 1]);
        buffer[count++] = FeatureHashing.ofHashed(KEY_RIGHT2, keys[at + 2]);
        buffer[count++] = FeatureHashing.ofHashed(STEM_LEFT1, stems[at - 1]);
        buffer[count++] = FeatureHashing.ofHashed(STEM_RIGHT1, stems[at + 1]);
        buffer[count++] = FeatureHashing.ofHashed(STEM_LEFT2, stems[at - 2]);
        buffer[count++] = FeatureHashing.ofHashed(STEM_RIGHT2, stems[at + 2]);
        buffer[count++] = FeatureHashing.pair(PAIR_LEFT, stems[at - 1], stems[at]);
        buffer[count++] = FeatureHashing.pair(PAIR_RIGHT, stems[at], stems[at + 1]);
        count = leftSuffix(i > 0 ? words[i - 1].stemKey() : START, buffer, count);
        count = addBits(buffer, count, PHRASE_LISTS, facts.phrases[i]);
        if (i == 0) buffer[count++] = FeatureHashing.of(FIRST_WORD);
        if (i > 0) count = neighbourFeatures(facts.lists[i - 1], facts.clusters[i - 1], true, buffer, count);
        if (i + 1 < facts.size) {
            count = neighbourFeatures(facts.lists[i + 1], facts.clusters[i + 1], false, buffer, count);
        }
        return count;
    }

    private static int leftSuffix(String left, long[] buffer, int count) {
        if (left.length() > 1) buffer[count++] = FeatureHashing.of(SUFFIX_LEFT1, left, left.length() - 1, left.length());
        return count;
    }

    /** Where a word stands to the word whose features it gives: right before it, two before, right after, two after. */
    static final int PREVIOUS = 0, BEFORE_PREVIOUS = 1, NEXT = 2, AFTER_NEXT = 3, PLACES = 4;

    /**
     * The part of {@link #sentenceFeatures} that reads word {@code i} with the words beside it or its place in the
     * sentence: its stem paired with each neighbour's, the phrases it is part of, whether it opens the sentence. The
     * rest reads one neighbour alone, and is {@link #neighbourFeatures(int, Word, long, long, int, int[], long[], int)}
     * of each word (or sentence edge) within two places.
     */
    int placeFeatures(SentenceFacts facts, int i, long[] buffer, int count) {
        long[] stems = facts.stems;
        int at = i + 2;
        buffer[count++] = FeatureHashing.pair(PAIR_LEFT, stems[at - 1], stems[at]);
        buffer[count++] = FeatureHashing.pair(PAIR_RIGHT, stems[at], stems[at + 1]);
        count = addBits(buffer, count, PHRASE_LISTS, facts.phrases[i]);
        if (i == 0) buffer[count++] = FeatureHashing.of(FIRST_WORD);
        return count;
    }

    /**
     * The features {@link #sentenceFeatures} gives a word from the word standing at {@code place} to it (with that
     * word's key and stem hashes, lists and classes), or, for a {@code null} word, from the edge of the sentence
     * there; written to {@code buffer} from {@code count}. Returns the count with them.
     */
    static int neighbourFeatures(int place, Word word, long keyHash, long stemHash, int lists, int[] classes,
                                 long[] buffer, int count) {
        boolean edge = word == null;
        if (edge) keyHash = stemHash = place < NEXT ? START_HASH : END_HASH;
        switch (place) {
            case PREVIOUS -> {
                buffer[count++] = FeatureHashing.ofHashed(KEY_LEFT1, keyHash);
                buffer[count++] = FeatureHashing.ofHashed(STEM_LEFT1, stemHash);
                count = leftSuffix(edge ? START : word.stemKey(), buffer, count);
                if (!edge) count = neighbourFeatures(lists, classes, true, buffer, count);
            }
            case BEFORE_PREVIOUS -> {
                buffer[count++] = FeatureHashing.ofHashed(KEY_LEFT2, keyHash);
                buffer[count++] = FeatureHashing.ofHashed(STEM_LEFT2, stemHash);
            }
            case NEXT -> {
                buffer[count++] = FeatureHashing.ofHashed(KEY_RIGHT1, keyHash);
                buffer[count++] = FeatureHashing.ofHashed(STEM_RIGHT1, stemHash);
                if (!edge) count = neighbourFeatures(lists, classes, false, buffer, count);
            }
            case AFTER_NEXT -> {
                buffer[count++] = FeatureHashing.ofHashed(KEY_RIGHT2, keyHash);
                buffer[count++] = FeatureHashing.ofHashed(STEM_RIGHT2, stemHash);
            }
            default -> throw new IllegalArgumentException("no such place: " + place);
        }
        return count;
    }

    /**
     * What the features of one sentence read of its words, looked up once for the sentence: the hashes of each
     * word's key and stem (with two start and two end markers around them), its gazetteer lists and phrases, its
     * word classes, and the lists and classes of the rest of a word that may carry an unsplit clitic. Reused from
     * sentence to sentence by one caller; not thread-safe.
     */
    static final class SentenceFacts {
        int size;
        Word[] words = new Word[0];
        /** Index {@code i + 2} for word i; two start markers before, two end markers after. */
        long[] keys = new long[4], stems = new long[4];
        int[] lists = new int[0], phrases = new int[0], ungluedLists = new int[0], longestPhrases = new int[0];
        int[][] clusters = new int[0][], ungluedClusters = new int[0][];

        /** Makes room for sentences of up to {@code n} words. */
        void reserve(int n) {
            if (words.length < n) {
                int capacity = Math.max(n, 2 * words.length);
                words = new Word[capacity];
                keys = new long[capacity + 4];
                stems = new long[capacity + 4];
                lists = new int[capacity];
                phrases = new int[capacity];
                ungluedLists = new int[capacity];
                longestPhrases = new int[capacity];
                clusters = new int[capacity][];
                ungluedClusters = new int[capacity][];
            }
        }

        /** Makes room for a sentence of {@code n} words and marks its bounds; the words' facts are left to fill. */
        private void resize(int n) {
            reserve(n);
            size = n;
            keys[0] = keys[1] = stems[0] = stems[1] = START_HASH;
            keys[n + 2] = keys[n + 3] = stems[n + 2] = stems[n + 3] = END_HASH;
        }

        /** The facts of {@code sentence}, each looked up in the extractor's lists and classes. */
        void read(List<Word> sentence, FeatureExtractor extractor) {
            int n = sentence.size();
            resize(n);
            WordLexicon lexicon = extractor.lexicon;
            for (int i = 0; i < n; i++) {
                Word w = sentence.get(i);
                String stem = w.stemKey();
                words[i] = w;
                keys[i + 2] = FeatureHashing.value(w.key());
                stems[i + 2] = FeatureHashing.value(stem);
                int entry = lexicon.find(stem, stems[i + 2]);
                lists[i] = lexicon.lists(entry);
                clusters[i] = lexicon.classes(entry);
                longestPhrases[i] = lexicon.longestPhrase(entry);
                int rest = mayBeUnglued(w) ? lexicon.find(stem, 1, FeatureHashing.value(stem, 1, stem.length()))
                        : WordLexicon.ABSENT;
                ungluedLists[i] = lexicon.lists(rest);
                ungluedClusters[i] = lexicon.classes(rest);
            }
            extractor.gazetteer.phraseMatches(words, longestPhrases, n, phrases);
        }

        /** The facts of the sentence {@code document} has at positions {@code [from, to)}, as it looked them up. */
        void read(DocumentWords document, int from, int to, Gazetteer gazetteer) {
            int n = to - from;
            resize(n);
            for (int i = 0; i < n; i++) {
                WordAnalysis word = document.words[document.ids[from + i]];
                words[i] = word.word();
                keys[i + 2] = word.keyHash();
                stems[i + 2] = word.stemHash();
                lists[i] = word.lists();
                clusters[i] = word.classes();
                ungluedLists[i] = word.ungluedLists();
                ungluedClusters[i] = word.ungluedClasses();
                longestPhrases[i] = word.longestPhrase();
            }
            gazetteer.phraseMatches(words, longestPhrases, n, phrases);
        }
    }

    /**
     * Whether a word may carry a clitic its analysis left on it: the clitic analysis keeps ب ل و ف ك before a
     * word it does not know (بايهود، لاسلام); a name seen bare in training is still recognised through the rest of
     * the word, which the features then read too.
     */
    static boolean mayBeUnglued(Word w) {
        String stem = w.stemKey();
        return w.proclitics().isEmpty() && w.kind() == org.marsad.model.Token.Kind.WORD && stem.length() >= 4
                && isUnstrippedClitic(stem.charAt(0));
    }

    private static boolean isUnstrippedClitic(char c) {
        return c == 'ب' || c == 'ل' || c == 'و' || c == 'ف' || c == 'ك';
    }

    private static int addBits(long[] buffer, int count, int template, int bits) {
        while (bits != 0) {
            int bit = Integer.numberOfTrailingZeros(bits);
            buffer[count++] = FeatureHashing.of(template, bit);
            bits &= bits - 1;
        }
        return count;
    }
}
