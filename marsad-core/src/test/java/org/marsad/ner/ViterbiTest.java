package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ViterbiTest {
    private static final int L = BioCodec.COUNT;

    /**
     * Viterbi as the textbook writes it: each label keeps the first previous label, in ascending order, whose path
     * scores strictly more than those before it, and a back pointer to it.
     */
    private static int[] textbook(float[] scores, int n, float[] masked) {
        float[] best = new float[L];
        int[][] back = new int[n][L];
        for (int y = 0; y < L; y++) best[y] = scores[y] + masked[L * L + y];
        for (int i = 1; i < n; i++) {
            float[] next = new float[L];
            for (int y = 0; y < L; y++) {
                float top = Float.NEGATIVE_INFINITY;
                for (int p = 0; p < L; p++) {
                    float s = best[p] + masked[p * L + y];
                    if (s > top) {
                        top = s;
                        back[i][y] = p;
                    }
                }
                next[y] = top + scores[i * L + y];
            }
            best = next;
        }
        int[] labels = new int[n];
        for (int y = 1; y < L; y++) if (best[y] > best[labels[n - 1]]) labels[n - 1] = y;
        for (int i = n - 1; i > 0; i--) labels[i - 1] = back[i][labels[i]];
        return labels;
    }

    /** Scores and transitions in whole quarters, so that many paths tie. */
    private static float[] quarters(Random random, int length) {
        float[] values = new float[length];
        for (int i = 0; i < length; i++) values[i] = random.nextInt(9) / 4f - 1;
        return values;
    }

    @Test
    void choosesTheTextbookPathAlsoWhenPathsTie() {
        Random random = new Random(7);
        Viterbi viterbi = new Viterbi(4);
        for (int trial = 0; trial < 2000; trial++) {
            int n = 1 + random.nextInt(12);
            float[] scores = quarters(random, n * L);
            float[] masked = Viterbi.masked(quarters(random, (L + 1) * L));
            int[] labels = new int[n];
            viterbi.decode(scores, 0, n, masked, labels, 0);
            assertThat(labels).as("trial %d", trial).containsExactly(textbook(scores, n, masked));
        }
    }

    @Test
    void choosesTheTextbookPathForScoresOfAnyMagnitude() {
        Random random = new Random(11);
        Viterbi viterbi = new Viterbi(30);
        for (int trial = 0; trial < 500; trial++) {
            int n = 1 + random.nextInt(40);
            float[] scores = new float[n * L], transition = new float[(L + 1) * L];
            for (int i = 0; i < scores.length; i++) scores[i] = (float) (random.nextGaussian() * 20);
            for (int i = 0; i < transition.length; i++) transition[i] = (float) random.nextGaussian();
            float[] masked = Viterbi.masked(transition);
            int[] labels = new int[n];
            viterbi.decode(scores, 0, n, masked, labels, 0);
            assertThat(labels).as("trial %d", trial).containsExactly(textbook(scores, n, masked));
        }
    }

    @Test
    void readsScoresAndWritesLabelsAtTheGivenOffsets() {
        Random random = new Random(3);
        int n = 6, offset = 2;
        float[] scores = quarters(random, n * L);
        float[] shifted = new float[(n + offset) * L];
        System.arraycopy(scores, 0, shifted, offset * L, scores.length);
        float[] masked = Viterbi.masked(quarters(random, (L + 1) * L));
        int[] labels = new int[n + offset];
        new Viterbi(n).decode(shifted, offset * L, n, masked, labels, offset);
        int[] expected = new int[n + offset];
        System.arraycopy(textbook(scores, n, masked), 0, expected, offset, n);
        assertThat(labels).containsExactly(expected);
    }
}
