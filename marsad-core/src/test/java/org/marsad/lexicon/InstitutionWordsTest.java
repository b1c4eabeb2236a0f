package org.marsad.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.lexicon.InstitutionWords.Form;
import org.marsad.text.MatchingKey;

class InstitutionWordsTest {
    private final InstitutionWords words = InstitutionWords.arabic();

    @Test
    void ministryHeadsANameOnlyInConstruct() {
        assertThat(words.headForms(MatchingKey.of("وزارة"))).containsExactly(Form.CONSTRUCT);
    }

    @Test
    void councilHeadsANameInBothForms() {
        assertThat(words.headForms(MatchingKey.of("مجلس"))).containsExactlyInAnyOrder(Form.CONSTRUCT, Form.DEFINITE);
    }

    @Test
    void companyIsNoHead() {
        assertThat(words.isHead(MatchingKey.of("شركة"))).isFalse();
        assertThat(words.headForms(MatchingKey.of("شركة"))).isEmpty();
    }

    @Test
    void shapeAfterOnIsNoAuthority() {
        assertThat(words.notAfter(MatchingKey.of("هيئة"))).containsExactly(MatchingKey.of("على"));
        assertThat(words.notAfter(MatchingKey.of("وزارة"))).isEmpty();
    }

    @Test
    void listsAnswerByStemKey() {
        assertThat(words.isAdjective(MatchingKey.of("مستقلة"))).isTrue();
        assertThat(words.isStop(MatchingKey.of("الخميس".substring(2)))).isTrue();
        assertThat(words.isPersonalTitle(MatchingKey.of("إمام"))).isTrue();
        assertThat(words.isGenericGenitive(MatchingKey.of("إدارة"))).isTrue();
        assertThat(words.isStop(MatchingKey.of("خارجية"))).isFalse();
    }
}
