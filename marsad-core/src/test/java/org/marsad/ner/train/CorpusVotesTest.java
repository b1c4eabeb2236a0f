package org.marsad.ner.train;

import org.junit.jupiter.api.Test;
import org.marsad.model.EntityType;
import org.marsad.ner.FeatureExtractor;
import org.marsad.ner.Gazetteer;
import org.marsad.ner.NerModel;
import org.marsad.ner.SequenceModel;
import org.marsad.ner.TinyModels;
import org.marsad.ner.Word;
import org.marsad.ner.WordClusters;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CorpusVotesTest {
    private static final WordClusters CLUSTERS = new WordClusters(
            Map.of("ماهر", new int[]{1}, "حمص", new int[]{0}, "مشروع", new int[]{1}), new int[]{2});

    private static List<Word> line(String text) {
        return Arrays.stream(text.split(" ")).map(Word::of).toList();
    }

    private static List<List<Word>> unlabelled() {
        List<List<Word>> lines = new ArrayList<>();
        for (int i = 0; i < 3; i++) lines.add(line("وقال ماهر الصباغ إن المشروع بدأ في حمص ."));
        return lines;
    }

    private static int vote(WordClusters classes, String word, EntityType type) {
        return classes.of(word)[1 + type.ordinal()];
    }

    private static WordClusters votedClusters() {
        FeatureExtractor extractor = new FeatureExtractor(Gazetteer.empty(), CLUSTERS);
        List<long[][]> features = new ArrayList<>();
        List<int[]> labels = new ArrayList<>();
        for (TaggedSentence s : TinyModels.sentences()) {
            features.add(extractor.extract(s.words().stream().map(Word::of).toList()));
            labels.add(s.labels());
        }
        SequenceModel tagger = new PerceptronTrainer(10, 1, 1, 1).train(features, labels);
        return CorpusVotes.addedTo(CLUSTERS, tagger, extractor, unlabelled());
    }

    @Test
    void aShareNeedsThreeOccurrences() {
        assertThat(CorpusVotes.shareClass(2, 2)).isZero();
        assertThat(CorpusVotes.shareClass(3, 3)).isEqualTo(4);
    }

    @Test
    void sharesFallIntoFourClassesBounded5_25And60Percent() {
        assertThat(CorpusVotes.shareClass(100, 0)).isEqualTo(1);
        assertThat(CorpusVotes.shareClass(100, 4)).isEqualTo(1);
        assertThat(CorpusVotes.shareClass(100, 5)).isEqualTo(2);
        assertThat(CorpusVotes.shareClass(100, 25)).isEqualTo(3);
        assertThat(CorpusVotes.shareClass(100, 59)).isEqualTo(3);
        assertThat(CorpusVotes.shareClass(100, 60)).isEqualTo(4);
    }

    @Test
    void oneClassPerTypeFollowsTheClusters() {
        WordClusters voted = votedClusters();
        assertThat(voted.sizes()).containsExactly(2, 5, 5, 5, 5);
        assertThat(voted.of("ماهر")[0]).isEqualTo(1);
    }

    @Test
    void aWordTaggedAsAPersonEverywhereHasTheTopPersonClass() {
        WordClusters voted = votedClusters();
        assertThat(vote(voted, "ماهر", EntityType.PER)).isEqualTo(4);
        assertThat(vote(voted, "ماهر", EntityType.LOC)).isEqualTo(1);
        assertThat(vote(voted, "حمص", EntityType.LOC)).isEqualTo(4);
        assertThat(vote(voted, "مشروع", EntityType.PER)).isEqualTo(1);
    }

    @Test
    void aModelTrainedWithUnlabelledTextCarriesTheVotes() {
        NerModel model = new NerTrainer(10, 1, 2, 5, 1, 1).train(TinyModels.sentences(), Gazetteer.empty(), CLUSTERS,
                unlabelled(), line -> { });
        assertThat(model.clusters().sizes()).hasSize(5);
        assertThat(vote(model.clusters(), "حمص", EntityType.LOC)).isEqualTo(4);
    }
}
