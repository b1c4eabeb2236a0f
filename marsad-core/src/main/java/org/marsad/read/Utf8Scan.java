package org.marsad.read;

/**
 * How well a byte range follows UTF-8, per the well-formed sequences of Unicode table 3-7 (no overlong forms,
 * no surrogates, nothing above U+10FFFF). Counting good multi-byte sequences against bad bytes tells broken
 * UTF-8 (mostly good, a few bad) from a legacy single-byte encoding (almost nothing good).
 *
 * @param multiByteSequences well-formed sequences of two to four bytes
 * @param invalidBytes       bytes that start no well-formed sequence
 * @param firstInvalid       offset of the first invalid byte, or -1
 */
record Utf8Scan(int multiByteSequences, int invalidBytes, int firstInvalid) {

    boolean isValid() {
        return invalidBytes == 0;
    }

    boolean looksLikeBrokenUtf8() {
        return multiByteSequences > invalidBytes;
    }

    /**
     * @param wholeInput false when the bytes are only the head of a longer input: a sequence cut off by the end
     *                   of the range is then not counted as invalid
     */
    static Utf8Scan of(byte[] bytes, int from, int to, boolean wholeInput) {
        int good = 0, bad = 0, firstBad = -1;
        int i = from;
        while (i < to) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int length = sequenceLength(bytes, i, to);
            if (length > 0) {
                good++;
                i += length;
            } else if (length == TRUNCATED && !wholeInput) {
                break;
            } else {
                if (firstBad < 0) firstBad = i;
                bad++;
                i++;
            }
        }
        return new Utf8Scan(good, bad, firstBad);
    }

    private static final int INVALID = -1, TRUNCATED = -2;

    /** Length of the well-formed sequence starting at {@code i}, or INVALID, or TRUNCATED by {@code to}. */
    private static int sequenceLength(byte[] bytes, int i, int to) {
        int lead = bytes[i] & 0xFF;
        int length;
        int secondMin = 0x80, secondMax = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0) secondMin = 0xA0;
            if (lead == 0xED) secondMax = 0x9F; // surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0) secondMin = 0x90;
            if (lead == 0xF4) secondMax = 0x8F; // above U+10FFFF
        } else {
            return INVALID;
        }
        for (int k = 1; k < length; k++) {
            if (i + k >= to) return TRUNCATED;
            int c = bytes[i + k] & 0xFF;
            int min = k == 1 ? secondMin : 0x80, max = k == 1 ? secondMax : 0xBF;
            if (c < min || c > max) return INVALID;
        }
        return length;
    }
}
