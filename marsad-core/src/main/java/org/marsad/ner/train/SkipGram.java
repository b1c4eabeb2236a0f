package org.marsad.ner.train;

import org.marsad.ner.Word;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Word vectors learnt from unlabelled text by skip-gram with negative sampling (Mikolov et al. 2013): each word's
 * vector is trained to tell the words seen within a few places of it from words drawn at random. Words are stem keys,
 * as the tagger reads them. One thread, so that a seed gives the same vectors every time.
 *
 * @param dimensions  length of a vector
 * @param window      the most places on each side a context word may be (each occurrence draws 1 to window)
 * @param negatives   random words per context word
 * @param epochs      passes over the text
 * @param minCount    words seen fewer times get no vector
 * @param subsample   a word whose share of the text is above it is skipped at random, the more the commoner
 *                    it is (1e-4 for millions of tokens; 1 keeps every word)
 * @param seed        seed of every random draw
 */
record SkipGram(int dimensions, int window, int negatives, int epochs, int minCount, double subsample, long seed) {
    private static final float START_RATE = 0.025f;
    private static final int NOISE_TABLE = 1 << 24;

    /** Vectors of unit length, by word, the most frequent words first. */
    Map<String, float[]> learn(List<List<Word>> lines) {
        Map<String, Integer> frequency = new HashMap<>();
        for (List<Word> line : lines) for (Word w : line) frequency.merge(w.stemKey(), 1, Integer::sum);
        List<String> vocabulary = new ArrayList<>();
        frequency.forEach((w, n) -> {
            if (n >= minCount) vocabulary.add(w);
        });
        vocabulary.sort(Comparator.comparing((String w) -> -frequency.get(w)).thenComparing(w -> w));
        Map<String, Integer> index = new HashMap<>(vocabulary.size() * 2);
        for (int i = 0; i < vocabulary.size(); i++) index.put(vocabulary.get(i), i);
        int v = vocabulary.size();
        long total = 0;
        int[] counts = new int[v];
        for (int i = 0; i < v; i++) total += counts[i] = frequency.get(vocabulary.get(i));
        int[][] text = new int[lines.size()][];
        for (int s = 0; s < lines.size(); s++) {
            List<Word> line = lines.get(s);
            int[] ids = new int[line.size()];
            int n = 0;
            for (Word w : line) {
                Integer id = index.get(w.stemKey());
                if (id != null) ids[n++] = id;
            }
            text[s] = Arrays.copyOf(ids, n);
        }
        float[] keep = new float[v];
        for (int i = 0; i < v; i++) {
            double f = (double) counts[i] / total;
            keep[i] = (float) Math.min(1, Math.sqrt(subsample / f) + subsample / f);
        }
        int[] noise = noiseTable(counts);
        Random random = new Random(seed);
        float[] in = new float[v * dimensions], out = new float[v * dimensions];
        for (int i = 0; i < in.length; i++) in[i] = (random.nextFloat() - 0.5f) / dimensions;
        float[] gradient = new float[dimensions];
        long steps = (long) epochs * total, done = 0;
        int[] kept = new int[1024];
        for (int epoch = 0; epoch < epochs; epoch++) {
            for (int[] line : text) {
                if (kept.length < line.length) kept = new int[line.length];
                int n = 0;
                for (int id : line) if (random.nextFloat() < keep[id]) kept[n++] = id;
                done += line.length;
                float rate = Math.max(START_RATE * 1e-4f, START_RATE * (1 - (float) done / steps));
                for (int i = 0; i < n; i++) {
                    int reach = 1 + random.nextInt(window);
                    for (int j = Math.max(0, i - reach); j < Math.min(n, i + reach + 1); j++) {
                        if (j == i) continue;
                        train(in, out, kept[j] * dimensions, kept[i], noise, random, rate, gradient);
                    }
                }
            }
        }
        Map<String, float[]> vectors = new java.util.LinkedHashMap<>(v * 2);
        for (int i = 0; i < v; i++) {
            float[] vector = Arrays.copyOfRange(in, i * dimensions, (i + 1) * dimensions);
            double norm = 0;
            for (float x : vector) norm += x * x;
            if (norm > 0) for (int d = 0; d < dimensions; d++) vector[d] /= (float) Math.sqrt(norm);
            vectors.put(vocabulary.get(i), vector);
        }
        return vectors;
    }

    /** One update: the vector at {@code word} learns that {@code context} is near it and random words are not. */
    private void train(float[] in, float[] out, int word, int context, int[] noise, Random random, float rate,
                       float[] gradient) {
        Arrays.fill(gradient, 0);
        for (int k = 0; k <= negatives; k++) {
            int target;
            float label;
            if (k == 0) {
                target = context;
                label = 1;
            } else {
                target = noise[random.nextInt(noise.length)];
                if (target == context) continue;
                label = 0;
            }
            int t = target * dimensions;
            float dot = 0;
            for (int d = 0; d < dimensions; d++) dot += in[word + d] * out[t + d];
            float g = (label - sigmoid(dot)) * rate;
            for (int d = 0; d < dimensions; d++) {
                gradient[d] += g * out[t + d];
                out[t + d] += g * in[word + d];
            }
        }
        for (int d = 0; d < dimensions; d++) in[word + d] += gradient[d];
    }

    private static float sigmoid(float x) {
        if (x > 8) return 1;
        if (x < -8) return 0;
        return (float) (1 / (1 + Math.exp(-x)));
    }

    /** Word ids in proportion to their count to the power 3/4, to draw negatives from. */
    private static int[] noiseTable(int[] counts) {
        double sum = 0;
        for (int c : counts) sum += Math.pow(c, 0.75);
        int[] table = new int[NOISE_TABLE];
        int word = 0;
        double reached = Math.pow(counts[0], 0.75) / sum;
        for (int i = 0; i < table.length; i++) {
            table[i] = word;
            if ((double) (i + 1) / table.length > reached && word < counts.length - 1) {
                word++;
                reached += Math.pow(counts[word], 0.75) / sum;
            }
        }
        return table;
    }
}
