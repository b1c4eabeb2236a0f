package org.marsad.ner;

/**
 * Everything the tagger reads of a word alone, found once and then read for each of its occurrences: the hashes of
 * its key and stem, its gazetteer lists and word classes (and those of the stem less a clitic the analysis left on
 * it), the most words of a gazetteer phrase it may begin, and sums of feature weights, each both passes'
 * {@link TwoPassWeights#ENTRY} numbers side by side, at {@link #at}: of its {@linkplain FeatureExtractor#wordFeatures
 * features that read the word alone} ({@link #OWN}; each occurrence's scores go on from it), and of the features it
 * gives the word it stands before, two before, after and two after
 * ({@link FeatureExtractor#neighbourFeatures(int, Word, long, long, int, int[], long[], int)}). Immutable once made;
 * its arrays are never written.
 */
record WordAnalysis(Word word, long keyHash, long stemHash, int lists, int[] classes, int ungluedLists,
                    int[] ungluedClasses, int longestPhrase, float[] sums) {
    /** The sums of the word's own features, after which come those of each {@link FeatureExtractor#PREVIOUS place}. */
    static final int OWN = -1;
    /** How many numbers {@link #sums} holds. */
    static final int SUMS = (FeatureExtractor.PLACES + 1) * TwoPassWeights.ENTRY;

    /** Where in {@link #sums} the sums for {@code part} start: {@link #OWN} or a place. */
    static int at(int part) {
        return (part + 1) * TwoPassWeights.ENTRY;
    }
}
