package org.marsad.ner;

import java.util.Arrays;

/**
 * Feature ids (64-bit hashes) to dense row numbers of the weight table: open addressing over a power-of-two table
 * at most half full, so a lookup is a multiply, a mask and usually one comparison. Zero is not a valid id (the
 * hash never yields it in practice; it marks empty slots). Not thread-safe while being filled; read-only after.
 */
final class FeatureIndex {
    static final int ABSENT = -1;
    private long[] keys;
    private int[] rows;
    private int mask;
    private int size;

    FeatureIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        keys = new long[capacity];
        rows = new int[capacity];
        mask = capacity - 1;
    }

    int size() {
        return size;
    }

    int get(long key) {
        for (int slot = slot(key); ; slot = (slot + 1) & mask) {
            long k = keys[slot];
            if (k == key) return rows[slot];
            if (k == 0) return ABSENT;
        }
    }

    /** The row of {@code key}, adding it as the next row when new. */
    int add(long key) {
        if (key == 0) throw new IllegalArgumentException("0 is not a feature id");
        if (2 * (size + 1) > keys.length) grow();
        int slot = slot(key);
        while (keys[slot] != 0) {
            if (keys[slot] == key) return rows[slot];
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        rows[slot] = size;
        return size++;
    }

    /** The ids in row order. */
    long[] keysByRow() {
        long[] byRow = new long[size];
        for (int slot = 0; slot < keys.length; slot++) if (keys[slot] != 0) byRow[rows[slot]] = keys[slot];
        return byRow;
    }

    private int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldRows = rows;
        keys = new long[oldKeys.length * 2];
        rows = new int[oldKeys.length * 2];
        mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] == 0) continue;
            int slot = slot(oldKeys[i]);
            while (keys[slot] != 0) slot = (slot + 1) & mask;
            keys[slot] = oldKeys[i];
            rows[slot] = oldRows[i];
        }
        Arrays.fill(oldKeys, 0);
    }
}
