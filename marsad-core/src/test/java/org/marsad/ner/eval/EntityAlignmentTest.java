package org.marsad.ner.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.model.EntityType;

class EntityAlignmentTest {
    // «استقبل الرئيس عبد الفتاح السيسي … وقال السيسي … وأكد الوزير سامح شكري … شكري»: four name mentions, two persons
    private static final Map<Integer, String> WORDS = Map.of(10, "عبد الفتاح السيسي", 40, "السيسي", 70, "سامح شكري",
            90, "شكري");

    private static EntityGold.Mention at(int start, int entity) {
        return new EntityGold.Mention("body", start, start + WORDS.get(start).length(), EntityType.PER, entity);
    }

    private static String text(EntityGold.Mention m) {
        return WORDS.get(m.start());
    }

    private static final List<EntityGold.Mention> GOLD = List.of(at(10, 1), at(40, 1), at(70, 2), at(90, 2));

    @Test
    void theSameGroupingAlignsWhole() {
        EntityAlignment a = EntityAlignment.of(GOLD, List.of(at(10, 7), at(40, 7), at(70, 3), at(90, 3)),
                EntityAlignmentTest::text);
        assertThat(a.similarity()).isCloseTo(2.0, within(1e-9));
        assertThat(a.split()).isEmpty();
        assertThat(a.merged()).isEmpty();
    }

    @Test
    void aPersonFoundAsTwoEntitiesIsASplitAndCountsHalfOfItsParts() {
        EntityAlignment a = EntityAlignment.of(GOLD, List.of(at(10, 1), at(40, 2), at(70, 3), at(90, 3)),
                EntityAlignmentTest::text);
        // السيسي pairs with one of its two parts: 2·1 / (2 + 1); شكري whole
        assertThat(a.similarity()).isCloseTo(1 + 2.0 / 3, within(1e-9));
        assertThat(a.found()).isEqualTo(3);
        assertThat(a.split()).containsExactly(List.of(java.util.Set.of("عبد الفتاح السيسي"), java.util.Set.of("السيسي")));
    }

    @Test
    void twoPersonsFoundAsOneEntityAreAMerge() {
        EntityAlignment a = EntityAlignment.of(GOLD, List.of(at(10, 1), at(40, 1), at(70, 1), at(90, 1)),
                EntityAlignmentTest::text);
        // one found entity pairs with one gold person: 2·2 / (4 + 2)
        assertThat(a.similarity()).isCloseTo(4.0 / 6, within(1e-9));
        assertThat(a.merged()).hasSize(1);
        assertThat(a.split()).isEmpty();
    }

    @Test
    void aMentionFoundWithOtherBoundsSharesNothing() {
        EntityGold.Mention cut = new EntityGold.Mention("body", 14, 27, EntityType.PER, 1);
        EntityAlignment a = EntityAlignment.of(List.of(at(10, 1)), List.of(cut), m -> "الفتاح السيسي");
        assertThat(a.similarity()).isZero();
        assertThat(a.gold()).isEqualTo(1);
        assertThat(a.found()).isEqualTo(1);
    }

    @Test
    void eachFoundEntityPairsWithOneGoldEntityAtMost() {
        // one found entity holds all four mentions; the pairing counts it once, for the better of the two persons
        EntityAlignment a = EntityAlignment.of(GOLD.subList(0, 3), List.of(at(10, 5), at(40, 5), at(70, 5)),
                EntityAlignmentTest::text);
        assertThat(a.similarity()).isCloseTo(2.0 * 2 / 5, within(1e-9));
    }
}
