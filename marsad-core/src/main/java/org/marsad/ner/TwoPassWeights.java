package org.marsad.ner;

/**
 * The weights of both passes of a {@link NerModel} under one index, for tagging. The second pass reads the first
 * pass's features plus two vote features, so a word's local features are looked up once: a feature's row holds its
 * first-pass weights and its second-pass weights side by side, zeros for a pass that lacks it. Adding those zeros
 * changes no sum (no weight is -0), so the scores are those each pass's own table gives, bit for bit, as long as
 * they are added in the same order: the local features in order, then the vote features. The vote features are
 * few and are looked up here once. Immutable; thread-safe.
 */
final class TwoPassWeights {
    private static final int L = BioLabels.COUNT;
    /** Votes of the previous word: NONE, then each vote; index {@code previous + 1}. */
    private static final int PREVIOUS_VOTES = DocumentVotes.DISTINCT + 1;

    private final FeatureIndex index;
    /** {@code weights[row * 2L + y]} first pass, {@code weights[row * 2L + L + y]} second pass. */
    private final float[] weights;
    /** Second-pass weights of the vote features: {@code votes[vote * L + y]}. */
    private final float[] votes;
    /** Second-pass weights of the vote-pair features: {@code pairs[(vote * PREVIOUS_VOTES + previous + 1) * L + y]}. */
    private final float[] pairs;
    private final float[] firstTransitions;
    private final float[] secondTransitions;

    TwoPassWeights(SequenceModel first, SequenceModel second) {
        long[] firstKeys = first.index().keysByRow(), secondKeys = second.index().keysByRow();
        FeatureIndex both = new FeatureIndex(firstKeys.length + secondKeys.length);
        for (long key : firstKeys) both.add(key);
        for (long key : secondKeys) both.add(key);
        index = new FeatureIndex(both.size()); // sized for the keys, not for twice their number
        for (long key : firstKeys) index.add(key);
        for (long key : secondKeys) index.add(key);
        weights = new float[index.size() * 2 * L];
        copy(first, firstKeys, 0);
        copy(second, secondKeys, L);
        votes = new float[DocumentVotes.DISTINCT * L];
        pairs = new float[DocumentVotes.DISTINCT * PREVIOUS_VOTES * L];
        for (int vote = 0; vote < DocumentVotes.DISTINCT; vote++) {
            copyRow(second, FeatureExtractor.voteFeature(vote), votes, vote * L);
            for (int previous = DocumentVotes.NONE; previous < DocumentVotes.DISTINCT; previous++) {
                copyRow(second, FeatureExtractor.votePairFeature(vote, previous), pairs,
                        (vote * PREVIOUS_VOTES + previous + 1) * L);
            }
        }
        firstTransitions = Viterbi.masked(first.transition());
        secondTransitions = Viterbi.masked(second.transition());
    }

    private void copy(SequenceModel pass, long[] keys, int offset) {
        for (int row = 0; row < keys.length; row++) {
            System.arraycopy(pass.emission(), row * L, weights, index.get(keys[row]) * 2 * L + offset, L);
        }
    }

    private static void copyRow(SequenceModel pass, long feature, float[] target, int at) {
        int row = pass.index().get(feature);
        if (row != FeatureIndex.ABSENT) System.arraycopy(pass.emission(), row * L, target, at, L);
    }

    /** Both passes' transitions, masked for {@link Viterbi#decode}. */
    float[] firstTransitions() {
        return firstTransitions;
    }

    float[] secondTransitions() {
        return secondTransitions;
    }

    /**
     * Adds the weights of a word's local features {@code features[0, count)}, in order, to its first-pass scores
     * {@code first[firstAt, firstAt + L)} and its second-pass scores {@code second[secondAt, secondAt + L)}.
     */
    void addLocal(long[] features, int count, float[] first, int firstAt, float[] second, int secondAt) {
        float[] w = weights;
        for (int f = 0; f < count; f++) {
            int row = index.get(features[f]);
            if (row == FeatureIndex.ABSENT) continue;
            int base = row * 2 * L;
            for (int y = 0; y < L; y++) first[firstAt + y] += w[base + y];
            for (int y = 0; y < L; y++) second[secondAt + y] += w[base + L + y];
        }
    }

    /**
     * Adds to a word's second-pass scores {@code second[at, at + L)} the weights of its vote and of its vote with
     * the previous word's, as {@link FeatureExtractor#withVotes} adds those features after the local ones; nothing
     * for {@link DocumentVotes#NONE}.
     */
    void addVotes(int vote, int previousVote, float[] second, int at) {
        if (vote == DocumentVotes.NONE) return;
        int v = vote * L, p = (vote * PREVIOUS_VOTES + previousVote + 1) * L;
        for (int y = 0; y < L; y++) second[at + y] += votes[v + y];
        for (int y = 0; y < L; y++) second[at + y] += pairs[p + y];
    }
}
