package org.marsad.ner.train;

import org.marsad.ner.WordClusters;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Word classes from word vectors: spherical k-means over unit vectors at several granularities, added after the
 * classes a {@link WordClusters} already has. A word without a vector gets class 0 at each granularity.
 */
final class VectorClusters {
    private static final int ITERATIONS = 10;

    private VectorClusters() {
    }

    /**
     * {@code clusters} with, for each of {@code sizes}, the k-means class of each word's vector; {@code vectors}
     * are in order of frequency, and the most frequent seed the centroids.
     */
    static WordClusters addedTo(WordClusters clusters, Map<String, float[]> vectors, int[] sizes, long seed) {
        List<String> present = List.copyOf(vectors.keySet());
        float[][] rows = present.stream().map(vectors::get).toArray(float[][]::new);
        Map<String, Integer> row = new HashMap<>(present.size() * 2);
        for (int i = 0; i < present.size(); i++) row.put(present.get(i), i);
        int[][] assignments = new int[sizes.length][];
        for (int s = 0; s < sizes.length; s++) assignments[s] = kMeans(rows, sizes[s], new Random(seed + s));
        int[] old = clusters.sizes();
        Map<String, int[]> classes = new HashMap<>(clusters.all().size() * 2);
        for (Map.Entry<String, int[]> e : clusters.all().entrySet()) {
            int[] c = Arrays.copyOf(e.getValue(), old.length + sizes.length);
            Integer r = row.get(e.getKey());
            for (int s = 0; s < sizes.length; s++) c[old.length + s] = r == null ? 0 : assignments[s][r];
            classes.put(e.getKey(), c);
        }
        int[] all = Arrays.copyOf(old, old.length + sizes.length);
        for (int s = 0; s < sizes.length; s++) all[old.length + s] = Math.max(1, Math.min(sizes[s], rows.length));
        return new WordClusters(classes, all);
    }

    /** The cluster of each unit vector, by cosine, at {@code k} clusters. */
    static int[] kMeans(float[][] vectors, int k, Random random) {
        int n = vectors.length;
        if (n == 0) return new int[0];
        k = Math.min(k, n);
        int dimensions = vectors[0].length;
        float[][] centroids = new float[k][];
        for (int c = 0; c < k; c++) centroids[c] = vectors[random.nextInt(Math.min(n, 4 * k))].clone();
        int[] assignment = new int[n];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            float[][] current = centroids;
            int clusters = k;
            IntStream.range(0, n).parallel().forEach(r -> {
                float[] v = vectors[r];
                int best = 0;
                float bestScore = Float.NEGATIVE_INFINITY;
                for (int c = 0; c < clusters; c++) {
                    float[] centroid = current[c];
                    float score = 0;
                    for (int d = 0; d < dimensions; d++) score += v[d] * centroid[d];
                    if (score > bestScore) {
                        bestScore = score;
                        best = c;
                    }
                }
                assignment[r] = best;
            });
            float[][] next = new float[k][dimensions];
            for (int r = 0; r < n; r++) {
                float[] sum = next[assignment[r]];
                for (int d = 0; d < dimensions; d++) sum[d] += vectors[r][d];
            }
            for (int c = 0; c < k; c++) {
                double norm = 0;
                for (float x : next[c]) norm += x * x;
                if (norm == 0) {
                    next[c] = centroids[c];
                    continue;
                }
                for (int d = 0; d < dimensions; d++) next[c][d] /= (float) Math.sqrt(norm);
            }
            centroids = next;
        }
        return assignment;
    }
}
