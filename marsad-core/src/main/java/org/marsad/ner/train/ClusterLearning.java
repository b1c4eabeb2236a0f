package org.marsad.ner.train;

import org.marsad.ner.Word;
import org.marsad.ner.WordClusters;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Learns {@link WordClusters} by grouping words that occur in similar contexts in unlabelled text. Each word of the
 * vocabulary is described by the words seen one and two places to its left and right, weighted by positive pointwise
 * mutual information; spherical k-means then groups these descriptions at several granularities. Two more classes
 * follow the clusters: how often the word takes the article, and its frequency as a power of 2.
 */
final class ClusterLearning {
    private ClusterLearning() {
    }

    /**
     * Clusters the words of {@code sentences} seen at least {@code minCount} times, at each of {@code sizes}
     * granularities, with {@code contextWords} most frequent words as the context vocabulary.
     */
    static WordClusters learn(List<List<Word>> text, int minCount, int contextWords, int[] sizes, long seed) {
        List<List<String>> sentences = new ArrayList<>(text.size());
        Map<String, int[]> usage = new HashMap<>();
        for (List<Word> line : text) {
            List<String> keys = new ArrayList<>(line.size());
            for (Word w : line) {
                keys.add(w.stemKey());
                int[] u = usage.computeIfAbsent(w.stemKey(), k -> new int[2]);
                u[0]++;
                if (w.proclitics().endsWith("ال")) u[1]++;
            }
            sentences.add(keys);
        }
        Map<String, Integer> frequency = new HashMap<>();
        for (List<String> sentence : sentences) for (String w : sentence) frequency.merge(w, 1, Integer::sum);
        List<String> byFrequency = new ArrayList<>(frequency.keySet());
        byFrequency.sort(Comparator.comparing((String w) -> -frequency.get(w)).thenComparing(w -> w));
        Map<String, Integer> contextIndex = new HashMap<>();
        for (int i = 0; i < Math.min(contextWords, byFrequency.size()); i++) contextIndex.put(byFrequency.get(i), i);
        List<String> vocabulary = byFrequency.stream().filter(w -> frequency.get(w) >= minCount).toList();
        Map<String, Integer> vocabularyIndex = new HashMap<>();
        for (int i = 0; i < vocabulary.size(); i++) vocabularyIndex.put(vocabulary.get(i), i);

        int offsets = 4, dimensions = offsets * contextWords;
        List<Map<Integer, Integer>> counts = new ArrayList<>(vocabulary.size());
        for (int i = 0; i < vocabulary.size(); i++) counts.add(new HashMap<>());
        long[] columnTotals = new long[dimensions];
        long total = 0;
        int[] shifts = {-2, -1, 1, 2};
        for (List<String> sentence : sentences) {
            for (int i = 0; i < sentence.size(); i++) {
                Integer row = vocabularyIndex.get(sentence.get(i));
                if (row == null) continue;
                for (int o = 0; o < offsets; o++) {
                    int j = i + shifts[o];
                    Integer column = j < 0 || j >= sentence.size() ? null : contextIndex.get(sentence.get(j));
                    if (column == null) continue;
                    int d = o * contextWords + column;
                    counts.get(row).merge(d, 1, Integer::sum);
                    columnTotals[d]++;
                    total++;
                }
            }
        }
        SparseVector[] vectors = new SparseVector[vocabulary.size()];
        for (int row = 0; row < vectors.length; row++) {
            Map<Integer, Integer> c = counts.get(row);
            long rowTotal = c.values().stream().mapToLong(Integer::longValue).sum();
            int[] index = new int[c.size()];
            float[] value = new float[c.size()];
            int n = 0;
            for (Map.Entry<Integer, Integer> e : c.entrySet()) {
                double pmi = Math.log((double) e.getValue() * total / ((double) rowTotal * columnTotals[e.getKey()]));
                if (pmi <= 0) continue;
                index[n] = e.getKey();
                value[n++] = (float) pmi;
            }
            vectors[row] = new SparseVector(Arrays.copyOf(index, n), Arrays.copyOf(value, n)).normalised();
        }
        Map<String, int[]> assignment = new HashMap<>();
        for (String w : vocabulary) {
            int[] classes = new int[sizes.length + USAGE_CLASSES];
            int[] u = usage.get(w);
            classes[sizes.length] = definiteness(u[0], u[1]);
            classes[sizes.length + 1] = 31 - Integer.numberOfLeadingZeros(u[0]);
            assignment.put(w, classes);
        }
        for (int s = 0; s < sizes.length; s++) {
            int[] cluster = sphericalKMeans(vectors, sizes[s], dimensions, new Random(seed + s));
            for (int row = 0; row < vectors.length; row++) assignment.get(vocabulary.get(row))[s] = cluster[row];
        }
        int[] all = Arrays.copyOf(sizes, sizes.length + USAGE_CLASSES);
        all[sizes.length] = 4;
        all[sizes.length + 1] = 32;
        return new WordClusters(assignment, all);
    }

    /** Extra classes after the clusters: how often the word takes the article, and its frequency as a power of 2. */
    private static final int USAGE_CLASSES = 2;

    /**
     * How often a word is written with the article, in four classes. Names of people and most foreign places never
     * take it, common nouns and adjectives often do: for Arabic, which has no capital letters, this is the
     * nearest thing to the share of capitalised occurrences.
     */
    private static int definiteness(int count, int withArticle) {
        if (withArticle == 0) return 0;
        double share = (double) withArticle / count;
        return share < 0.1 ? 1 : share < 0.5 ? 2 : 3;
    }

    private record SparseVector(int[] index, float[] value) {
        SparseVector normalised() {
            double norm = 0;
            for (float v : value) norm += v * v;
            if (norm == 0) return this;
            float[] scaled = new float[value.length];
            for (int i = 0; i < value.length; i++) scaled[i] = (float) (value[i] / Math.sqrt(norm));
            return new SparseVector(index, scaled);
        }
    }

    private static int[] sphericalKMeans(SparseVector[] vectors, int k, int dimensions, Random random) {
        int n = vectors.length;
        k = Math.min(k, n);
        float[][] centroids = new float[k][dimensions];
        // seeded from the most frequent words, which have the richest contexts, spread by a random pick
        for (int c = 0; c < k; c++) {
            SparseVector v = vectors[random.nextInt(Math.min(n, 4 * k))];
            for (int i = 0; i < v.index.length; i++) centroids[c][v.index[i]] = v.value[i];
        }
        int[] assignment = new int[n];
        for (int iteration = 0; iteration < 12; iteration++) {
            final float[][] current = centroids;
            final int clusters = k;
            java.util.stream.IntStream.range(0, n).parallel().forEach(row -> {
                SparseVector v = vectors[row];
                int best = 0;
                double bestScore = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < clusters; c++) {
                    float[] centroid = current[c];
                    double score = 0;
                    for (int i = 0; i < v.index.length; i++) score += v.value[i] * centroid[v.index[i]];
                    if (score > bestScore) {
                        bestScore = score;
                        best = c;
                    }
                }
                assignment[row] = best;
            });
            float[][] next = new float[k][dimensions];
            for (int row = 0; row < n; row++) {
                SparseVector v = vectors[row];
                float[] centroid = next[assignment[row]];
                for (int i = 0; i < v.index.length; i++) centroid[v.index[i]] += v.value[i];
            }
            for (int c = 0; c < k; c++) {
                double norm = 0;
                for (float x : next[c]) norm += x * x;
                if (norm == 0) {
                    next[c] = centroids[c];
                    continue;
                }
                float scale = (float) (1 / Math.sqrt(norm));
                for (int d = 0; d < dimensions; d++) next[c][d] *= scale;
            }
            centroids = next;
        }
        return assignment;
    }
}
