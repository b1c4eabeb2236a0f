package org.marsad.ner.train;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.model.EntityType;
import org.marsad.ner.BioCodec;

class SpanScoresTest {
    private static int[] labels(String... tags) {
        int[] l = new int[tags.length];
        for (int i = 0; i < tags.length; i++) l[i] = BioCodec.parse(tags[i]);
        return l;
    }

    @Test
    void exactSpanCountsAsCorrect() {
        SpanScores s = new SpanScores();
        s.add(labels("B-PER", "I-PER", "O"), labels("B-PER", "I-PER", "O"));
        assertThat(s.micro().f1()).isEqualTo(100.0);
    }

    @Test
    void shorterSpanIsBothAFalsePositiveAndAMiss() {
        SpanScores s = new SpanScores();
        s.add(labels("B-PER", "I-PER", "O"), labels("B-PER", "O", "O"));
        SpanScores.Counts c = s.micro();
        assertThat(c.truePositives).isZero();
        assertThat(c.predicted).isEqualTo(1);
        assertThat(c.gold).isEqualTo(1);
    }

    @Test
    void insideAfterOutsideOpensAnEntityAsConllevalReadsIt() {
        SpanScores s = new SpanScores();
        s.add(labels("O", "I-LOC"), labels("O", "B-LOC"));
        assertThat(s.micro().f1()).isEqualTo(100.0);
    }

    @Test
    void rightSpanWithWrongTypeIsNotCorrect() {
        SpanScores s = new SpanScores();
        s.add(labels("B-ORG", "I-ORG"), labels("B-LOC", "I-LOC"));
        assertThat(s.byType().get(EntityType.ORG).recall()).isZero();
        assertThat(s.byType().get(EntityType.LOC).precision()).isZero();
    }

    @Test
    void microAveragePoolsCountsOverTypes() {
        SpanScores s = new SpanScores();
        s.add(labels("B-PER", "O", "B-LOC", "O", "B-ORG"), labels("B-PER", "O", "B-LOC", "O", "O"));
        assertThat(s.micro().precision()).isEqualTo(100.0);
        assertThat(s.micro().recall()).isCloseTo(66.67, org.assertj.core.data.Offset.offset(0.01));
        assertThat(s.tokens()).isEqualTo(5);
    }
}
