package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.model.EntityType;
import org.marsad.ner.BioCodec.Entity;

class BioCodecTest {
    private static int[] labels(String... tags) {
        int[] labels = new int[tags.length];
        for (int i = 0; i < tags.length; i++) labels[i] = BioCodec.parse(tags[i]);
        return labels;
    }

    @Test
    void beginAndInsideMakeOneEntity() {
        assertThat(BioCodec.decode(labels("O", "B-PER", "I-PER", "O")))
                .containsExactly(new Entity(1, 3, EntityType.PER));
    }

    @Test
    void beginAfterInsideOfTheSameTypeOpensAnotherEntity() {
        assertThat(BioCodec.decode(labels("B-LOC", "I-LOC", "B-LOC")))
                .containsExactly(new Entity(0, 2, EntityType.LOC), new Entity(2, 3, EntityType.LOC));
    }

    @Test
    void insideAfterOutsideOpensAnEntityAsConllevalReadsIt() {
        assertThat(BioCodec.decode(labels("O", "I-ORG", "I-ORG"))).containsExactly(new Entity(1, 3, EntityType.ORG));
    }

    @Test
    void insideOfAnotherTypeOpensAnEntityOfItsOwn() {
        assertThat(BioCodec.decode(labels("B-ORG", "I-LOC")))
                .containsExactly(new Entity(0, 1, EntityType.ORG), new Entity(1, 2, EntityType.LOC));
    }

    @Test
    void sliceIsDecodedWithWordsCountedFromItsStart() {
        int[] two = labels("B-PER", "O", "O", "B-MISC", "I-MISC");
        assertThat(BioCodec.decode(two, 2, 5)).containsExactly(new Entity(1, 3, EntityType.MISC));
    }

    @Test
    void encodingGivesBeginThenInside() {
        int[] encoded = BioCodec.encode(List.of(new Entity(1, 3, EntityType.PER), new Entity(3, 4, EntityType.PER)), 5);
        assertThat(encoded).containsExactly(labels("O", "B-PER", "I-PER", "B-PER", "O"));
    }

    @Test
    void decodingWhatWasEncodedGivesTheSameEntities() {
        Random random = new Random(3);
        for (int round = 0; round < 500; round++) {
            int[] labels = new int[1 + random.nextInt(12)];
            for (int i = 0; i < labels.length; i++) labels[i] = random.nextInt(BioCodec.COUNT);
            List<Entity> entities = BioCodec.decode(labels);
            assertThat(BioCodec.decode(BioCodec.encode(entities, labels.length))).isEqualTo(entities);
        }
    }

    @Test
    void overlappingEntitiesCannotBeEncoded() {
        assertThatThrownBy(() -> BioCodec.encode(
                List.of(new Entity(0, 2, EntityType.PER), new Entity(1, 3, EntityType.LOC)), 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlaps");
    }

    @Test
    void entityBeyondTheSentenceCannotBeEncoded() {
        assertThatThrownBy(() -> BioCodec.encode(List.of(new Entity(2, 5, EntityType.ORG)), 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside");
    }

    @Test
    void insideFollowsOnlyBeginOrInsideOfItsType() {
        int beginPer = BioCodec.begin(EntityType.PER), insidePer = BioCodec.inside(EntityType.PER);
        assertThat(BioCodec.allowed(beginPer, insidePer)).isTrue();
        assertThat(BioCodec.allowed(insidePer, insidePer)).isTrue();
        assertThat(BioCodec.allowed(BioCodec.OUTSIDE, insidePer)).isFalse();
        assertThat(BioCodec.allowed(-1, insidePer)).isFalse();
        assertThat(BioCodec.allowed(BioCodec.begin(EntityType.LOC), insidePer)).isFalse();
        assertThat(BioCodec.allowed(BioCodec.OUTSIDE, beginPer)).isTrue();
    }

    @Test
    void tagsOfAnercorpAndConllParseToTheSameLabel() {
        assertThat(BioCodec.parse("B-PERS")).isEqualTo(BioCodec.parse("B-PER"));
        assertThat(BioCodec.name(BioCodec.parse("I-PERS"))).isEqualTo("I-PER");
        assertThat(BioCodec.parse("O")).isEqualTo(BioCodec.OUTSIDE);
    }

    @Test
    void unknownTagIsRefused() {
        assertThat(BioCodec.parse("B-DATE")).isEqualTo(-1);
        assertThat(BioCodec.parse("X-PER")).isEqualTo(-1);
        assertThat(BioCodec.parse("")).isEqualTo(-1);
    }
}
