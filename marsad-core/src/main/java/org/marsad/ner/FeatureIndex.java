package org.marsad.ner;

/**
 * Feature ids (64-bit hashes) to dense row numbers of the weight table: open addressing over a power-of-two table
 * at most half full. Each slot holds the id and its row side by side in one array, so a lookup, which usually
 * misses the processor cache on a large model, costs one memory access rather than two. Zero is not a valid id
 * (it marks empty slots; the hash yields it with odds of 2^-64). Not thread-safe while being filled; read-only
 * after.
 */
public final class FeatureIndex {
    public static final int ABSENT = -1;
    /** {@code slots[2 * s]} is the id in slot s, {@code slots[2 * s + 1]} its row. */
    private static final int MAX_CAPACITY = 1 << 29; // slots of two longs each: 8 GB, beyond any heap we run on
    private long[] slots;
    private int mask;
    private int shift;
    private int size;

    public FeatureIndex(int expected) {
        if (expected < 0 || expected > MAX_CAPACITY / 2) {
            throw new IllegalArgumentException("too many features: " + expected);
        }
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        allocate(capacity);
    }

    private void allocate(int capacity) {
        slots = new long[2 * capacity];
        mask = capacity - 1;
        shift = 64 - Integer.numberOfTrailingZeros(capacity);
    }

    public int size() {
        return size;
    }

    public int get(long key) {
        for (int slot = slot(key); ; slot = (slot + 1) & mask) {
            long k = slots[2 * slot];
            if (k == key) return (int) slots[2 * slot + 1];
            if (k == 0) return ABSENT;
        }
    }

    /** The row of {@code key}, adding it as the next row when new. */
    public int add(long key) {
        if (key == 0) throw new IllegalArgumentException("0 is not a feature id");
        if (2 * (size + 1) > mask + 1) grow();
        int slot = slot(key);
        while (slots[2 * slot] != 0) {
            if (slots[2 * slot] == key) return (int) slots[2 * slot + 1];
            slot = (slot + 1) & mask;
        }
        slots[2 * slot] = key;
        slots[2 * slot + 1] = size;
        return size++;
    }

    /** The ids in row order. */
    public long[] keysByRow() {
        long[] byRow = new long[size];
        for (int slot = 0; slot <= mask; slot++) {
            if (slots[2 * slot] != 0) byRow[(int) slots[2 * slot + 1]] = slots[2 * slot];
        }
        return byRow;
    }

    /** The top bits of a multiplicative hash, as many as the table has slots. */
    private int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
    }

    private void grow() {
        long[] old = slots;
        if (old.length / 2 >= MAX_CAPACITY) throw new IllegalStateException("feature index full");
        allocate(old.length); // twice the slots: the array holds two longs a slot
        for (int s = 0; s < old.length / 2; s++) {
            long key = old[2 * s];
            if (key == 0) continue;
            int slot = slot(key);
            while (slots[2 * slot] != 0) slot = (slot + 1) & mask;
            slots[2 * slot] = key;
            slots[2 * slot + 1] = old[2 * s + 1];
        }
    }
}
