package org.marsad.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.text.MatchingKey;

class CountriesTest {
    private final Countries countries = Countries.arabic();

    private String regionOfName(String name) {
        return WordKey.ofPhrase(name).map(countries.regionsByName()::get).orElse(null);
    }

    @Test
    void cldrNamesAreKnownAsPhrasesOfWordKeys() {
        assertThat(regionOfName("فرنسا")).isEqualTo("FR");
        assertThat(regionOfName("الولايات المتحدة")).isEqualTo("US");
        assertThat(countries.regionsByName()).containsEntry(List.of(WordKey.ARTICLE + "صين"), "CN");
    }

    @Test
    void pressNamesFromTheListAreKnown() {
        assertThat(regionOfName("بيلاروسيا")).isEqualTo("BY");
        assertThat(regionOfName("السعودية")).isEqualTo("SA");
    }

    @Test
    void namesThatAreOrdinaryWordsAreLeftOutButKeptInLongerNames() {
        assertThat(regionOfName("مالي")).isNull();
        assertThat(regionOfName("عمان")).isNull();
        assertThat(regionOfName("سلطنة عمان")).isEqualTo("OM");
        assertThat(countries.names()).doesNotContain("مالي").contains("سلطنة عمان");
    }

    @Test
    void adjectivesAreDerivedInFourForms() {
        for (String form : List.of("روسي", "روسية", "روسيين", "روسيون")) {
            assertThat(countries.regionOfAdjective(MatchingKey.of(form))).as(form).contains("RU");
        }
    }

    @Test
    void irregularAdjectiveFromTheListIsKnown() {
        assertThat(countries.regionOfAdjective(MatchingKey.of("نمساوية"))).contains("AT");
    }

    @Test
    void nisbaFollowsTheFinalLetterRules() {
        assertThat(Countries.nisba("روسيا")).isEqualTo("روسي");
        assertThat(Countries.nisba("السعودية")).isEqualTo("سعودي");
        assertThat(Countries.nisba("فرنسا")).isEqualTo("فرنسي");
        assertThat(Countries.nisba("مصر")).isEqualTo("مصري");
    }

    @Test
    void commonNameReplacesAFormalOne() {
        assertThat(countries.commonName("SA")).contains("السعودية");
        assertThat(countries.commonName("EG")).contains("مصر");
    }
}
