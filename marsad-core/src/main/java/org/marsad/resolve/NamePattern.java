package org.marsad.resolve;

import java.util.List;

/**
 * A name as a sequence of word keys ({@link Words#wordKey}), to be found again in a text: the first word in any of its
 * {@link Words#readings readings} (after a conjunction or preposition, or with an unsplit clitic letter taken off),
 * the following words as they are, all on one line with nothing between them.
 */
record NamePattern(List<String> words) {

    NamePattern {
        words = List.copyOf(words);
        if (words.isEmpty()) throw new IllegalArgumentException("empty name pattern");
    }

    static NamePattern of(Words w, int first, int last) {
        return new NamePattern(w.wordKeysOf(first, last));
    }

    int size() {
        return words.size();
    }

    String last() {
        return words.get(words.size() - 1);
    }

    /**
     * The occurrence of this name that begins with word {@code i}, or null. With {@code variants}, each word may also
     * be a spelling variant ({@link NameVariants}) of the pattern's.
     */
    Match matchAt(Words w, int i, boolean variants) {
        int last = i + words.size() - 1;
        if (last >= w.size() || !w.isWord(i)) return null;
        int start = -1;
        for (Words.Reading reading : w.readings(i)) {
            if (same(reading.key(), words.get(0), variants)) {
                start = reading.start();
                break;
            }
        }
        if (start < 0) return null;
        for (int k = 1; k < words.size(); k++) {
            int j = i + k;
            if (!w.isWord(j) || !w.followsOnSameLine(j) || !same(w.wordKey(j), words.get(k), variants)) return null;
        }
        return new Match(i, last, start, w.stemEnd(last));
    }

    private static boolean same(String found, String wanted, boolean variants) {
        return variants ? NameVariants.sameName(found, wanted) : found.equals(wanted);
    }

    /** Where a name was found: words {@code first..last}, and the span of text {@code [start, end)} it covers. */
    record Match(int first, int last, int start, int end) {
        int words() {
            return last - first + 1;
        }
    }
}
