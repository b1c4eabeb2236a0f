package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;
import org.marsad.text.ArabicTokenizer;

class TwoPassWeightsTest {
    private static final int L = BioCodec.COUNT;
    private static final String SENTENCE = "وقال وزير الخارجية سامح شكري في القاهرة إن الوفد سيزور بيروت ولبنان غدا .";

    private static long[][] features(NerModel model) {
        List<Word> words = new ArrayList<>();
        for (Token token : new ArabicTokenizer().tokenize(SENTENCE)) words.add(Word.of(SENTENCE, token));
        return new FeatureExtractor(model.gazetteer(), model.clusters()).extract(words);
    }

    /** The scores of a pass as its own model adds them up: each feature's weights in order, from zero. */
    private static float[] passScores(SequenceModel pass, long[] features) {
        float[] scores = new float[L];
        for (long feature : features) {
            int row = pass.index().get(feature);
            if (row == FeatureIndex.ABSENT) continue;
            for (int y = 0; y < L; y++) scores[y] += pass.emission()[row * L + y];
        }
        return scores;
    }

    private static int[] bits(float[] values) {
        int[] bits = new int[values.length];
        for (int i = 0; i < values.length; i++) bits[i] = Float.floatToRawIntBits(values[i]);
        return bits;
    }

    @Test
    void scoresAreEachPassModelsOwnSumsToTheBit() throws IOException {
        NerModel model = NerModel.shipped();
        TwoPassWeights weights = new TwoPassWeights(model.firstPass(), model.secondPass());
        for (long[] word : features(model)) {
            float[] first = new float[L], second = new float[L];
            weights.scoreLocal(word, word.length, new int[word.length], new float[TwoPassWeights.ENTRY], 0, first, 0,
                    second, 0);
            assertThat(bits(first)).containsExactly(bits(passScores(model.firstPass(), word)));
            assertThat(bits(second)).containsExactly(bits(passScores(model.secondPass(), word)));
        }
    }

    @Test
    void sumContinuedFromTheSumOfTheFirstFeaturesIsTheWholeSumToTheBit() throws IOException {
        NerModel model = NerModel.shipped();
        TwoPassWeights weights = new TwoPassWeights(model.firstPass(), model.secondPass());
        for (long[] word : features(model)) {
            int[] slots = new int[word.length];
            float[] whole = new float[TwoPassWeights.ENTRY];
            weights.scoreLocal(word, word.length, slots, new float[TwoPassWeights.ENTRY], 0, whole, 0, whole, L);
            for (int split = 0; split <= word.length; split++) {
                float[] start = new float[1 + TwoPassWeights.ENTRY]; // written at an offset, as a tagger keeps them
                weights.sumFeatures(word, split, slots, start, 1);
                long[] rest = java.util.Arrays.copyOfRange(word, split, word.length);
                float[] parts = new float[TwoPassWeights.ENTRY];
                weights.scoreLocal(rest, rest.length, slots, start, 1, parts, 0, parts, L);
                assertThat(bits(parts)).as("split at %d", split).containsExactly(bits(whole));
            }
        }
    }
}
