package org.marsad.text;

import java.util.Arrays;

/**
 * An immutable set of words in their matching form ({@link MatchingKey}), queried with a slice of a char
 * buffer so a lookup allocates nothing. Open addressing over a power-of-two table, at most half full.
 * Thread-safe: immutable after construction.
 */
public final class FoldedWordSet {
    private final char[][] table;
    private final int mask;
    /*
     * Most words looked up are not in the set. This filter turns nearly all of them away before the table is probed:
     * one bit per value of the low bits of the hash, set for the hashes of the words (the hash is taken from the
     * length and the first three and last letters, so they are tested together).
     */
    private final long[] filter = new long[FILTER_BITS / 64];
    private static final int FILTER_BITS = 4096;
    /*
     * The first letters of the words, by the low bits of the folded letter: a slice read with containsFolded is
     * turned away at its first letter, before the rest of it is read and hashed.
     */
    private final long[] firstLetters = new long[FIRST_LETTER_BITS / 64];
    private static final int FIRST_LETTER_BITS = 1024;

    /** The words may be written with hamzas, teh marbuta or diacritics: they are folded here. */
    public FoldedWordSet(String... words) {
        int capacity = Integer.highestOneBit(Math.max(4, words.length * 2 + 1) * 2 - 1);
        table = new char[capacity][];
        mask = capacity - 1;
        for (String word : words) {
            char[] folded = MatchingKey.of(word).toCharArray();
            if (folded.length == 0) throw new IllegalArgumentException("empty word in list");
            int hash = hash(folded, 0, folded.length);
            int slot = hash & mask;
            while (table[slot] != null && !Arrays.equals(table[slot], folded)) slot = (slot + 1) & mask;
            table[slot] = folded;
            filter[(hash & (FILTER_BITS - 1)) >>> 6] |= 1L << hash;
            firstLetters[(folded[0] & (FIRST_LETTER_BITS - 1)) >>> 6] |= 1L << folded[0];
        }
    }

    boolean contains(char[] buffer, int from, int to) {
        if (to <= from) return false;
        int hash = hash(buffer, from, to);
        if ((filter[(hash & (FILTER_BITS - 1)) >>> 6] & (1L << hash)) == 0) return false;
        for (int slot = hash & mask; table[slot] != null; slot = (slot + 1) & mask) {
            if (equals(table[slot], buffer, from, to)) return true;
        }
        return false;
    }

    boolean contains(CharSequence word) {
        char[] folded = MatchingKey.of(word).toCharArray();
        return contains(folded, 0, folded.length);
    }

    /**
     * Whether the matching form of {@code text[from, to)} is in the set, folding as it reads: no copy is made.
     * Diacritics and tatweel are skipped, as {@link MatchingKey#of} skips them.
     */
    public boolean containsFolded(CharSequence text, int from, int to) {
        int length = 0;
        char first = 0, second = 0, third = 0, last = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (isIgnored(c)) continue;
            last = MatchingKey.fold(c);
            if (length == 0) {
                if ((firstLetters[(last & (FIRST_LETTER_BITS - 1)) >>> 6] & (1L << last)) == 0) return false;
                first = last;
            } else if (length == 1) {
                second = last;
            } else if (length == 2) {
                third = last;
            }
            length++;
        }
        int hash = hash(length, first, second, third, last);
        if ((filter[(hash & (FILTER_BITS - 1)) >>> 6] & (1L << hash)) == 0) return false;
        for (int slot = hash & mask; table[slot] != null; slot = (slot + 1) & mask) {
            char[] entry = table[slot];
            if (entry.length == length && equalsFolded(entry, text, from, to)) return true;
        }
        return false;
    }

    /** Arrays.equals on a slice, written out: for words of a few letters its range checks and call cost more. */
    private static boolean equals(char[] entry, char[] buffer, int from, int to) {
        if (entry.length != to - from) return false;
        for (int k = 0; k < entry.length; k++) {
            if (entry[k] != buffer[from + k]) return false;
        }
        return true;
    }

    private static boolean equalsFolded(char[] entry, CharSequence text, int from, int to) {
        int k = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (isIgnored(c)) continue;
            if (entry[k++] != MatchingKey.fold(c)) return false;
        }
        return true;
    }

    private static boolean isIgnored(char c) {
        return c == ArabicChars.TATWEEL || ArabicChars.isDiacritic(c);
    }

    private static int hash(char[] buffer, int from, int to) {
        int length = to - from;
        if (length == 0) return hash(0, (char) 0, (char) 0, (char) 0, (char) 0);
        return hash(length, buffer[from], length > 1 ? buffer[from + 1] : 0, length > 2 ? buffer[from + 2] : 0,
                buffer[to - 1]);
    }

    /**
     * A word's hash from its length and its first three and last letters only, so a lookup costs the same whatever
     * the word's length; the few dozen words of a list still spread well, and equal hashes are told apart by comparing
     * the words. The third letter tells apart the words after a common beginning, such as the article. A missing
     * second or third letter counts as 0.
     */
    private static int hash(int length, char first, char second, char third, char last) {
        // combined by shifts and two multiplications, which run side by side, that spread their bits to the low ones
        // the table index and the filter take
        int h = (length << 24 ^ first << 16 ^ second << 8 ^ last) * 0x9E3779B9 ^ third * 0x85EBCA6B;
        return h ^ (h >>> 16);
    }
}
