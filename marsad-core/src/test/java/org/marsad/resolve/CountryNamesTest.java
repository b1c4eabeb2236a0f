package org.marsad.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountryNamesTest {
    private final CountryNames lexicon = CountryNames.arabic();

    @Test
    void cldrNamesAreKnown() {
        assertThat(lexicon.regionOfName("فرنسا")).contains("FR");
        assertThat(lexicon.regionOfName("الصين")).contains("CN");
        assertThat(lexicon.regionOfName("الولايات المتحدة")).contains("US");
    }

    @Test
    void cldrQualifiersAreCutOff() {
        assertThat(lexicon.regionOfName("ميانمار")).contains("MM");
        assertThat(lexicon.regionOfName("هونغ كونغ")).contains("HK");
    }

    @Test
    void alternativeNamesOfThePressAreKnown() {
        assertThat(lexicon.regionOfName("بيلاروسيا")).contains("BY");
        assertThat(lexicon.regionOfName("بيلاروس")).contains("BY");
        assertThat(lexicon.regionOfName("أميركا")).contains("US");
        assertThat(lexicon.regionOfName("السعودية")).contains("SA");
    }

    @Test
    void nameIsKnownAfterAConjunctionOrPreposition() {
        assertThat(lexicon.regionOfName("وروسيا")).contains("RU");
        assertThat(lexicon.regionOfName("بالصين")).contains("CN");
        assertThat(lexicon.regionOfName("لبيلاروسيا")).contains("BY");
    }

    @Test
    void theArticleOfANameCounts() {
        assertThat(lexicon.regionOfName("صين")).isEmpty();
        assertThat(lexicon.regionOfName("الروسيا")).isEmpty();
    }

    @Test
    void nameTwoRegionsShareIsLeftOut() {
        assertThat(lexicon.regionOfName("الكونغو")).isEmpty();
    }

    @Test
    void namesThatAreOrdinaryWordsAreLeftOut() {
        assertThat(lexicon.regionOfName("مالي")).isEmpty();
        assertThat(lexicon.regionOfAdjective("المالي")).isEmpty();
        assertThat(lexicon.regionOfName("بنين")).isEmpty();
        assertThat(lexicon.regionOfName("عمان")).isEmpty();
        assertThat(lexicon.regionOfName("سلطنة عمان")).contains("OM");
    }

    @Test
    void finalYehAlefLosesItsAlef() {
        assertThat(lexicon.regionOfAdjective("روسي")).contains("RU");
        assertThat(lexicon.regionOfAdjective("أوكراني")).contains("UA");
    }

    @Test
    void bothNamesOfACountryGiveOneAdjective() {
        assertThat(lexicon.regionOfAdjective("البيلاروسي")).contains("BY");
    }

    @Test
    void finalYehTehMarbutaLosesTheTehMarbuta() {
        assertThat(lexicon.regionOfAdjective("سعودي")).contains("SA");
    }

    @Test
    void finalAlefBecomesYeh() {
        assertThat(lexicon.regionOfAdjective("فرنسي")).contains("FR");
    }

    @Test
    void otherFinalLettersTakeYeh() {
        assertThat(lexicon.regionOfAdjective("مصري")).contains("EG");
        assertThat(lexicon.regionOfAdjective("لبناني")).contains("LB");
        assertThat(lexicon.regionOfAdjective("إماراتي")).contains("AE");
        assertThat(lexicon.regionOfAdjective("صيني")).contains("CN");
    }

    @Test
    void adjectiveIsKnownFeminineDefiniteAndPlural() {
        assertThat(lexicon.regionOfAdjective("الروسية")).contains("RU");
        assertThat(lexicon.regionOfAdjective("روسية")).contains("RU");
        assertThat(lexicon.regionOfAdjective("الروسيين")).contains("RU");
        assertThat(lexicon.regionOfAdjective("المصريون")).contains("EG");
    }

    @Test
    void irregularAdjectivesAreListed() {
        assertThat(lexicon.regionOfAdjective("أمريكي")).contains("US");
        assertThat(lexicon.regionOfAdjective("الأميركية")).contains("US");
        assertThat(lexicon.regionOfAdjective("نمساوي")).contains("AT");
    }

    @Test
    void wordsThatAreNoAdjectiveOfACountryAreNone() {
        assertThat(lexicon.regionOfAdjective("الرسمية")).isEmpty();
        assertThat(lexicon.regionOfAdjective("الغربي")).isEmpty();
        assertThat(lexicon.regionOfAdjective("الرئيسية")).isEmpty();
    }

    @Test
    void commonNameIsCldrsShortNameOrThePressNameWhereCldrsIsFormal() {
        assertThat(lexicon.commonName("RU")).contains("روسيا");
        assertThat(lexicon.commonName("PS")).contains("فلسطين");
        assertThat(lexicon.commonName("SA")).contains("السعودية");
    }
}
