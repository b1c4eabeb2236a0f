package org.marsad.ner.train;

import org.marsad.ner.BioCodec;
import org.marsad.ner.FeatureIndex;
import org.marsad.ner.SequenceModel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Trains a {@link SequenceModel} as an averaged structured perceptron (Collins 2002): decode each sentence with the
 * current weights, and where the best sequence differs from the gold one, add the gold features and subtract the
 * predicted ones. The model returned holds the average of the weights over every step, which generalises far better
 * than the last weights; the average is kept in O(1) per update with the usual trick of also summing
 * {@code step × update}.
 *
 * @param epochs passes over the training sentences, each in a new order drawn from {@code seed}
 * @param runs   independent trainings from seeds {@code seed, seed + 1…}, whose weights are averaged: one run's
 *               weights depend on the order it saw the sentences in, and the mean of a few is steadier
 */
record PerceptronTrainer(int epochs, long seed, int minCount, int runs) {
    private static final int L = BioCodec.COUNT;

    /** A model for the given features and gold labels of each sentence. */
    SequenceModel train(List<long[][]> features, List<int[]> labels) {
        FeatureIndex index = countedFeatures(features);
        List<Example> examples = new ArrayList<>(features.size());
        for (int s = 0; s < features.size(); s++) {
            long[][] sentence = features.get(s);
            int[][] rows = new int[sentence.length][];
            for (int i = 0; i < sentence.length; i++) {
                int[] r = new int[sentence[i].length];
                int count = 0;
                for (long feature : sentence[i]) {
                    int row = index.get(feature);
                    if (row != FeatureIndex.ABSENT) r[count++] = row;
                }
                rows[i] = java.util.Arrays.copyOf(r, count);
            }
            examples.add(new Example(rows, labels.get(s)));
        }
        float[] emission = new float[index.size() * L];
        float[] transition = new float[(L + 1) * L];
        for (int run = 0; run < runs; run++) {
            SequenceModel one = trainOnce(index, examples, seed + run);
            for (int i = 0; i < emission.length; i++) emission[i] += one.emission()[i] / runs;
            for (int i = 0; i < transition.length; i++) transition[i] += one.transition()[i] / runs;
        }
        return new SequenceModel(index, emission, transition);
    }

    private SequenceModel trainOnce(FeatureIndex index, List<Example> ordered, long runSeed) {
        List<Example> examples = new ArrayList<>(ordered);
        float[] weights = new float[index.size() * L];
        float[] transitions = new float[(L + 1) * L];
        double[] weightSums = new double[weights.length];
        double[] transitionSums = new double[transitions.length];
        SequenceModel current = new SequenceModel(index, weights, transitions);
        Random random = new Random(runSeed);
        long step = 1;
        for (int epoch = 1; epoch <= epochs; epoch++) {
            Collections.shuffle(examples, random);
            for (Example example : examples) {
                int[] predicted = current.decodeRows(example.rows());
                int[] gold = example.labels();
                for (int i = 0; i < gold.length; i++) {
                    if (predicted[i] != gold[i]) {
                        for (int row : example.rows()[i]) {
                            update(weights, weightSums, row * L + gold[i], 1, step);
                            update(weights, weightSums, row * L + predicted[i], -1, step);
                        }
                    }
                    int goldPrevious = i == 0 ? L : gold[i - 1], predictedPrevious = i == 0 ? L : predicted[i - 1];
                    if (goldPrevious != predictedPrevious || gold[i] != predicted[i]) {
                        update(transitions, transitionSums, goldPrevious * L + gold[i], 1, step);
                        update(transitions, transitionSums, predictedPrevious * L + predicted[i], -1, step);
                    }
                }
                step++;
            }
        }
        return new SequenceModel(index, average(weights, weightSums, step), average(transitions, transitionSums, step));
    }

    /**
     * The features seen at least {@code minCount} times. A feature seen once is usually a word seen once; the
     * perceptron can fit the training set with such features alone and then never learns the general ones (shape,
     * context, lists) that new text needs.
     */
    private FeatureIndex countedFeatures(List<long[][]> features) {
        FeatureIndex all = new FeatureIndex(1 << 20);
        int[] counts = new int[1 << 20];
        for (long[][] sentence : features) {
            for (long[] word : sentence) {
                for (long feature : word) {
                    int row = all.add(feature);
                    if (row >= counts.length) counts = java.util.Arrays.copyOf(counts, counts.length * 2);
                    counts[row]++;
                }
            }
        }
        if (minCount <= 1) return all;
        long[] keys = all.keysByRow();
        FeatureIndex kept = new FeatureIndex(keys.length / 2);
        for (int row = 0; row < keys.length; row++) if (counts[row] >= minCount) kept.add(keys[row]);
        return kept;
    }

    private static void update(float[] weights, double[] sums, int at, int delta, long step) {
        weights[at] += delta;
        sums[at] += (double) step * delta;
    }

    private static float[] average(float[] weights, double[] sums, long steps) {
        float[] averaged = new float[weights.length];
        for (int i = 0; i < weights.length; i++) averaged[i] = (float) (weights[i] - sums[i] / steps);
        return averaged;
    }

    private record Example(int[][] rows, int[] labels) {
    }
}
