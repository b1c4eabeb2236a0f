package org.marsad.ner;

/**
 * One tagging of a document in both passes of a {@link NerModel}, with the working memory it needs: a word's
 * features are streamed through one buffer into both passes' scores as they are made, so memory grows with
 * words × labels, never words × features. The first pass decodes each sentence at once; the second-pass scores of
 * the local features are kept (one score per word and label) until the votes are known.
 * <p>
 * A word's scores begin with the weights of its {@linkplain FeatureExtractor#wordFeatures features that read the
 * word alone}, added up once for each distinct word ({@link WordAnalysis#sums}); each occurrence goes on from that sum
 * with the few features that read it together with its neighbours or its place ({@link FeatureExtractor#placeFeatures}).
 * Most features of its context read one neighbour alone (the key and stem of a word two places away, the lists and
 * classes of the word beside it), so their weights too are summed once for each distinct word, in each of the four
 * places it may stand, and added as four sums. These are the numbers the trainer adds, grouped otherwise, which can
 * move a score in its last bit, and a label only where two labels tie to that bit: the labels of the test split and
 * of a day of news are the same as adding every feature in order. Not thread-safe: one per call.
 */
final class DocumentTagger {
    private static final int L = BioCodec.COUNT;

    private final FeatureExtractor extractor;
    private final TwoPassWeights weights;
    /** What the edges of a sentence give a word near them ({@link WordAnalyses#edges}). */
    private final float[] edges;
    private final FeatureExtractor.SentenceFacts facts = new FeatureExtractor.SentenceFacts();
    private final long[] buffer = FeatureExtractor.featureBuffer();
    private final int[] slots = new int[buffer.length];
    /** What {@link TwoPassWeights#scoreLocal} returns, kept only so that its loads stay. */
    private float touched;
    private final Viterbi viterbi;
    private final float[] firstScores;

    /**
     * A tagger for documents whose sentences have at most {@code longestSentence} words, whose words were analysed by
     * {@code analyses}.
     */
    DocumentTagger(FeatureExtractor extractor, TwoPassWeights weights, WordAnalyses analyses, int longestSentence) {
        this.extractor = extractor;
        this.weights = weights;
        this.edges = analyses.edges();
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
        int[] starts = document.sentenceStarts;
        for (int s = 0; s < document.sentences(); s++) firstPass(document, starts[s], starts[s + 1], second, labels);
    }

    /**
     * Writes the first-pass labels of the sentence at positions {@code [from, to)} to {@code labels[from, to)}, and
     * the second-pass scores of its local features to {@code second[from * L, to * L)}.
     */
    private void firstPass(DocumentWords document, int from, int to, float[] second, int[] labels) {
        int n = to - from;
        facts.read(document, from, to, extractor.gazetteer());
        for (int i = 0; i < n; i++) {
            int count = extractor.placeFeatures(facts, i, buffer, 0);
            WordAnalysis word = document.words[document.ids[from + i]];
            int firstAt = i * L, secondAt = (from + i) * L;
            touched += weights.scoreLocal(buffer, count, slots, word.sums(), WordAnalysis.at(WordAnalysis.OWN),
                    firstScores, firstAt, second, secondAt);
            addNeighbour(document, from, n, i - 1, FeatureExtractor.PREVIOUS, firstAt, second, secondAt);
            addNeighbour(document, from, n, i - 2, FeatureExtractor.BEFORE_PREVIOUS, firstAt, second, secondAt);
            addNeighbour(document, from, n, i + 1, FeatureExtractor.NEXT, firstAt, second, secondAt);
            addNeighbour(document, from, n, i + 2, FeatureExtractor.AFTER_NEXT, firstAt, second, secondAt);
        }
        viterbi.decode(firstScores, 0, n, weights.firstTransitions(), labels, from);
    }

    /**
     * Adds to a word's scores in both passes the sums of the features it gets from word {@code j} of the sentence of
     * {@code n} words at {@code from}, which stands at {@code place} to it, or from the sentence's edge there.
     */
    private void addNeighbour(DocumentWords document, int from, int n, int j, int place, int firstAt, float[] second,
                              int secondAt) {
        float[] sums = j >= 0 && j < n ? document.words[document.ids[from + j]].sums() : edges;
        int at = WordAnalysis.at(place);
        for (int y = 0; y < L; y++) firstScores[firstAt + y] += sums[at + y];
        for (int y = 0; y < L; y++) second[secondAt + y] += sums[at + L + y];
    }
}
