package org.marsad.text;

import java.util.Arrays;

/**
 * An immutable set of words in their matching form ({@link MatchingKey}), queried with a slice of a char
 * buffer so a lookup allocates nothing. Open addressing over a power-of-two table, at most half full.
 * Thread-safe: immutable after construction.
 */
final class FoldedWordSet {
    private final char[][] table;
    private final int mask;
    /*
     * Most words looked up are not in the set. These masks turn most of them away before hashing: which lengths,
     * which first letters and which last letters occur among the words, one bit each (see lengthBit, letterBit).
     */
    private long lengths;
    private long firstLetters;
    private long lastLetters;

    /** The words may be written with hamzas, teh marbuta or diacritics: they are folded here. */
    FoldedWordSet(String... words) {
        int capacity = Integer.highestOneBit(Math.max(4, words.length * 2 + 1) * 2 - 1);
        table = new char[capacity][];
        mask = capacity - 1;
        for (String word : words) {
            char[] folded = MatchingKey.of(word).toCharArray();
            if (folded.length == 0) throw new IllegalArgumentException("empty word in list");
            int slot = hash(folded, 0, folded.length) & mask;
            while (table[slot] != null && !Arrays.equals(table[slot], folded)) slot = (slot + 1) & mask;
            table[slot] = folded;
            lengths |= lengthBit(folded.length);
            firstLetters |= letterBit(folded[0]);
            lastLetters |= letterBit(folded[folded.length - 1]);
        }
    }

    boolean contains(char[] buffer, int from, int to) {
        if (to <= from || (lengths & lengthBit(to - from)) == 0 || (firstLetters & letterBit(buffer[from])) == 0
                || (lastLetters & letterBit(buffer[to - 1])) == 0) {
            return false;
        }
        int slot = hash(buffer, from, to) & mask;
        for (char[] entry; (entry = table[slot]) != null; slot = (slot + 1) & mask) {
            if (equals(entry, buffer, from, to)) return true;
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
    boolean containsFolded(CharSequence text, int from, int to) {
        int length = 0;
        char first = 0, second = 0, last = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (isIgnored(c)) continue;
            last = MatchingKey.fold(c);
            if (length == 0) first = last;
            else if (length == 1) second = last;
            length++;
        }
        int slot = hash(length, first, second, last) & mask;
        for (char[] entry; (entry = table[slot]) != null; slot = (slot + 1) & mask) {
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

    /** One bit per length below 63; longer lengths share bit 63, so the mask can only let too many through. */
    private static long lengthBit(int length) {
        return 1L << Math.min(length, 63);
    }

    /** One bit per code point from hamza (U+0621) to U+065F, which holds every folded Arabic letter; others share bit 63. */
    private static long letterBit(char c) {
        int k = c - ArabicChars.HAMZA;
        return 1L << (k >= 0 && k < 63 ? k : 63);
    }

    private static int hash(char[] buffer, int from, int to) {
        int length = to - from;
        if (length == 0) return hash(0, (char) 0, (char) 0, (char) 0);
        return hash(length, buffer[from], length > 1 ? buffer[from + 1] : 0, buffer[to - 1]);
    }

    /**
     * A word's hash from its length and its first, second and last letters only, so a lookup costs the same
     * whatever the word's length; the few dozen words of a list still spread well, and equal hashes are told
     * apart by comparing the words. A missing second letter counts as 0.
     */
    private static int hash(int length, char first, char second, char last) {
        int h = ((length * 31 + first) * 31 + second) * 31 + last;
        h *= 0x9E3779B9; // spread the letters' bits to the low ones the table index takes
        return h ^ (h >>> 16);
    }
}
