package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordLexiconTest {
    private static final Gazetteer GAZETTEER = gazetteer();
    private static final WordClusters CLUSTERS = new WordClusters(
            Map.of(stem("حداد"), new int[]{3, 1}, stem("المدينة"), new int[]{0, 2}), new int[]{4, 4});
    private static final WordLexicon LEXICON = new WordLexicon(GAZETTEER, CLUSTERS);

    private static Gazetteer gazetteer() {
        Gazetteer.Builder b = new Gazetteer.Builder();
        b.add("حداد", Gazetteer.NameList.PERSON_LAST);
        b.add("طنجة", Gazetteer.NameList.CITY);
        b.add("وادي الذهب", Gazetteer.NameList.PLACE);
        return b.build();
    }

    private static String stem(String word) {
        return Word.of(word).stemKey();
    }

    private static int entry(String stem) {
        return LEXICON.find(stem, FeatureHashing.value(stem));
    }

    @Test
    void answersAsTheGazetteerAndTheClustersForEachWord() {
        for (String word : List.of("حداد", "طنجة", "وادي", "الذهب", "المدينة", "كتاب", "سليم")) {
            String stem = stem(word);
            assertThat(LEXICON.lists(entry(stem))).as(word).isEqualTo(GAZETTEER.lists(stem));
            assertThat(LEXICON.classes(entry(stem))).as(word).isEqualTo(CLUSTERS.of(stem));
            assertThat(LEXICON.longestPhrase(entry(stem))).as(word).isEqualTo(GAZETTEER.longestPhraseFrom(stem));
        }
    }

    @Test
    void wordBeginningAPhraseIsFoundThoughOnNoList() {
        assertThat(LEXICON.longestPhrase(entry(stem("وادي")))).isEqualTo(2);
        assertThat(LEXICON.lists(entry(stem("وادي")))).isZero();
    }

    @Test
    void restOfAWordIsFoundWithoutItsFirstLetter() {
        String glued = "و" + stem("طنجة"); // as the clitic rules may leave it: the conjunction kept on the word
        int rest = LEXICON.find(glued, 1, FeatureHashing.value(glued, 1, glued.length()));
        assertThat(LEXICON.lists(rest)).isEqualTo(GAZETTEER.lists(stem("طنجة")));
    }

    @Test
    void wordOutsideTheListsAndClassesIsAbsent() {
        assertThat(entry(stem("مدرسة"))).isEqualTo(WordLexicon.ABSENT);
        assertThat(LEXICON.classes(WordLexicon.ABSENT)).isNull();
    }

    @Test
    void sameHashWithAnotherWordIsNoHit() {
        // a hash is a shortcut, never an answer: the word itself is compared
        assertThat(LEXICON.find(stem("كتاب"), FeatureHashing.value(stem("طنجة")))).isEqualTo(WordLexicon.ABSENT);
    }
}
