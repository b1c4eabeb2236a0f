package org.marsad.ner;

/**
 * Feature ids as 64-bit hashes of a template number and the strings it reads, computed without building the
 * feature's string. At 64 bits two features of a model meet by chance with odds near 10^-7 for a million
 * features, so no collision handling is needed.
 */
final class FeatureHashing {
    private static final long SEED = 0x9E3779B97F4A7C15L;
    private static final long PRIME = 0x100000001B3L;

    private FeatureHashing() {
    }

    static long of(int template) {
        return mix(SEED * (template + 1));
    }

    static long of(int template, String s) {
        return mix(feed(SEED * (template + 1), s, 0, s.length()));
    }

    static long of(int template, String s, int from, int to) {
        return mix(feed(SEED * (template + 1), s, from, to));
    }

    /** The hash of a whole string, to be combined with templates by {@link #ofHashed} and {@link #pair}. */
    static long value(String s) {
        return value(s, 0, s.length());
    }

    /** {@link #value} of {@code s.substring(from, to)}. */
    static long value(String s, int from, int to) {
        return mix(feed(0xCBF29CE484222325L, s, from, to));
    }

    /** The feature of a template over a string hashed by {@link #value}. */
    static long ofHashed(int template, long value) {
        return mix(value ^ (SEED * (template + 1)));
    }

    /** The feature of a template over two strings hashed by {@link #value}, in order. */
    static long pair(int template, long first, long second) {
        return mix(first * PRIME ^ mix(second ^ (SEED * (template + 1))));
    }

    static long of(int template, int value) {
        return mix((SEED * (template + 1)) ^ (value * PRIME));
    }

    private static long feed(long h, String s, int from, int to) {
        for (int i = from; i < to; i++) h = (h ^ s.charAt(i)) * PRIME;
        return h;
    }

    /** The finaliser of MurmurHash3: spreads every input bit over the whole word. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB93FE1A85EC3L;
        h ^= h >>> 33;
        return h;
    }
}
