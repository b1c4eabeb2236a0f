package org.marsad.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Bylines as Saudi papers print them, split into writers, agency, outlet, desk and place. */
class BylineParserTest {
    private final BylineParser parser = new BylineParser();

    @Test
    void aPlaceAndAnAgency() {
        Byline b = parser.parse("الدمام - واس");
        assertThat(b.place()).contains("الدمام");
        assertThat(b.agency()).contains("واس");
        assertThat(b.authors()).isEmpty();
    }

    @Test
    void aDeskNamedBySectionOrBureauIsNoWriter() {
        Byline b = parser.parse("قسم الثقافة");
        assertThat(b.desk()).contains("قسم الثقافة");
        assertThat(b.authors()).isEmpty();
        assertThat(parser.parse("القاهرة - مكتب الصحيفة").desk()).contains("مكتب الصحيفة");
    }

    @Test
    void aPlaceAndAWriterWithAColonAfter() {
        Byline b = parser.parse("تبوك - سامي المطيري:");
        assertThat(b.place()).contains("تبوك");
        assertThat(b.authors()).containsExactly("سامي المطيري");
    }

    @Test
    void theOutletInQuotationMarksFromAPlace() {
        Byline b = parser.parse("«الاقتصادية» من جدة");
        assertThat(b.outlet()).contains("الاقتصادية");
        assertThat(b.place()).contains("جدة");
    }

    @Test
    void aWriterWithThePlaceInParentheses() {
        Byline b = parser.parse(" نوال الشهري (الطائف)");
        assertThat(b.authors()).containsExactly("نوال الشهري");
        assertThat(b.place()).contains("الطائف");
    }

    @Test
    void aTwoWordPlaceIsNoWriter() {
        Byline b = parser.parse("إسلام آباد - رويترز");
        assertThat(b.place()).contains("إسلام آباد");
        assertThat(b.authors()).isEmpty();
    }

    @Test
    void thePhotographerIsNoWriter() {
        Byline b = parser.parse("جدة - تصوير: ماجد الحربي");
        assertThat(b.authors()).isEmpty();
    }

    @Test
    void tatweelInsideANameDoesNotSplitIt() {
        assertThat(parser.parse("فيصـل العنـزي - حائل").authors()).containsExactly("فيصل العنزي");
    }

    @Test
    void aDeskInsteadOfAWriter() {
        Byline b = parser.parse("الجزيرة - المحليات:");
        assertThat(b.outlet()).contains("الجزيرة");
        assertThat(b.desk()).contains("المحليات");
    }

    @Test
    void aDatelineEndsWithItsAgency() {
        assertThat(parser.agencyAtEnd("أبها 3 ذو القعدة 1436 هـ الموافق 18 أغسطس 2015 م واس")).contains("واس");
        assertThat(BylineStage.placeOfDateline("أبها 3 ذو القعدة 1436 هـ الموافق 18 أغسطس 2015 م واس")).contains("أبها");
    }
}
