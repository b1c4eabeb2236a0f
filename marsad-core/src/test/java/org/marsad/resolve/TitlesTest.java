package org.marsad.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marsad.resolve.Titles.Affiliation;
import org.marsad.resolve.Titles.AffiliationMatch;
import org.marsad.lexicon.Role;
import org.marsad.resolve.Titles.TitlePhrase;

class TitlesTest {
    private static final CountryNames COUNTRIES = CountryNames.arabic();

    /** The title at the first word, with countries as the only affiliations. */
    private static Optional<TitlePhrase> title(String phrase) {
        Words w = Words.of(phrase);
        return Titles.at(w, 0, j -> {
            CountryNames.Found name = COUNTRIES.nameAt(w, j);
            if (name != null) {
                return Optional.of(new AffiliationMatch(Affiliation.country(name.region()), name.match().last()));
            }
            String adjective = COUNTRIES.adjectiveAt(w, j);
            return Optional.ofNullable(adjective).map(r -> new AffiliationMatch(Affiliation.country(r), j));
        });
    }

    private static String text(String phrase) {
        TitlePhrase t = title(phrase).orElseThrow();
        return phrase.substring(t.start(), t.end());
    }

    @Test
    void headWithANationalityIsHeadOfState() {
        TitlePhrase t = title("الرئيس الروسي").orElseThrow();
        assertThat(t.role()).isEqualTo(Role.HEAD_OF_STATE);
        assertThat(t.affiliation()).isEqualTo(Affiliation.country("RU"));
    }

    @Test
    void headOfACountryByNameHasTheSameAffiliation() {
        assertThat(title("رئيس روسيا").orElseThrow().affiliation()).isEqualTo(Affiliation.country("RU"));
    }

    @Test
    void headAloneIsNoTitle() {
        assertThat(title("الرئيس قال")).isEmpty();
    }

    @Test
    void headOfGovernmentNeedsNoAffiliation() {
        TitlePhrase t = title("رئيس الحكومة قال").orElseThrow();
        assertThat(t.role()).isEqualTo(Role.HEAD_OF_GOVERNMENT);
        assertThat(t.affiliation()).isEqualTo(Affiliation.NONE);
        assertThat(title("رئيس الوزراء الفرنسي").orElseThrow().affiliation()).isEqualTo(Affiliation.country("FR"));
    }

    @Test
    void ministerNeedsAPortfolio() {
        assertThat(title("وزير الخارجية المصري").orElseThrow().role()).isEqualTo(Role.FOREIGN_MINISTER);
        assertThat(title("وزير الثقافة")).isEmpty();
    }

    @Test
    void counterpartKeepsItsPronoun() {
        TitlePhrase t = title("نظيره قال").orElseThrow();
        assertThat(t.role()).isEqualTo(Role.COUNTERPART);
        assertThat(text("نظيره قال")).isEqualTo("نظيره");
        assertThat(text("نظيرها التركي")).isEqualTo("نظيرها التركي");
    }

    @Test
    void kingNeedsTheArticleOrACountry() {
        assertThat(title("الملك قال").orElseThrow().role()).isEqualTo(Role.KING);
        assertThat(title("ملك الأردن").orElseThrow().affiliation()).isEqualTo(Affiliation.country("JO"));
        assertThat(title("ملك خاص")).isEmpty();
    }

    @Test
    void crownPrinceIsTwoWords() {
        assertThat(text("ولي العهد السعودي")).isEqualTo("ولي العهد السعودي");
    }

    @Test
    void chancellorNeedsAnAffiliation() {
        assertThat(title("المستشار الألماني").orElseThrow().role()).isEqualTo(Role.CHANCELLOR);
        assertThat(title("المستشار قال")).isEmpty();
    }

    @Test
    void conjunctionIsLeftOutOfTheTitle() {
        assertThat(text("ورئيس فرنسا")).isEqualTo("رئيس فرنسا");
    }

    @Test
    void unsplitPrepositionIsLeftOutOfTheTitle() {
        assertThat(text("لرئيس فرنسا")).isEqualTo("رئيس فرنسا");
    }

    @Test
    void headWithAPronounIsNoTitle() {
        assertThat(title("رئيسه المصري")).isEmpty();
    }

    @Test
    void pluralAndDualHeadsAreNoTitle() {
        assertThat(title("رئيسي الدولتين")).isEmpty();
        assertThat(title("رؤساء الدول")).isEmpty();
    }

    @Test
    void honorificNeedsTheArticle() {
        assertThat(Titles.isHonorific(Words.of("السيد"), 0)).isTrue();
        assertThat(Titles.isHonorific(Words.of("سيد"), 0)).isFalse();
        assertThat(Titles.isHonorific(Words.of("الرئيس"), 0)).isTrue();
    }
}
