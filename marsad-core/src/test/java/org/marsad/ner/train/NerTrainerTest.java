package org.marsad.ner.train;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.ner.BioCodec;
import org.marsad.ner.NerModel;
import org.marsad.ner.TinyModels;
import org.marsad.ner.Word;

import java.util.List;

class NerTrainerTest {
    private static final NerModel MODEL = TinyModels.trained();

    @Test
    void modelReproducesItsTrainingSentences() {
        NerEvaluation e = NerEvaluation.of(MODEL, TinyModels.sentences());
        assertThat(e.micro().f1()).isEqualTo(100.0);
    }

    @Test
    void unseenNameInASeenContextIsTagged() {
        TaggedSentence s = TinyModels.sentence("وقال/O ماهر/B-PER الصباغ/I-PER إن/O المشروع/O بدأ/O ./O");
        List<int[]> tags = MODEL.tag(List.of(s.words().stream().map(Word::of).toList()), 5);
        assertThat(tags.get(0)).containsExactly(s.labels());
    }

    @Test
    void insideLabelNeverFollowsOutside() {
        TaggedSentence s = TinyModels.sentence("الأحمد/O وصل/O النجار/O");
        int[] labels = MODEL.tagAlone(s.words().stream().map(Word::of).toList());
        for (int i = 0; i < labels.length; i++) {
            int previous = i == 0 ? -1 : labels[i - 1];
            assertThat(BioCodec.allowed(previous, labels[i])).isTrue();
        }
    }

    @Test
    void trainingIsDeterministicForOneSeed() {
        NerModel again = TinyModels.trained();
        assertThat(again.firstPass().emission()).containsExactly(MODEL.firstPass().emission());
        assertThat(again.secondPass().emission()).containsExactly(MODEL.secondPass().emission());
    }
}
