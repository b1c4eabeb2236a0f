package org.marsad.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * One tagging of a run of sentences in both passes of a {@link NerModel}, with the working memory it needs: a
 * word's features are streamed through one buffer into both passes' scores as they are made, so memory grows with
 * words × labels, never words × features. The first pass decodes each sentence at once; the second-pass scores of
 * the local features are kept (one score per word and label) until the votes are known. Not thread-safe: one per
 * call.
 */
final class DocumentTagger {
    private static final int L = BioLabels.COUNT;

    private final FeatureExtractor extractor;
    private final TwoPassWeights weights;
    private final FeatureExtractor.SentenceFacts facts = new FeatureExtractor.SentenceFacts();
    private final long[] buffer = FeatureExtractor.featureBuffer();
    private final Viterbi viterbi = new Viterbi();
    private float[] firstScores = new float[0];

    DocumentTagger(FeatureExtractor extractor, TwoPassWeights weights) {
        this.extractor = extractor;
        this.weights = weights;
    }

    /** The second-pass labels of every sentence, each seen with {@code window} sentences around it. */
    List<int[]> tag(List<List<Word>> sentences, int window) {
        long words = 0;
        for (List<Word> sentence : sentences) words += sentence.size();
        if (words * L > Integer.MAX_VALUE - 8) throw new IllegalArgumentException("too many words: " + words);
        float[] secondScores = new float[(int) words * L];
        List<int[]> first = new ArrayList<>(sentences.size());
        int offset = 0;
        for (List<Word> sentence : sentences) {
            first.add(firstPass(sentence, secondScores, offset));
            offset += sentence.size() * L;
        }
        List<int[]> votes = DocumentVotes.of(sentences, first, window);
        List<int[]> second = new ArrayList<>(sentences.size());
        offset = 0;
        for (int s = 0; s < sentences.size(); s++) {
            int[] v = votes.get(s);
            int n = v.length;
            for (int i = 0; i < n; i++) {
                weights.addVotes(v[i], i > 0 ? v[i - 1] : DocumentVotes.NONE, secondScores, offset + i * L);
            }
            int[] labels = new int[n];
            viterbi.decode(secondScores, offset, n, weights.secondTransitions(), labels);
            second.add(labels);
            offset += n * L;
        }
        return second;
    }

    /** The first-pass labels of one sentence, leaving its second-pass local scores at {@code second[offset…]}. */
    int[] firstPass(List<Word> sentence, float[] second, int offset) {
        int n = sentence.size();
        if (firstScores.length < n * L) firstScores = new float[Math.max(n * L, 2 * firstScores.length)];
        java.util.Arrays.fill(firstScores, 0, n * L, 0f);
        facts.read(sentence, extractor);
        for (int i = 0; i < n; i++) {
            int count = extractor.features(facts, i, buffer);
            weights.addLocal(buffer, count, firstScores, i * L, second, offset + i * L);
        }
        int[] labels = new int[n];
        viterbi.decode(firstScores, 0, n, weights.firstTransitions(), labels);
        return labels;
    }
}
