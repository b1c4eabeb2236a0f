package org.marsad.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the learner takes for a word whose first ب or ل is its own, on short texts written for it. */
class OwnLetterWordLearnerTest {

    private static OwnLetterWordLearner learnedFrom(String... texts) {
        OwnLetterWordLearner learner = new OwnLetterWordLearner();
        for (String text : texts) learner.add(text);
        return learner;
    }

    @Test
    void aWordWhoseRestIsNeverWrittenAloneIsLearned() {
        OwnLetterWordLearner learner = learnedFrom("وصل باتريك إلى الملعب صباحا.", "وقال باتريك إن التدريب انتهى.");
        assertThat(learner.words()).containsExactly("باتريك");
    }

    @Test
    void aPrepositionOnAWordAlsoWrittenBareIsNotLearned() {
        OwnLetterWordLearner learner = learnedFrom("أقيم الحفل بجدة أمس.", "ويقع الفندق بجدة القديمة.",
                "وتعد جدة بوابة الحرمين، وفي جدة ميناء كبير.");
        assertThat(learner.words()).isEmpty();
    }

    @Test
    void aRestWrittenWithTheArticleCountsAsWrittenAlone() {
        OwnLetterWordLearner learner = learnedFrom("تحدث بمرونة عالية.", "تعامل بمرونة مع الأزمة.",
                "وتتطلب المرونة صبرا، والمرونة مطلوبة.");
        assertThat(learner.words()).isEmpty();
    }

    @Test
    void aForeignNameOpeningWithWhatLooksLikeKafAndTheArticleIsLearned() {
        OwnLetterWordLearner learner = learnedFrom("وصل الوفد إلى كالينينغراد مساء.", "وتقع كالينينغراد على البلطيق.");
        assertThat(learner.words()).containsExactly("كالينينغراد");
    }

    @Test
    void kafOnAWordAlsoWrittenWithTheArticleIsNotLearned() {
        OwnLetterWordLearner learner = learnedFrom("عاد كالعادة متأخرا.", "وبقي الحال كالعادة.",
                "جرت العادة أن يتأخر، والعادة لا تتغير.");
        assertThat(learner.words()).isEmpty();
    }

    @Test
    void aForeignNamesWBeforeAVowelIsLearned() {
        OwnLetterWordLearner learner = learnedFrom("فاز واتفورد على ضيفه.", "وخسر واتفورد في الجولة الثانية.");
        assertThat(learner.words()).containsExactly("واتفورد");
    }

    @Test
    void theConjunctionBeforeAConsonantIsNotLearnedThoughTheRestIsNeverWrittenAlone() {
        OwnLetterWordLearner learner = learnedFrom("زار الوفد لندن ونيروبي أمس.", "وتربط رحلات لندن ونيروبي.");
        assertThat(learner.words()).isEmpty();
    }

    @Test
    void theConjunctionBeforeAHamzaIsNotLearned() {
        OwnLetterWordLearner learner = learnedFrom("تشمل الجولة عمان وإندونسيا.", "زار الوفد ماليزيا وإندونسيا.");
        assertThat(learner.words()).isEmpty();
    }

    @Test
    void aWordMetOnceIsNotLearned() {
        OwnLetterWordLearner learner = learnedFrom("وقال باتريك إن التدريب انتهى.");
        assertThat(learner.words()).isEmpty();
    }

    @Test
    void aPrepositionOnTheArticleIsNotLearned() {
        OwnLetterWordLearner learner = learnedFrom("وصل بالكاد في الموعد.", "نجح بالكاد في الامتحان.");
        assertThat(learner.words()).isEmpty();
    }

    @Test
    void theShippedListHoldsNamesWrittenWithTheirLetterAndNoPrepositionOnACommonWord() {
        assertThat(OwnLetterWords.contains("بنجلاديش")).isTrue();
        assertThat(OwnLetterWords.contains("لاتسيو")).isTrue();
        assertThat(OwnLetterWords.contains("بجده")).isFalse();
        assertThat(OwnLetterWords.contains("لمصر")).isFalse();
    }
}
