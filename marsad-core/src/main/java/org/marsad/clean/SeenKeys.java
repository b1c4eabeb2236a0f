package org.marsad.clean;

import org.marsad.model.Removal.Reason;

/**
 * The matching keys structure recovery has seen, each with the reason a line of that key is removed when it comes
 * again. A hash table like a HashMap, but its hash reads a key's length and at most {@value #SAMPLED} of its
 * characters, spread over it: the keys are whole lines, which String.hashCode reads to the end, and a line is looked
 * up once or twice. Keys with equal hashes are told apart by String.equals. Not thread-safe: one per recovery.
 */
final class SeenKeys {
    private static final int SAMPLED = 16;

    private String[] keys = new String[32];
    private Reason[] reasons = new Reason[32];
    private int[] hashes = new int[32];
    private int size;

    /** The reason recorded for {@code key}, or null. */
    Reason get(String key) {
        int slot = slotOf(key, hash(key));
        return keys[slot] == null ? null : reasons[slot];
    }

    boolean contains(String key) {
        return get(key) != null;
    }

    /** Records {@code reason} for {@code key}, replacing the reason recorded before. */
    void put(String key, Reason reason) {
        putIfAbsent(key, reason, true);
    }

    /** Records {@code reason} for {@code key} unless a reason is recorded; returns the one recorded before, or null. */
    Reason putIfAbsent(String key, Reason reason) {
        return putIfAbsent(key, reason, false);
    }

    private Reason putIfAbsent(String key, Reason reason, boolean replace) {
        int hash = hash(key);
        int slot = slotOf(key, hash);
        if (keys[slot] != null) {
            Reason before = reasons[slot];
            if (replace) reasons[slot] = reason;
            return before;
        }
        keys[slot] = key;
        reasons[slot] = reason;
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
        Reason[] oldReasons = reasons;
        int[] oldHashes = hashes;
        keys = new String[2 * oldKeys.length];
        reasons = new Reason[keys.length];
        hashes = new int[keys.length];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] == null) continue;
            int slot = oldHashes[i] & mask;
            while (keys[slot] != null) slot = (slot + 1) & mask;
            keys[slot] = oldKeys[i];
            reasons[slot] = oldReasons[i];
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
