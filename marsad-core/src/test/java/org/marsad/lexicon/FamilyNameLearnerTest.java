package org.marsad.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the learner takes for a family name, on short texts written for it. */
class FamilyNameLearnerTest {

    private static FamilyNameLearner learnedFrom(String... texts) {
        FamilyNameLearner learner = new FamilyNameLearner();
        for (String text : texts) learner.add(text);
        return learner;
    }

    @Test
    void aNisbaThatClosesANameAfterBinAndNeverAgreesIsLearned() {
        FamilyNameLearner learner = learnedFrom("قال خالد بن سعد الزهراني إن الموسم بدأ.",
                "وأضاف الزهراني أن الفريق جاهز.");
        assertThat(learner.names()).containsExactly("الزهراني");
    }

    @Test
    void anAdjectiveWhoseFeminineIsCommonIsNotLearned() {
        FamilyNameLearner learner = learnedFrom("افتتح خالد بن سعد الدولي المعرض الدولي في المدينة.",
                "وزار المعرض الدولي وفود من الجامعة الدولية والمنظمة الدولية والهيئة الدولية.");
        assertThat(learner.names()).isEmpty();
    }

    @Test
    void aWordNeverMetAfterBinIsNotLearned() {
        FamilyNameLearner learner = learnedFrom("وصل القحطاني إلى المدينة، ثم غادر القحطاني مساء.");
        assertThat(learner.names()).isEmpty();
    }

    @Test
    void aWordWrittenWithAlefMaksuraIsNotLearned() {
        FamilyNameLearner learner = learnedFrom("نعى خالد بن سعد المتوفى أمس، وكان المتوفى معروفا.");
        assertThat(learner.names()).isEmpty();
    }

    @Test
    void diacriticsAndTatweelDoNotSplitAWord() {
        FamilyNameLearner learner = learnedFrom("قال خالد بن سعد الزَّهــراني إن الموسم بدأ، وأكد الزهراني ذلك.");
        assertThat(learner.names()).containsExactly("الزهراني");
    }

    @Test
    void theShippedListHoldsCommonGulfFamilyNamesAndNoAdjective() {
        assertThat(FamilyNames.contains("غامدي")).isTrue();
        assertThat(FamilyNames.contains("قحطاني")).isTrue();
        assertThat(FamilyNames.contains("دولي")).isFalse();
        assertThat(FamilyNames.contains("سعودي")).isFalse();
    }
}
