package org.marsad.ner;

/**
 * Viterbi decoding over BIO labels, the best label sequence for a sentence given each word's label scores. It keeps
 * only the scores of the previous word and one back pointer per word and label, and reuses its arrays from one
 * sentence to the next, so decoding a document costs no allocation once the longest sentence was seen. Not
 * thread-safe: one per caller.
 */
final class Viterbi {
    private static final int L = BioCodec.COUNT;
    /** Zero for a transition BIO allows, minus infinity for one it forbids. */
    private static final float[] FORBIDDEN = forbidden();

    private float[] previous = new float[L];
    private float[] current = new float[L];
    /** {@code back[i * L + y]}: the label before label y at word i on the best path to it. */
    private byte[] back;
    private final float[] top = new float[L];
    private final int[] arg = new int[L];

    /** A decoder for sentences of up to {@code longest} words, and longer ones at the cost of a new array. */
    Viterbi(int longest) {
        back = new byte[longest * L];
    }

    static {
        if (L > Byte.MAX_VALUE) throw new AssertionError("labels do not fit a back pointer");
    }

    private static float[] forbidden() {
        float[] forbidden = new float[(L + 1) * L];
        for (int previous = 0; previous <= L; previous++) {
            for (int label = 0; label < L; label++) {
                if (!BioCodec.allowed(previous == L ? -1 : previous, label)) {
                    forbidden[previous * L + label] = Float.NEGATIVE_INFINITY;
                }
            }
        }
        return forbidden;
    }

    /**
     * The transition weights {@code transition[previous * L + label]} (with {@code previous = L} at the start) with
     * the transitions BIO forbids set to minus infinity, so that decoding need not test them. Adding the mask
     * here or at each step gives the same sums: the weights are finite, and {@code x + 0 = x}.
     */
    static float[] masked(float[] transition) {
        float[] masked = new float[transition.length];
        for (int i = 0; i < masked.length; i++) masked[i] = transition[i] + FORBIDDEN[i];
        return masked;
    }

    /**
     * Writes to {@code labels[labelsFrom, labelsFrom + n)} the best labels for the {@code n} words whose scores are
     * {@code scores[from + i * L + label]}, under transitions {@link #masked} before. Ties go to the lowest label,
     * on the path and at the end.
     */
    void decode(float[] scores, int from, int n, float[] masked, int[] labels, int labelsFrom) {
        if (n == 0) return;
        if (back.length < n * L) back = new byte[Math.max(n * L, 2 * back.length)];
        float[] best = previous, next = current;
        for (int y = 0; y < L; y++) best[y] = scores[from + y] + masked[L * L + y];
        float[] top = this.top;
        int[] arg = this.arg;
        for (int i = 1; i < n; i++) {
            // previous labels in the outer loop: the labels' running maxima are independent of one another
            java.util.Arrays.fill(top, Float.NEGATIVE_INFINITY);
            java.util.Arrays.fill(arg, 0);
            for (int p = 0; p < L; p++) {
                float b = best[p];
                int row = p * L;
                for (int y = 0; y < L; y++) {
                    float s = b + masked[row + y];
                    if (s > top[y]) {
                        top[y] = s;
                        arg[y] = p;
                    }
                }
            }
            int at = from + i * L;
            for (int y = 0; y < L; y++) {
                next[y] = top[y] + scores[at + y];
                back[i * L + y] = (byte) arg[y];
            }
            float[] swap = best;
            best = next;
            next = swap;
        }
        int last = 0;
        for (int y = 1; y < L; y++) if (best[y] > best[last]) last = y;
        labels[labelsFrom + n - 1] = last;
        for (int i = n - 1; i > 0; i--) labels[labelsFrom + i - 1] = back[i * L + labels[labelsFrom + i]];
    }
}
