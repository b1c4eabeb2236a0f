package org.marsad.ner;

/**
 * One tagging of a document in both passes of a {@link NerModel}, with the working memory it needs: a word's
 * features are streamed through one buffer into both passes' scores as they are made, so memory grows with
 * words × labels, never words × features. The first pass decodes each sentence at once; the second-pass scores of
 * the local features are kept (one score per word and label) until the votes are known.
 * <p>
 * A word's scores begin with the weights of its {@linkplain FeatureExtractor#wordFeatures features that read the
 * word alone}; those are added up once for each distinct word of the document, and each of its occurrences goes
 * on from that sum with the features of its sentence, which gives the very sums of adding all its features in
 * order. Not thread-safe: one per call.
 */
final class DocumentTagger {
    private static final int L = BioCodec.COUNT;

    private final FeatureExtractor extractor;
    private final TwoPassWeights weights;
    private final FeatureExtractor.SentenceFacts facts = new FeatureExtractor.SentenceFacts();
    private final long[] buffer = FeatureExtractor.featureBuffer();
    private final int[] slots = new int[buffer.length];
    /** By distinct word, both passes' sums of its word features: {@code wordSums[id * ENTRY, (id + 1) * ENTRY)}. */
    private float[] wordSums;
    /** What {@link TwoPassWeights#scoreLocal} returns, kept only so that its loads stay. */
    private float touched;
    private final Viterbi viterbi;
    private final float[] firstScores;

    /** A tagger for documents whose sentences have at most {@code longestSentence} words. */
    DocumentTagger(FeatureExtractor extractor, TwoPassWeights weights, int longestSentence) {
        this.extractor = extractor;
        this.weights = weights;
        this.viterbi = new Viterbi(longestSentence);
        this.firstScores = new float[longestSentence * L];
        facts.reserve(longestSentence);
    }

    /** The second-pass label of every word of {@code document}, each sentence seen with {@code window} around it. */
    int[] tag(DocumentWords document, int window) {
        int positions = document.ids.length;
        if ((long) positions * L > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("too many words: " + positions);
        }
        float[] secondScores = new float[positions * L];
        int[] first = new int[positions];
        firstPass(document, secondScores, first);
        int[] starts = document.sentenceStarts;
        int[] voters = new int[positions];
        for (int p = 0; p < positions; p++) voters[p] = document.voters[document.ids[p]];
        int[] votes = DocumentVotes.of(voters, document.voterCount, starts, first, window);
        int[] labels = first; // each first-pass label is read before its second-pass label is written over it
        for (int s = 0; s < document.sentences(); s++) {
            int from = starts[s], to = starts[s + 1];
            for (int p = from; p < to; p++) {
                weights.addVotes(votes[p], p > from ? votes[p - 1] : DocumentVotes.NONE, secondScores, p * L);
            }
            viterbi.decode(secondScores, from * L, to - from, weights.secondTransitions(), labels, from);
        }
        return labels;
    }

    /** The first-pass label of every word of {@code document}, each sentence read alone. */
    int[] firstPass(DocumentWords document) {
        int[] labels = new int[document.ids.length];
        firstPass(document, new float[document.ids.length * L], labels);
        return labels;
    }

    /** Writes every word's first-pass label to {@code labels} and its second-pass local scores to {@code second}. */
    private void firstPass(DocumentWords document, float[] second, int[] labels) {
        sumWordFeatures(document);
        int[] starts = document.sentenceStarts;
        for (int s = 0; s < document.sentences(); s++) firstPass(document, starts[s], starts[s + 1], second, labels);
    }

    private void sumWordFeatures(DocumentWords document) {
        int distinct = document.distinct();
        wordSums = new float[distinct * TwoPassWeights.ENTRY];
        for (int id = 0; id < distinct; id++) {
            int count = FeatureExtractor.wordFeatures(document.words[id], document.keyHashes[id],
                    document.stemHashes[id], document.lists[id], document.clusters[id], document.ungluedLists[id],
                    document.ungluedClusters[id], buffer);
            touched += weights.sumFeatures(buffer, count, slots, wordSums, id * TwoPassWeights.ENTRY);
        }
    }

    /**
     * Writes the first-pass labels of the sentence at positions {@code [from, to)} to {@code labels[from, to)}, and
     * the second-pass scores of its local features to {@code second[from * L, to * L)}.
     */
    private void firstPass(DocumentWords document, int from, int to, float[] second, int[] labels) {
        int n = to - from;
        facts.read(document, from, to, extractor.gazetteer());
        for (int i = 0; i < n; i++) {
            int count = extractor.sentenceFeatures(facts, i, buffer, 0);
            int word = document.ids[from + i];
            touched += weights.scoreLocal(buffer, count, slots, wordSums, word * TwoPassWeights.ENTRY, firstScores,
                    i * L, second, (from + i) * L);
        }
        viterbi.decode(firstScores, 0, n, weights.firstTransitions(), labels, from);
    }
}
