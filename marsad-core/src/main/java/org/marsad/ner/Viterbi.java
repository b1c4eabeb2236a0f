package org.marsad.ner;

/**
 * Viterbi decoding over BIO labels, the best label sequence for a sentence given each word's label scores. It keeps
 * two scores per word and label, and reuses its arrays from one sentence to the next, so decoding a document costs
 * no allocation once the longest sentence was seen. Not thread-safe: one per caller.
 */
final class Viterbi {
    private static final int L = BioCodec.COUNT;
    /** Zero for a transition BIO allows, minus infinity for one it forbids. */
    private static final float[] FORBIDDEN = forbidden();

    /** {@code best[i * L + y]}: the score of the best path to label y at word i. */
    private float[] best;
    /** {@code reached[i * L + y]}: the best score of the previous word's labels plus their transition to y. */
    private float[] reached;
    private final float[] top = new float[L];

    /** A decoder for sentences of up to {@code longest} words, and longer ones at the cost of new arrays. */
    Viterbi(int longest) {
        best = new float[Math.max(1, longest) * L];
        reached = new float[Math.max(1, longest) * L];
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
     * <p>
     * The forward pass keeps no back pointers: it takes each label's best predecessor score with
     * {@link Math#max}, which compiles to no branch, where comparing and keeping the argmax mispredicted a branch
     * for about every other label. The way back then finds, for the one label chosen at each word, the lowest
     * previous label whose path reaches that maximum, adding exactly the same two numbers again; that is the
     * label a scan in ascending order keeping only strictly greater scores would have kept. (Math.max prefers +0
     * to -0 where the scan keeps the first; a zero's sign changes no comparison nor any later sum but a zero.)
     */
    void decode(float[] scores, int from, int n, float[] masked, int[] labels, int labelsFrom) {
        if (n == 0) return;
        if (best.length < n * L) {
            best = new float[Math.max(n * L, 2 * best.length)];
            reached = new float[best.length];
        }
        float[] best = this.best, reached = this.reached, top = this.top;
        for (int y = 0; y < L; y++) best[y] = scores[from + y] + masked[L * L + y];
        for (int i = 1; i < n; i++) {
            java.util.Arrays.fill(top, Float.NEGATIVE_INFINITY);
            int before = (i - 1) * L;
            for (int p = 0; p < L; p++) {
                float b = best[before + p];
                int row = p * L;
                for (int y = 0; y < L; y++) top[y] = Math.max(top[y], b + masked[row + y]);
            }
            int at = from + i * L;
            for (int y = 0; y < L; y++) {
                reached[i * L + y] = top[y];
                best[i * L + y] = top[y] + scores[at + y];
            }
        }
        int end = (n - 1) * L, last = 0;
        for (int y = 1; y < L; y++) if (best[end + y] > best[end + last]) last = y;
        labels[labelsFrom + n - 1] = last;
        for (int i = n - 1; i > 0; i--) {
            int y = labels[labelsFrom + i], before = (i - 1) * L;
            float target = reached[i * L + y];
            int p = 0;
            while (p < L - 1 && best[before + p] + masked[p * L + y] != target) p++;
            labels[labelsFrom + i - 1] = p;
        }
    }
}
