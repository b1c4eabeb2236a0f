package org.marsad.clean;

/**
 * A map from matching keys of lines to values, for structure recovery, which looks lines up by key: a hash table
 * like a HashMap, but its hash reads a key's length and at most {@value #SAMPLED} of its characters, spread over it.
 * The keys are whole lines, which String.hashCode reads to the end, and a line is looked up once or twice. Keys
 * with equal hashes are told apart by String.equals. Values are never null. Not thread-safe: one per recovery.
 */
final class KeyMap<V> {
    private static final int SAMPLED = 16;

    private String[] keys = new String[32];
    private Object[] values = new Object[32];
    private int[] hashes = new int[32];
    private int size;

    /** The value for {@code key}, or null. */
    @SuppressWarnings("unchecked")
    V get(String key) {
        int slot = slotOf(key, hash(key));
        return keys[slot] == null ? null : (V) values[slot];
    }

    boolean containsKey(String key) {
        return get(key) != null;
    }

    /** Maps {@code key} to {@code value}, replacing the value before. */
    void put(String key, V value) {
        putIfAbsent(key, value, true);
    }

    /** Maps {@code key} to {@code value} unless it has a value; returns the value before, or null. */
    V putIfAbsent(String key, V value) {
        return putIfAbsent(key, value, false);
    }

    @SuppressWarnings("unchecked")
    private V putIfAbsent(String key, V value, boolean replace) {
        int hash = hash(key);
        int slot = slotOf(key, hash);
        if (keys[slot] != null) {
            V before = (V) values[slot];
            if (replace) values[slot] = value;
            return before;
        }
        keys[slot] = key;
        values[slot] = value;
        hashes[slot] = hash;
        if (++size * 2 > keys.length) grow();
        return null;
    }

    /** The slot that holds {@code key}, or the empty slot where it would go. */
    private int slotOf(String key, int hash) {
        int mask = keys.length - 1;
        int slot = hash & mask;
        while (keys[slot] != null && (hashes[slot] != hash || !keys[slot].equals(key))) slot = (slot + 1) & mask;
        return slot;
    }

    private void grow() {
        String[] oldKeys = keys;
        Object[] oldValues = values;
        int[] oldHashes = hashes;
        keys = new String[2 * oldKeys.length];
        values = new Object[keys.length];
        hashes = new int[keys.length];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] == null) continue;
            int slot = oldHashes[i] & mask;
            while (keys[slot] != null) slot = (slot + 1) & mask;
            keys[slot] = oldKeys[i];
            values[slot] = oldValues[i];
            hashes[slot] = oldHashes[i];
        }
    }

    private static int hash(String key) {
        int length = key.length();
        int h = length;
        int step = (length + SAMPLED - 1) / SAMPLED;
        for (int i = 0; i < length; i += step) h = 31 * h + key.charAt(i); // step is 0 only for the empty key
        h *= 0x9E3779B9; // spread the characters' bits to the low ones the slot takes
        return h ^ (h >>> 16);
    }
}
