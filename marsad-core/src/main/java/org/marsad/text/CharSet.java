package org.marsad.text;

/**
 * A set of UTF-16 code units as one bit each: a membership test is a load, two shifts and a mask, without a branch,
 * where the chain of comparisons it stands for mispredicts on running text (a letter, then a space, then a letter).
 * Immutable.
 */
final class CharSet {
    private final long[] bits = new long[(Character.MAX_VALUE + 1) / 64];

    private CharSet() {
    }

    /** A test of one code unit. */
    @FunctionalInterface
    interface Member {
        boolean test(char c);
    }

    /** The code units {@code member} accepts. */
    static CharSet of(Member member) {
        CharSet set = new CharSet();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (member.test((char) c)) set.bits[c >>> 6] |= 1L << c;
        }
        return set;
    }

    boolean contains(char c) {
        return (bits[c >>> 6] & (1L << c)) != 0;
    }

    /** 1 if the set contains {@code c}, else 0: for a test that adds or masks instead of branching. */
    int bit(char c) {
        return (int) (bits[c >>> 6] >>> c) & 1;
    }
}
