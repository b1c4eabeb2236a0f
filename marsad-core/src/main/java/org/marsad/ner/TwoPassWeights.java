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
     * Writes the scores of a word's local features {@code features[0, count)}, their weights added in order, to
     * {@code first[firstAt, firstAt + L)} for the first pass and {@code second[secondAt, secondAt + L)} for the
     * second. The scratch arrays {@code slots} and {@code sums} hold at least {@code count} and {@link #ENTRY}.
     * Returns a number of no meaning (see below).
     */
    float scoreLocal(long[] features, int count, int[] slots, float[] sums, float[] first, int firstAt,
                     float[] second, int secondAt) {
        long[] ids = this.ids;
        float[] w = weights;
        // first find every feature's slot and touch its weights: these loads do not wait on one another, so the
        // processor has many cache misses under way at once; adding the weights then finds them in cache
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
        sum(w, slots, count, sums);
        System.arraycopy(sums, 0, first, firstAt, L);
        System.arraycopy(sums, L, second, secondAt, L);
        return touched; // kept by the caller, so the compiler cannot drop the loads that made it
    }

    /**
     * Writes to {@code sums[0, ENTRY)} the entries at {@code at[0, count)} (-1 for none) added up from zero in order.
     * Both passes are summed as one row of {@link #ENTRY} numbers, each in a variable of its own: a loop over an
     * array of sums would store every partial sum and load it back, and this is the innermost loop of tagging.
     */
    private static void sum(float[] w, int[] at, int count, float[] sums) {
        if (ENTRY != 18) { // the variables below are one per number of an entry
            java.util.Arrays.fill(sums, 0, ENTRY, 0f);
            for (int f = 0; f < count; f++) {
                if (at[f] < 0) continue;
                for (int y = 0; y < ENTRY; y++) sums[y] += w[at[f] + y];
            }
            return;
        }
        float s0 = 0, s1 = 0, s2 = 0;
        float s3 = 0, s4 = 0, s5 = 0;
        float s6 = 0, s7 = 0, s8 = 0;
        float s9 = 0, s10 = 0, s11 = 0;
        float s12 = 0, s13 = 0, s14 = 0;
        float s15 = 0, s16 = 0, s17 = 0;
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
        sums[0] = s0;
        sums[1] = s1;
        sums[2] = s2;
        sums[3] = s3;
        sums[4] = s4;
        sums[5] = s5;
        sums[6] = s6;
        sums[7] = s7;
        sums[8] = s8;
        sums[9] = s9;
        sums[10] = s10;
        sums[11] = s11;
        sums[12] = s12;
        sums[13] = s13;
        sums[14] = s14;
        sums[15] = s15;
        sums[16] = s16;
        sums[17] = s17;
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
