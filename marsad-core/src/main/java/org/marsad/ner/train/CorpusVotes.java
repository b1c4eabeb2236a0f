package org.marsad.ner.train;

import org.marsad.model.EntityType;
import org.marsad.ner.BioCodec;
import org.marsad.ner.FeatureExtractor;
import org.marsad.ner.SequenceModel;
import org.marsad.ner.Word;
import org.marsad.ner.WordClusters;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * What a tagger says of each word across millions of tokens of unlabelled news: for each word of the clusters'
 * vocabulary and each entity type, the share of its occurrences the tagger put inside a name of that type. A word
 * the training sentences never showed is often tagged right in the many sentences where its context is plain
 * ("قال X", "في X"), and its share carries that to the sentence at hand, where the context may say little. The
 * shares are added to the word's classes in {@link WordClusters}, so the tagger reads them as it reads a cluster,
 * for the word and its neighbours.
 */
final class CorpusVotes {
    /** Classes of a share: fewer than {@link #MIN_OCCURRENCES} occurrences, below 5%, 25%, 60%, and more. */
    static final int CLASSES = 5;
    static final int MIN_OCCURRENCES = 3;
    private static final EntityType[] TYPES = EntityType.values();
    /** Sentences tagged per batch: enough for both cores, few enough to keep their labels small. */
    private static final int BATCH = 20_000;

    private CorpusVotes() {
    }

    /**
     * {@code clusters} with one more class per entity type for each word: the class of the share of its
     * occurrences in {@code lines} that {@code model}, reading the features of {@code extractor}, put inside a name of
     * that type.
     */
    static WordClusters addedTo(WordClusters clusters, SequenceModel model, FeatureExtractor extractor,
                                List<List<Word>> lines) {
        Map<String, int[]> counts = count(clusters, model, extractor, lines);
        int[] sizes = new int[TYPES.length];
        Arrays.fill(sizes, CLASSES);
        return clusters.with(sizes, word -> {
            int[] n = counts.get(word);
            int[] votes = new int[TYPES.length];
            for (int t = 0; t < TYPES.length; t++) votes[t] = n == null ? 0 : shareClass(n[0], n[1 + t]);
            return votes;
        });
    }

    /** The class of {@code inside} occurrences in a name out of {@code total}. */
    static int shareClass(int total, int inside) {
        if (total < MIN_OCCURRENCES) return 0;
        double share = (double) inside / total;
        return share < 0.05 ? 1 : share < 0.25 ? 2 : share < 0.6 ? 3 : 4;
    }

    /** For each vocabulary word: its occurrences, then how many were tagged inside a name of each type. */
    private static Map<String, int[]> count(WordClusters clusters, SequenceModel model, FeatureExtractor extractor,
                                            List<List<Word>> lines) {
        Map<String, int[]> counts = new HashMap<>(clusters.all().size() * 2);
        for (int from = 0; from < lines.size(); from += BATCH) {
            List<List<Word>> batch = lines.subList(from, Math.min(lines.size(), from + BATCH));
            int[][] labels = new int[batch.size()][];
            IntStream.range(0, batch.size()).parallel()
                    .forEach(s -> labels[s] = model.decode(extractor.extract(batch.get(s))));
            for (int s = 0; s < batch.size(); s++) {
                List<Word> line = batch.get(s);
                for (int i = 0; i < line.size(); i++) {
                    String stem = line.get(i).stemKey();
                    if (clusters.of(stem) == null) continue;
                    int[] n = counts.computeIfAbsent(stem, k -> new int[1 + TYPES.length]);
                    n[0]++;
                    if (labels[s][i] != BioCodec.OUTSIDE) n[1 + BioCodec.type(labels[s][i]).ordinal()]++;
                }
            }
        }
        return counts;
    }
}
