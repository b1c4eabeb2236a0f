package org.marsad.ner;

/**
 * The weights of both passes of a {@link NerModel} under one index, for tagging. The second pass reads the first
 * pass's features plus two vote features, so a word's local features are looked up once: a feature's entry holds
 * its first-pass weights and its second-pass weights side by side, zeros for a pass that lacks it. Adding a zero
 * changes no sum (at most the sign of a zero sum, and -0 and +0 compare equal), so the labels are those each pass's
 * own table gives, as long as the weights are added in the same order: the local features in order, then the vote
 * features. The vote features are few and are looked up here once. Immutable; thread-safe.
 * <p>
 * Tagging time goes mostly to memory: the weights (10 MB for the shipped model) do not fit the processor's near
 * caches, and the other stages of the pipeline evict them between articles. So the table is laid out for few,
 * independent memory accesses: open addressing over feature ids at most three quarters full, with an entry's
 * weights stored at its slot number, not at a row read from the slot, so that the processor can fetch the weights
 * while it is still comparing the id.
 */
final class TwoPassWeights {
    private static final int L = BioCodec.COUNT;
    /** Weights of an entry: first pass, then second pass. */
    static final int ENTRY = 2 * L;
    /** Votes of the previous word: NONE, then each vote; index {@code previous + 1}. */
    private static final int PREVIOUS_VOTES = DocumentVotes.DISTINCT + 1;

    /** The feature id in each slot, 0 for an empty slot. */
    private final long[] ids;
    /** {@code weights[slot * ENTRY + y]} first pass, {@code weights[slot * ENTRY + L + y]} second pass. */
    private final float[] weights;
    private final int mask;
    private final int shift;
    /** Second-pass weights of the vote features: {@code votes[vote * L + y]}. */
    private final float[] votes;
    /** Second-pass weights of the vote-pair features: {@code pairs[(vote * PREVIOUS_VOTES + previous + 1) * L + y]}. */
    private final float[] pairs;
    private final float[] firstTransitions;
    private final float[] secondTransitions;
    /** Where a sum starts from that adds nothing to an earlier part. */
    private static final float[] ZEROS = new float[ENTRY];

    TwoPassWeights(SequenceModel first, SequenceModel second) {
        long[] firstIds = first.index().keysByRow(), secondIds = second.index().keysByRow();
        FeatureIndex both = new FeatureIndex(firstIds.length + secondIds.length);
        for (long id : firstIds) both.add(id);
        for (long id : secondIds) both.add(id);
        int capacity = Integer.highestOneBit(Math.max(16, both.size() + both.size() / 3) - 1) << 1;
        ids = new long[capacity];
        weights = new float[capacity * ENTRY];
        mask = capacity - 1;
        shift = 64 - Integer.numberOfTrailingZeros(capacity);
        copy(first, firstIds, 0);
        copy(second, secondIds, L);
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

    private void copy(SequenceModel pass, long[] idsByRow, int offset) {
        for (int row = 0; row < idsByRow.length; row++) {
            System.arraycopy(pass.emission(), row * L, weights, slotOf(idsByRow[row]) * ENTRY + offset, L);
        }
    }

    /** The slot of {@code id}, taking an empty one for a new id. */
    private int slotOf(long id) {
        int slot = home(id);
        while (ids[slot] != id && ids[slot] != 0) slot = (slot + 1) & mask;
        ids[slot] = id;
        return slot;
    }

    /** The top bits of a multiplicative hash, as many as the table has slots. */
    private int home(long id) {
        return (int) ((id * 0x9E3779B97F4A7C15L) >>> shift);
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
     * Writes to {@code sums[at, at + ENTRY)} the weights of {@code features[0, count)} added up in order from zero,
     * both passes' side by side: the start of the scores of a word, which {@link #scoreLocal} continues from. The
     * scratch array {@code slots} holds at least {@code count}. Returns a number of no meaning (see below).
     */
    float sumFeatures(long[] features, int count, int[] slots, float[] sums, int at) {
        float touched = find(features, count, slots);
        sum(weights, slots, count, ZEROS, 0, sums, at, sums, at + L);
        return touched;
    }

    /**
     * Writes the scores of a word's local features, their weights added in order to {@code start[startAt, startAt
     * + ENTRY)} (as {@link #sumFeatures} wrote them for the features before these, zeros for none), to
     * {@code first[firstAt, firstAt + L)} for the first pass and {@code second[secondAt, secondAt + L)} for the
     * second. Adding the same numbers in the same order from the same start gives the same sums, so a word's
     * features may be summed in two parts. The scratch array {@code slots} holds at least {@code count}. Returns a
     * number of no meaning (see below).
     */
    float scoreLocal(long[] features, int count, int[] slots, float[] start, int startAt, float[] first, int firstAt,
                     float[] second, int secondAt) {
        float touched = find(features, count, slots);
        sum(weights, slots, count, start, startAt, first, firstAt, second, secondAt);
        return touched; // kept by the caller, so the compiler cannot drop the loads that made it
    }

    /**
     * Writes to {@code slots[0, count)} where the weights of each feature start, -1 for a feature the model lacks.
     * It first finds every feature's slot and touches its weights: these loads do not wait on one another, so the
     * processor has many cache misses under way at once; adding the weights then finds them in cache.
     */
    private float find(long[] features, int count, int[] slots) {
        long[] ids = this.ids;
        float[] w = weights;
        float touched = 0;
        for (int f = 0; f < count; f++) {
            long id = features[f];
            int slot = home(id);
            long found;
            while ((found = ids[slot]) != id && found != 0) slot = (slot + 1) & mask;
            if (found == 0) {
                slots[f] = -1;
                continue;
            }
            slots[f] = slot * ENTRY;
            touched += w[slot * ENTRY] + w[slot * ENTRY + ENTRY - 1];
        }
        return touched;
    }

    /**
     * Adds to {@code start[startAt, startAt + ENTRY)} the entries at {@code at[0, count)} (-1 for none) in order,
     * and writes the first pass's sums to {@code first[firstAt, firstAt + L)}, the second's to {@code second[secondAt,
     * secondAt + L)}. Both passes are summed as one row of {@link #ENTRY} numbers, each in a variable of its own: a
     * loop over an array of sums would store every partial sum and load it back, and this is the innermost loop of
     * tagging.
     */
    private static void sum(float[] w, int[] at, int count, float[] start, int startAt, float[] first, int firstAt,
                            float[] second, int secondAt) {
        if (ENTRY != 18) { // the variables below are one per number of an entry
            float[] sums = java.util.Arrays.copyOfRange(start, startAt, startAt + ENTRY);
            for (int f = 0; f < count; f++) {
                if (at[f] < 0) continue;
                for (int y = 0; y < ENTRY; y++) sums[y] += w[at[f] + y];
            }
            System.arraycopy(sums, 0, first, firstAt, L);
            System.arraycopy(sums, L, second, secondAt, L);
            return;
        }
        float s0 = start[startAt], s1 = start[startAt + 1], s2 = start[startAt + 2];
        float s3 = start[startAt + 3], s4 = start[startAt + 4], s5 = start[startAt + 5];
        float s6 = start[startAt + 6], s7 = start[startAt + 7], s8 = start[startAt + 8];
        float s9 = start[startAt + 9], s10 = start[startAt + 10], s11 = start[startAt + 11];
        float s12 = start[startAt + 12], s13 = start[startAt + 13], s14 = start[startAt + 14];
        float s15 = start[startAt + 15], s16 = start[startAt + 16], s17 = start[startAt + 17];
        for (int f = 0; f < count; f++) {
            int b = at[f];
            if (b < 0) continue;
            s0 += w[b];
            s1 += w[b + 1];
            s2 += w[b + 2];
            s3 += w[b + 3];
            s4 += w[b + 4];
            s5 += w[b + 5];
            s6 += w[b + 6];
            s7 += w[b + 7];
            s8 += w[b + 8];
            s9 += w[b + 9];
            s10 += w[b + 10];
            s11 += w[b + 11];
            s12 += w[b + 12];
            s13 += w[b + 13];
            s14 += w[b + 14];
            s15 += w[b + 15];
            s16 += w[b + 16];
            s17 += w[b + 17];
        }
        first[firstAt] = s0;
        first[firstAt + 1] = s1;
        first[firstAt + 2] = s2;
        first[firstAt + 3] = s3;
        first[firstAt + 4] = s4;
        first[firstAt + 5] = s5;
        first[firstAt + 6] = s6;
        first[firstAt + 7] = s7;
        first[firstAt + 8] = s8;
        second[secondAt] = s9;
        second[secondAt + 1] = s10;
        second[secondAt + 2] = s11;
        second[secondAt + 3] = s12;
        second[secondAt + 4] = s13;
        second[secondAt + 5] = s14;
        second[secondAt + 6] = s15;
        second[secondAt + 7] = s16;
        second[secondAt + 8] = s17;
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
