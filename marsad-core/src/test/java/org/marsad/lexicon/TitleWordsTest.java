package org.marsad.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.text.MatchingKey;

class TitleWordsTest {
    private final TitleWords words = TitleWords.arabic();

    @Test
    void headOfAnythingIsAHeadWord() {
        assertThat(words.kind(MatchingKey.of("رئيس"))).contains(TitleWords.Kind.HEAD);
        assertThat(words.is(MatchingKey.of("رئيسة"), TitleWords.Kind.HEAD)).isTrue();
    }

    @Test
    void wordsAreFoundByMatchingKeyWhateverTheirHamza() {
        assertThat(words.kind(MatchingKey.of("امير"))).contains(TitleWords.Kind.PRINCE);
    }

    @Test
    void portfolioMakesAMinistersRole() {
        assertThat(words.portfolio(MatchingKey.of("الخارجية".substring(2)))).contains(Role.FOREIGN_MINISTER);
        assertThat(words.portfolio(MatchingKey.of("دفاع"))).contains(Role.DEFENCE_MINISTER);
    }

    @Test
    void ordinaryWordIsNoTitleWord() {
        assertThat(words.kind(MatchingKey.of("مدينة"))).isEmpty();
        assertThat(words.portfolio(MatchingKey.of("مدينة"))).isEmpty();
    }
}
