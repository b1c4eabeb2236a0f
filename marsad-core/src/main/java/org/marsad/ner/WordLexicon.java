package org.marsad.ner;

/**
 * What the features read of a word in the {@link Gazetteer} and the {@link WordClusters}, under one index: the lists
 * the word is on, its word classes and the most words of a gazetteer phrase it begins. One lookup then does the work
 * of three hash maps, and it is keyed by the hash of the word that the features compute anyway
 * ({@link FeatureHashing#value}), so it hashes nothing; the word itself is compared only on a hit, so the answers are
 * exactly the maps' answers. Immutable; thread-safe.
 */
final class WordLexicon {
    /** A word on no list, in no class, beginning no phrase. */
    static final int ABSENT = -1;

    private final long[] hashes;
    private final String[] words;
    private final int[] lists;
    private final int[][] classes;
    private final int[] longestPhrases;
    private final int mask;
    private final int shift;

    WordLexicon(Gazetteer gazetteer, WordClusters clusters) {
        java.util.Set<String> all = new java.util.HashSet<>(gazetteer.phrases().keySet());
        all.addAll(clusters.all().keySet());
        all.addAll(gazetteer.phraseBeginnings());
        int capacity = Integer.highestOneBit(Math.max(16, 2 * all.size()) - 1) << 1;
        hashes = new long[capacity];
        words = new String[capacity];
        lists = new int[capacity];
        classes = new int[capacity][];
        longestPhrases = new int[capacity];
        mask = capacity - 1;
        shift = 64 - Integer.numberOfTrailingZeros(capacity);
        for (String word : all) {
            int slot = home(FeatureHashing.value(word));
            while (words[slot] != null) slot = (slot + 1) & mask;
            hashes[slot] = FeatureHashing.value(word);
            words[slot] = word;
            lists[slot] = gazetteer.lists(word);
            classes[slot] = clusters.of(word);
            longestPhrases[slot] = gazetteer.longestPhraseFrom(word);
        }
    }

    private int home(long hash) {
        return (int) ((hash * 0x9E3779B97F4A7C15L) >>> shift);
    }

    /** The entry of {@code word}, whose {@link FeatureHashing#value} is {@code hash}, or {@link #ABSENT}. */
    int find(String word, long hash) {
        return find(word, 0, hash);
    }

    /** The entry of {@code word.substring(from)}, whose {@link FeatureHashing#value} is {@code hash}. */
    int find(String word, int from, long hash) {
        for (int slot = home(hash); words[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash && words[slot].length() == word.length() - from
                    && word.startsWith(words[slot], from)) {
                return slot;
            }
        }
        return ABSENT;
    }

    /** The lists of an entry as {@link Gazetteer#lists} gives them; 0 for {@link #ABSENT}. */
    int lists(int entry) {
        return entry == ABSENT ? 0 : lists[entry];
    }

    /** The classes of an entry as {@link WordClusters#of} gives them; null for {@link #ABSENT}. */
    int[] classes(int entry) {
        return entry == ABSENT ? null : classes[entry];
    }

    /** {@link Gazetteer#longestPhraseFrom} of an entry; 0 for {@link #ABSENT}. */
    int longestPhrase(int entry) {
        return entry == ABSENT ? 0 : longestPhrases[entry];
    }
}
