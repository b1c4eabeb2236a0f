package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.model.Token;

/** One test per clitic rule of {@link ArabicClitics}; the analysis reads "proclitics|stem|enclitic". */
class ArabicCliticsTest {

    private static String analysis(String word) {
        Token token = ArabicClitics.analyze(word, 0, word.length());
        return String.join("+", token.proclitics()) + "|" + token.stem(word) + "|" + token.enclitic();
    }

    @Test
    void conjunctionWawIsSplitFromVerb() {
        assertThat(analysis("وقال")).isEqualTo("و|قال|");
        assertThat(analysis("وأضاف")).isEqualTo("و|أضاف|");
    }

    @Test
    void conjunctionWawBeforeFunctionWordIsSplit() {
        assertThat(analysis("وفي")).isEqualTo("و|في|");
        assertThat(analysis("ولم")).isEqualTo("و|لم|");
    }

    @Test
    void nameEndingInTheNameOfGodKeepsItsHeh() {
        assertThat(analysis("عبدالله")).isEqualTo("|عبدالله|");
        assertThat(analysis("وعبدالله")).isEqualTo("و|عبدالله|");
    }

    @Test
    void rootWawIsNotSplit() {
        assertThat(analysis("وزير")).isEqualTo("|وزير|");
        assertThat(analysis("وزارة")).isEqualTo("|وزارة|");
        assertThat(analysis("وسائل")).isEqualTo("|وسائل|");
        assertThat(analysis("واشنطن")).isEqualTo("|واشنطن|");
    }

    @Test
    void rootWawWithPronounIsNotSplit() {
        assertThat(analysis("وزارته")).isEqualTo("|وزارت|ه");
    }

    @Test
    void doubledWawIsSplitOnce() {
        assertThat(analysis("ووفقا")).isEqualTo("و|وفقا|");
    }

    @Test
    void conjunctionFehBeforeArticleIsSplit() {
        assertThat(analysis("فالرئيس")).isEqualTo("ف+ال|رئيس|");
    }

    @Test
    void conjunctionFehBeforeFunctionWordIsSplit() {
        assertThat(analysis("فإن")).isEqualTo("ف|إن|");
        assertThat(analysis("فقد")).isEqualTo("ف|قد|");
    }

    @Test
    void nameStartingWithFehIsNotSplit() {
        assertThat(analysis("فلاديمير")).isEqualTo("|فلاديمير|");
        assertThat(analysis("فيروس")).isEqualTo("|فيروس|");
        assertThat(analysis("فلسطين")).isEqualTo("|فلسطين|");
        assertThat(analysis("فترة")).isEqualTo("|فترة|");
    }

    @Test
    void articleIsSplit() {
        assertThat(analysis("الرئيس")).isEqualTo("ال|رئيس|");
    }

    @Test
    void conjunctionPrepositionAndArticleAreSplitTogether() {
        assertThat(analysis("وبالتالي")).isEqualTo("و+ب+ال|تالي|");
    }

    @Test
    void lamWithArticleIsWrittenLamLam() {
        assertThat(analysis("للرئيس")).isEqualTo("ل+ال|رئيس|");
        assertThat(analysis("وللمرة")).isEqualTo("و+ل+ال|مرة|");
    }

    @Test
    void kafBeforeArticleIsSplit() {
        assertThat(analysis("كالعادة")).isEqualTo("ك+ال|عادة|");
    }

    @Test
    void kafIsNotSplitFromOrdinaryWords() {
        assertThat(analysis("كانت")).isEqualTo("|كانت|");
        assertThat(analysis("كامل")).isEqualTo("|كامل|");
        assertThat(analysis("كندا")).isEqualTo("|كندا|");
    }

    @Test
    void kafBeforeDemonstrativeIsSplit() {
        assertThat(analysis("كذلك")).isEqualTo("ك|ذلك|");
    }

    @Test
    void hamzatedAlefIsNotTheArticle() {
        assertThat(analysis("ألمانيا")).isEqualTo("|ألمانيا|");
        assertThat(analysis("ألكسندر")).isEqualTo("|ألكسندر|");
        assertThat(analysis("إلى")).isEqualTo("|إلى|");
    }

    @Test
    void relativePronounsKeepTheirArticle() {
        assertThat(analysis("الذي")).isEqualTo("|الذي|");
        assertThat(analysis("والتي")).isEqualTo("و|التي|");
    }

    @Test
    void articleNeedsTwoLettersAfterIt() {
        assertThat(analysis("الم")).isEqualTo("|الم|");
    }

    @Test
    void nisbaYehIsKept() {
        assertThat(analysis("الروسي")).isEqualTo("ال|روسي|");
        assertThat(analysis("روسي")).isEqualTo("|روسي|");
    }

    @Test
    void finalKafIsKept() {
        assertThat(analysis("ذلك")).isEqualTo("|ذلك|");
        assertThat(analysis("هناك")).isEqualTo("|هناك|");
    }

    @Test
    void nameStartingWithBehIsNotSplit() {
        assertThat(analysis("بوتين")).isEqualTo("|بوتين|");
        assertThat(analysis("بيلاروسيا")).isEqualTo("|بيلاروسيا|");
        assertThat(analysis("بايدن")).isEqualTo("|بايدن|");
        assertThat(analysis("باريس")).isEqualTo("|باريس|");
    }

    @Test
    void nameStartingWithLamIsNotSplit() {
        assertThat(analysis("لوكاشينكو")).isEqualTo("|لوكاشينكو|");
        assertThat(analysis("لندن")).isEqualTo("|لندن|");
        assertThat(analysis("لافروف")).isEqualTo("|لافروف|");
        assertThat(analysis("ليبيا")).isEqualTo("|ليبيا|");
    }

    @Test
    void prepositionBeforeVerbalNounIsSplit() {
        assertThat(analysis("لتنفيذ")).isEqualTo("ل|تنفيذ|");
        assertThat(analysis("بمناسبة")).isEqualTo("ب|مناسبة|");
        assertThat(analysis("بنسبة")).isEqualTo("ب|نسبة|");
        assertThat(analysis("لإجراء")).isEqualTo("ل|إجراء|");
        assertThat(analysis("باستخدام")).isEqualTo("ب|استخدام|");
    }

    @Test
    void wordsWhoseFirstLettersOnlyLookLikeAPrepositionAndAVerbalNounAreKept() {
        assertThat(analysis("بنزرت")).isEqualTo("|بنزرت|");
        assertThat(analysis("بنيامين")).isEqualTo("|بنيامين|");
        assertThat(analysis("بنوك")).isEqualTo("|بنوك|");
        assertThat(analysis("وبنغازي")).isEqualTo("و|بنغازي|");
    }

    @Test
    void prepositionBeforeOtherLettersIsKept() {
        assertThat(analysis("بشكل")).isEqualTo("|بشكل|");
        assertThat(analysis("لبنان")).isEqualTo("|لبنان|");
    }

    @Test
    void prepositionBeforeAWordWhoseWawIsARootLetterIsSplit() {
        assertThat(analysis("لوزارة")).isEqualTo("ل|وزارة|");
        assertThat(analysis("بولاية")).isEqualTo("ب|ولاية|");
        assertThat(analysis("بواشنطن")).isEqualTo("ب|واشنطن|");
        assertThat(analysis("لوزارته")).isEqualTo("ل|وزارت|ه");
    }

    @Test
    void prepositionBeforeAnotherWordWithWawIsKept() {
        assertThat(analysis("لوران")).isEqualTo("|لوران|");
        assertThat(analysis("بوتين")).isEqualTo("|بوتين|");
    }

    @Test
    void prepositionBeforeFunctionWordIsSplit() {
        assertThat(analysis("بأن")).isEqualTo("ب|أن|");
        assertThat(analysis("لذلك")).isEqualTo("ل|ذلك|");
    }

    @Test
    void rootLettersShapedLikePrepositionAndArticleAreKept() {
        assertThat(analysis("بالغة")).isEqualTo("|بالغة|");
    }

    @Test
    void futureSeenIsSplitFromImperfectVerb() {
        assertThat(analysis("سيكون")).isEqualTo("س|يكون|");
        assertThat(analysis("ستضع")).isEqualTo("س|تضع|");
        assertThat(analysis("وسنعمل")).isEqualTo("و+س|نعمل|");
        assertThat(analysis("سأعمل")).isEqualTo("س|أعمل|");
    }

    @Test
    void nounStartingWithSeenIsNotSplit() {
        assertThat(analysis("سنوات")).isEqualTo("|سنوات|");
        assertThat(analysis("سياسة")).isEqualTo("|سياسة|");
        assertThat(analysis("سيارة")).isEqualTo("|سيارة|");
        assertThat(analysis("ستة")).isEqualTo("|ستة|");
        assertThat(analysis("سابق")).isEqualTo("|سابق|");
        assertThat(analysis("سياسي")).isEqualTo("|سياسي|");
    }

    @Test
    void pronounSuffixIsSplit() {
        assertThat(analysis("حكومتنا")).isEqualTo("|حكومت|نا");
        assertThat(analysis("عليها")).isEqualTo("|علي|ها");
        assertThat(analysis("أشكركم")).isEqualTo("|أشكر|كم");
        assertThat(analysis("لديهما")).isEqualTo("|لدي|هما");
    }

    @Test
    void pronounSuffixAndPrefixesAreSplitTogether() {
        assertThat(analysis("باعتباره")).isEqualTo("ب|اعتبار|ه");
    }

    @Test
    void pronounSuffixIsNotSplitAfterArticle() {
        assertThat(analysis("المتهم")).isEqualTo("ال|متهم|");
    }

    @Test
    void tehMarbutaIsNotAPronoun() {
        assertThat(analysis("حكومة")).isEqualTo("|حكومة|");
    }

    @Test
    void hehAfterAlefIsKept() {
        assertThat(analysis("اتجاه")).isEqualTo("|اتجاه|");
        assertThat(analysis("تفاهم")).isEqualTo("|تفاهم|");
    }

    @Test
    void naAfterWawIsKept() {
        assertThat(analysis("كورونا")).isEqualTo("|كورونا|");
    }

    @Test
    void naAfterAlefIsKept() {
        assertThat(analysis("أحيانا")).isEqualTo("|أحيانا|");
    }

    @Test
    void suffixCarryingTanweenIsNotAPronoun() {
        assertThat(analysis("موجهًا")).isEqualTo("|موجهًا|");
    }

    @Test
    void shortWordKeepsItsLetters() {
        assertThat(analysis("منه")).isEqualTo("|منه|");
        assertThat(analysis("لها")).isEqualTo("|لها|");
        assertThat(analysis("مهم")).isEqualTo("|مهم|");
    }

    @Test
    void diacritizedWordIsAnalysedOnItsLetters() {
        String word = "وَالرَّئِيسُ";
        Token token = ArabicClitics.analyze(word, 0, word.length());
        assertThat(token.proclitics()).containsExactly("و", "ال");
        assertThat(token.stem(word)).isEqualTo(word.substring(word.indexOf('ر')));
    }

    @Test
    void variantAlefsAreFoldedForTheRules() {
        assertThat(analysis("وإن")).isEqualTo("و|إن|");
        assertThat(analysis("لأنه")).isEqualTo("ل|أنه|");
    }
}
