package org.marsad.ner;

/**
 * A first-order linear model over BIO labels: a weight per (feature, label) and per (previous label, label), and
 * Viterbi decoding that never lets I-X follow anything but B-X or I-X. Read-only once built; thread-safe.
 *
 * @param emission   {@code emission[row * COUNT + label]}
 * @param transition {@code transition[previous * COUNT + label]}, with {@code previous = COUNT} at the start
 * @param allowedTransition the same with forbidden transitions at minus infinity
 */
record SequenceModel(FeatureIndex index, float[] emission, float[] transition, float[] allowedTransition) {
    static final int L = BioLabels.COUNT;

    SequenceModel(FeatureIndex index, float[] emission, float[] transition) {
        this(index, emission, transition, masked(transition));
    }

    SequenceModel {
        if (emission.length != index.size() * L) throw new IllegalArgumentException("emission table size");
        if (transition.length != (L + 1) * L) throw new IllegalArgumentException("transition table size");
    }

    /** The transition weights with the ones BIO forbids set to minus infinity, so Viterbi need not test them. */
    private static float[] masked(float[] transition) {
        float[] masked = transition.clone();
        for (int previous = 0; previous <= L; previous++) {
            for (int label = 0; label < L; label++) {
                if (!BioLabels.allowed(previous == L ? -1 : previous, label)) {
                    masked[previous * L + label] = Float.NEGATIVE_INFINITY;
                }
            }
        }
        return masked;
    }

    /** The best label sequence for a sentence given its features. */
    int[] decode(long[][] features) {
        int n = features.length;
        int[] labels = new int[n];
        if (n == 0) return labels;
        float[] scores = new float[n * L];
        for (int i = 0; i < n; i++) {
            for (long feature : features[i]) {
                int row = index.get(feature);
                if (row == FeatureIndex.ABSENT) continue;
                int base = row * L;
                for (int y = 0; y < L; y++) scores[i * L + y] += emission[base + y];
            }
        }
        return viterbi(scores, n);
    }

    /** Decoding over rows already looked up, as the trainer has them. */
    int[] decodeRows(int[][] rows) {
        int n = rows.length;
        float[] scores = new float[n * L];
        for (int i = 0; i < n; i++) {
            for (int row : rows[i]) {
                int base = row * L;
                for (int y = 0; y < L; y++) scores[i * L + y] += emission[base + y];
            }
        }
        return viterbi(scores, n);
    }

    private int[] viterbi(float[] scores, int n) {
        int[] labels = new int[n];
        if (n == 0) return labels;
        float[] best = new float[n * L];
        int[] back = new int[n * L];
        float[] allowed = allowedTransition;
        for (int y = 0; y < L; y++) best[y] = scores[y] + allowed[L * L + y];
        for (int i = 1; i < n; i++) {
            for (int y = 0; y < L; y++) {
                float top = Float.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p = 0; p < L; p++) {
                    float s = best[(i - 1) * L + p] + allowed[p * L + y];
                    if (s > top) {
                        top = s;
                        arg = p;
                    }
                }
                best[i * L + y] = top + scores[i * L + y];
                back[i * L + y] = arg;
            }
        }
        int last = 0;
        for (int y = 1; y < L; y++) if (best[(n - 1) * L + y] > best[(n - 1) * L + last]) last = y;
        labels[n - 1] = last;
        for (int i = n - 1; i > 0; i--) labels[i - 1] = back[i * L + labels[i]];
        return labels;
    }
}
