package org.marsad.ner;

/**
 * One tagging of a document in both passes of a {@link NerModel}, with the working memory it needs: a word's
 * features are streamed through one buffer into both passes' scores as they are made, so memory grows with
 * words × labels, never words × features. The first pass decodes each sentence at once; the second-pass scores of
 * the local features are kept (one score per word and label) until the votes are known. Not thread-safe: one per
 * call.
 */
final class DocumentTagger {
    private static final int L = BioCodec.COUNT;

    private final FeatureExtractor extractor;
    private final TwoPassWeights weights;
    private final FeatureExtractor.SentenceFacts facts = new FeatureExtractor.SentenceFacts();
    private final long[] buffer = FeatureExtractor.featureBuffer();
    private final int[] slots = new int[buffer.length];
    private final float[] sums = new float[TwoPassWeights.ENTRY];
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
        int[] starts = document.sentenceStarts;
        for (int s = 0; s < document.sentences(); s++) {
            firstPass(document, starts[s], starts[s + 1], secondScores, first);
        }
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

    /**
     * Writes the first-pass labels of the sentence at positions {@code [from, to)} to {@code labels[from, to)}, and
     * the second-pass scores of its local features to {@code second[from * L, to * L)}.
     */
    void firstPass(DocumentWords document, int from, int to, float[] second, int[] labels) {
        int n = to - from;
        facts.read(document, from, to, extractor.gazetteer());
        for (int i = 0; i < n; i++) {
            int count = extractor.features(facts, i, buffer);
            touched += weights.scoreLocal(buffer, count, slots, sums, firstScores, i * L, second, (from + i) * L);
        }
        viterbi.decode(firstScores, 0, n, weights.firstTransitions(), labels, from);
    }
}
