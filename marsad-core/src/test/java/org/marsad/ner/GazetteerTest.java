package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private static Gazetteer gazetteer() {
        Gazetteer.Builder b = new Gazetteer.Builder();
        b.add("الأردن", Gazetteer.NameList.COUNTRY);
        b.add("جنوب أفريقيا", Gazetteer.NameList.COUNTRY);
        b.add("سليم", Gazetteer.NameList.PERSON_FIRST);
        return b.build();
    }

    private static List<Word> words(String... w) {
        return java.util.Arrays.stream(w).map(Word::of).toList();
    }

    @Test
    void entryMatchesWithoutArticleHamzaOrConjunction() {
        Gazetteer g = gazetteer();
        int country = 1 << Gazetteer.NameList.COUNTRY.ordinal();
        assertThat(g.lists(Word.of("والاردن").stemKey())).isEqualTo(country);
        assertThat(g.lists(Word.of("الأردن").stemKey())).isEqualTo(country);
    }

    @Test
    void phraseMarksItsFirstAndFollowingWords() {
        int[] marks = gazetteer().phraseMatches(words("زار", "جنوب", "أفريقيا", "أمس"));
        int country = 1 << Gazetteer.NameList.COUNTRY.ordinal();
        assertThat(marks).containsExactly(0, country, country << Gazetteer.LIST_COUNT, 0);
    }

    @Test
    void wordOnNoListHasNoBits() {
        assertThat(gazetteer().lists(Word.of("مدرسة").stemKey())).isZero();
    }
}
