package org.marsad.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BuckwalterTest {

    @Test
    void lettersMapToArabic() {
        assertThat(Buckwalter.toArabic("mHmd bn slmAn")).isEqualTo("محمد بن سلمان");
    }

    @Test
    void hamzaSeatsAndTehMarbutaAreDistinct() {
        assertThat(Buckwalter.toArabic(">Hmd <brAhym |mnp")).isEqualTo("أحمد إبراهيم آمنة");
    }

    @Test
    void diacriticsBecomeArabicMarksThatTheMatchingKeyDrops() {
        String voweled = Buckwalter.toArabic("Aalokuwayot");
        assertThat(voweled).isEqualTo("اَلْكُوَيْت");
        assertThat(MatchingKey.of(voweled)).isEqualTo("الكويت");
    }

    @Test
    void borrowedLettersOfForeignNamesAreKept() {
        assertThat(Buckwalter.toArabic("PArys")).isEqualTo("پاريس");
        assertThat(Buckwalter.toArabic("Gwlf")).isEqualTo("گولف");
    }

    @Test
    void charactersOutsideTheTablePassThrough() {
        assertThat(Buckwalter.toArabic("3000 mtr-")).isEqualTo("3000 متر-");
    }
}
