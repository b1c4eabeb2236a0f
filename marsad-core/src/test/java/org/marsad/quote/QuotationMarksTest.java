package org.marsad.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotationMarksTest {
    private static List<String> quoted(String text) {
        return QuotationMarks.find(text, 0, text.length()).stream()
                .map(m -> text.substring(m.contentStart(), m.close())).toList();
    }

    @Test
    void straightMarksPairByTheirShape() {
        assertThat(quoted("قال \"نعم\" ثم قال \"لا\"")).containsExactly("نعم", "لا");
    }

    @Test
    void guillemetsNest() {
        assertThat(quoted("قال «هذا ما سماه «الخطة» أمس»")).containsExactly("هذا ما سماه «الخطة» أمس", "الخطة");
    }

    @Test
    void reversedCurlyMarksPairAsWell() {
        assertThat(quoted("قال ”سنبدأ غدا“ ومضى")).containsExactly("سنبدأ غدا");
    }

    @Test
    void markBetweenSpacesOpensWhenNothingIsOpen() {
        assertThat(quoted("فإن \" الأبواب مفتوحة\".")).containsExactly(" الأبواب مفتوحة");
    }

    @Test
    void quotationInsideAQuotationIsToldApart() {
        assertThat(quoted("قال \"نعمل مع \"ناسا\" منذ سنوات\" أمس"))
                .containsExactly("نعمل مع \"ناسا\" منذ سنوات", "ناسا");
    }

    @Test
    void markThatNeverClosesRunsToTheEndOfTheParagraph() {
        String text = "وقال \"سنعود قريبا إلى الملعب";
        List<QuotationMarks.Marked> marked = QuotationMarks.find(text, 0, text.length());
        assertThat(marked).hasSize(1);
        assertThat(marked.get(0).closed()).isFalse();
        assertThat(marked.get(0).close()).isEqualTo(text.length());
    }

    @Test
    void closingMarkWithoutOpeningIsIgnored() {
        assertThat(quoted("التقى الرئيس نظيره لوكاشينكو\"، وسط قلق")).isEmpty();
    }

    @Test
    void inchMarkAfterANumberOpensNothing() {
        assertThat(quoted("شاشة 55\" بسعر مخفض")).isEmpty();
    }

    @Test
    void onlyTheGivenRangeIsRead() {
        String text = "\"أ\" قال \"ب\"";
        assertThat(QuotationMarks.find(text, 4, text.length())).extracting(QuotationMarks.Marked::open)
                .containsExactly(8);
    }

    @Test
    void tenThousandMarksGiveAtMostOneStretchPerTwoMarks() {
        String text = "\"".repeat(10_000);
        assertThat(QuotationMarks.find(text, 0, text.length()).size()).isLessThanOrEqualTo(5_000);
    }
}
