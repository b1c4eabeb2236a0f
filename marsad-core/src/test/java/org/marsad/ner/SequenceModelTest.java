package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.model.EntityType;

class SequenceModelTest {
    private static final int L = BioCodec.COUNT;

    private static SequenceModel emptyModel() {
        return new SequenceModel(new FeatureIndex(4), new float[0], new float[(L + 1) * L]);
    }

    @Test
    void decodingFollowsTransitionsChangedAfterConstruction() {
        SequenceModel model = emptyModel();
        int per = BioCodec.begin(EntityType.PER);
        model.transition()[L * L + per] = 5; // the trainer updates the table in place
        assertThat(model.decodeRows(new int[][]{{}})).containsExactly(per);
    }

    @Test
    void insideLabelIsNeverChosenAfterOutsideHoweverItIsWeighted() {
        SequenceModel model = emptyModel();
        int inside = BioCodec.inside(EntityType.LOC);
        model.transition()[L * L + inside] = 100;
        model.transition()[BioCodec.OUTSIDE * L + inside] = 100;
        assertThat(model.decodeRows(new int[][]{{}, {}})).doesNotContain(inside);
    }
}
