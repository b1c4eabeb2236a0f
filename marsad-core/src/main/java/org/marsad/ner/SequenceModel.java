package org.marsad.ner;

/**
 * A first-order linear model over BIO labels: a weight per (feature, label) and per (previous label, label), and
 * Viterbi decoding that never lets I-X follow anything but B-X or I-X. Read-only once trained, and then
 * thread-safe; the trainer alone changes the tables in place while it trains.
 *
 * @param emission   {@code emission[row * COUNT + label]}
 * @param transition {@code transition[previous * COUNT + label]}, with {@code previous = COUNT} at the start
 */
public record SequenceModel(FeatureIndex index, float[] emission, float[] transition) {
    static final int L = BioCodec.COUNT;

    public SequenceModel {
        if (emission.length != index.size() * L) throw new IllegalArgumentException("emission table size");
        if (transition.length != (L + 1) * L) throw new IllegalArgumentException("transition table size");
    }

    /** The best label sequence for a sentence given its features. */
    public int[] decode(long[][] features) {
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
    public int[] decodeRows(int[][] rows) {
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
        // the trainer changes transition in place between calls, so the mask is added here, never stored with it
        new Viterbi(n).decode(scores, 0, n, Viterbi.masked(transition), labels, 0);
        return labels;
    }
}
