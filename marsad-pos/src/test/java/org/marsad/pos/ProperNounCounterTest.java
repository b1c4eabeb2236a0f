package org.marsad.pos;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProperNounCounterTest {
    private static ProperNounCounter counter;

    @BeforeAll
    static void countTwoLines() {
        counter = new ProperNounCounter();
        counter.count("وقال الرئيس الفرنسي إيمانويل ماكرون إن باريس سترسل مساعدات إلى لبنان");
        counter.count("التقى ماكرون رئيس الوزراء في القاهرة");
    }

    @Test
    void aForeignNameAfterItsTitleIsCountedAProperNounEachTime() {
        assertThat(counter.counts().get("ماكرون")).containsExactly(2, 2);
    }

    @Test
    void aVerbIsCountedButNotAsAProperNoun() {
        assertThat(counter.counts().get("قال")).containsExactly(1, 0);
    }

    @Test
    void punctuationAndNumbersAreNotCounted() {
        counter.count("فاز الفريق 3 - 1 ، أمس");
        assertThat(counter.counts()).doesNotContainKeys("3", "-", "1", "،");
    }

    @Test
    void everyTaggedWordIsCountedIncludingClitics() {
        ProperNounCounter fresh = new ProperNounCounter();
        fresh.count("وبالمصرف");
        assertThat(fresh.wordsTagged()).isEqualTo(3);
    }
}
