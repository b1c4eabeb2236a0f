package org.marsad.ner;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Word classes learnt from unlabelled text, so the tagger can generalise from a name it was trained on to one it
 * was not (two surnames after الرئيس, two towns after بلدة): for each word of a vocabulary, its class at each of
 * several granularities. Words are stem keys ({@link Word#stemKey}), as the features read them. How the classes are
 * learnt is training's business ({@code org.marsad.ner.train.ClusterLearning}). Immutable; thread-safe.
 */
public final class WordClusters {
    private final Map<String, int[]> clusters;
    private final int[] sizes;

    public WordClusters(Map<String, int[]> clusters, int[] sizes) {
        if (sizes.length > FeatureExtractor.MAX_CLASSES) throw new IllegalArgumentException(sizes.length + " classes");
        for (int[] classes : clusters.values()) {
            if (classes.length != sizes.length) throw new IllegalArgumentException("one class per granularity");
            for (int g = 0; g < sizes.length; g++) {
                if (classes[g] < 0 || classes[g] >= sizes[g]) throw new IllegalArgumentException("class " + classes[g]);
            }
        }
        this.clusters = new HashMap<>(clusters); // looked up for every word tagged: HashMap finds keys fastest
        this.sizes = sizes.clone();
    }

    public static WordClusters empty() {
        return new WordClusters(Map.of(), new int[0]);
    }

    /** The cluster of {@code stemKey} at each granularity, or null for a word outside the vocabulary. */
    public int[] of(String stemKey) {
        return clusters.get(stemKey);
    }

    /**
     * These classes with more after each word's own: {@code more} gives a word's added classes, one for each size of
     * {@code moreSizes}. Training adds so what it learns of each word from the news.
     */
    public WordClusters with(int[] moreSizes, Function<String, int[]> more) {
        Map<String, int[]> classes = new HashMap<>(clusters.size() * 2);
        for (Map.Entry<String, int[]> e : clusters.entrySet()) {
            int[] own = e.getValue(), added = more.apply(e.getKey());
            int[] all = Arrays.copyOf(own, own.length + added.length);
            System.arraycopy(added, 0, all, own.length, added.length);
            classes.put(e.getKey(), all);
        }
        int[] allSizes = Arrays.copyOf(sizes, sizes.length + moreSizes.length);
        System.arraycopy(moreSizes, 0, allSizes, sizes.length, moreSizes.length);
        return new WordClusters(classes, allSizes);
    }

    public int[] sizes() {
        return sizes.clone();
    }

    public Map<String, int[]> all() {
        return java.util.Collections.unmodifiableMap(clusters);
    }
}
