package org.marsad.ner;

/**
 * What the features read of a word in the {@link Gazetteer} and the {@link WordClusters}, under one index: the lists
 * the word is on, its word classes and the most words of a gazetteer phrase it begins. One lookup then does the work
 * of three hash maps, and it is keyed by the hash of the word that the features compute anyway
 * ({@link FeatureHashing#value}), so it hashes nothing; the word itself is compared only on a hit, so the answers are
 * exactly the maps' answers. Immutable; thread-safe.
 * <p>
 * A lookup is a few cache misses on a table evicted between articles, so an entry's hash, length, lists, longest
 * phrase and where its letters are sit side by side in one array of ints, and the letters of all words in one
 * string: a hit reads two places in memory (three with classes), where a table of strings reads the string and
 * then its array of letters.
 */
final class WordLexicon {
    /** A word on no list, in no class, beginning no phrase. */
    static final int ABSENT = -1;

    /** The ints of an entry: its hash (low, high), its length + 1 (0 for an empty slot), where its letters start. */
    private static final int HASH_LOW = 0, HASH_HIGH = 1, SIZE = 2, LETTERS = 3, LISTS = 4, LONGEST = 5, STRIDE = 6;

    /** {@code entries[slot * STRIDE + field]}. */
    private final int[] entries;
    /** The letters of every word, one after the other. */
    private final String letters;
    private final int[][] classes;
    private final int mask;
    private final int shift;

    WordLexicon(Gazetteer gazetteer, WordClusters clusters) {
        java.util.Set<String> all = new java.util.HashSet<>(gazetteer.phrases().keySet());
        all.addAll(clusters.all().keySet());
        all.addAll(gazetteer.phraseBeginnings());
        int capacity = Integer.highestOneBit(Math.max(16, 2 * all.size()) - 1) << 1;
        entries = new int[capacity * STRIDE];
        classes = new int[capacity][];
        mask = capacity - 1;
        shift = 64 - Integer.numberOfTrailingZeros(capacity);
        StringBuilder pool = new StringBuilder();
        for (String word : all) {
            long hash = FeatureHashing.value(word);
            int slot = home(hash);
            while (entries[slot * STRIDE + SIZE] != 0) slot = (slot + 1) & mask;
            int at = slot * STRIDE;
            entries[at + HASH_LOW] = (int) hash;
            entries[at + HASH_HIGH] = (int) (hash >>> 32);
            entries[at + SIZE] = word.length() + 1;
            entries[at + LETTERS] = pool.length();
            entries[at + LISTS] = gazetteer.lists(word);
            entries[at + LONGEST] = gazetteer.longestPhraseFrom(word);
            classes[slot] = clusters.of(word);
            pool.append(word);
        }
        letters = pool.toString();
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
        int[] e = entries;
        int low = (int) hash, high = (int) (hash >>> 32), size = word.length() - from + 1;
        for (int slot = home(hash); ; slot = (slot + 1) & mask) {
            int at = slot * STRIDE;
            int entrySize = e[at + SIZE];
            if (entrySize == 0) return ABSENT;
            if (e[at + HASH_LOW] == low && e[at + HASH_HIGH] == high && entrySize == size
                    && word.regionMatches(from, letters, e[at + LETTERS], size - 1)) {
                return slot;
            }
        }
    }

    /** The lists of an entry as {@link Gazetteer#lists} gives them; 0 for {@link #ABSENT}. */
    int lists(int entry) {
        return entry == ABSENT ? 0 : entries[entry * STRIDE + LISTS];
    }

    /** The classes of an entry as {@link WordClusters#of} gives them; null for {@link #ABSENT}. */
    int[] classes(int entry) {
        return entry == ABSENT ? null : classes[entry];
    }

    /** {@link Gazetteer#longestPhraseFrom} of an entry; 0 for {@link #ABSENT}. */
    int longestPhrase(int entry) {
        return entry == ABSENT ? 0 : entries[entry * STRIDE + LONGEST];
    }
}
