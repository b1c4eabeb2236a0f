package org.marsad.ner;

/**
 * A first-order linear model over BIO labels: a weight per (feature, label) and per (previous label, label), and
 * Viterbi decoding that never lets I-X follow anything but B-X or I-X. Read-only once trained, and then
 * thread-safe; the trainer alone changes the tables in place while it trains.
 *
 * @param emission   {@code emission[row * COUNT + label]}
 * @param transition {@code transition[previous * COUNT + label]}, with {@code previous = COUNT} at the start
 */
record SequenceModel(FeatureIndex index, float[] emission, float[] transition) {
    static final int L = BioLabels.COUNT;
    /** Zero for a transition BIO allows, minus infinity for one it forbids, so Viterbi need not test them. */
    private static final float[] FORBIDDEN = forbidden();

    SequenceModel {
        if (emission.length != index.size() * L) throw new IllegalArgumentException("emission table size");
        if (transition.length != (L + 1) * L) throw new IllegalArgumentException("transition table size");
    }

    private static float[] forbidden() {
        float[] forbidden = new float[(L + 1) * L];
        for (int previous = 0; previous <= L; previous++) {
            for (int label = 0; label < L; label++) {
                if (!BioLabels.allowed(previous == L ? -1 : previous, label)) {
                    forbidden[previous * L + label] = Float.NEGATIVE_INFINITY;
                }
            }
        }
        return forbidden;
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
        // the trainer changes transition in place between calls, so the mask is added here, never stored with it
        float[] forbidden = FORBIDDEN;
        for (int y = 0; y < L; y++) best[y] = scores[y] + transition[L * L + y] + forbidden[L * L + y];
        for (int i = 1; i < n; i++) {
            for (int y = 0; y < L; y++) {
                float top = Float.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p = 0; p < L; p++) {
                    float s = best[(i - 1) * L + p] + transition[p * L + y] + forbidden[p * L + y];
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
