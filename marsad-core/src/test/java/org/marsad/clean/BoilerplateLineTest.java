package org.marsad.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.marsad.model.Removal.Reason;

class BoilerplateLineTest {

    private static final LinePosition FIRST = LinePosition.of(0, 12);
    private static final LinePosition SECOND = LinePosition.of(1, 12);
    private static final LinePosition MIDDLE = LinePosition.of(6, 20);
    private static final LinePosition SECOND_TO_LAST = LinePosition.of(10, 12);
    private static final LinePosition LAST = LinePosition.of(11, 12);

    private static Optional<Boilerplate> classify(String line, LinePosition at) {
        return BoilerplateLine.classify(line, at);
    }

    private static void assertWholeLine(String line, LinePosition at, Reason kind) {
        Boilerplate found = classify(line, at).orElseThrow(() -> new AssertionError("not classified: " + line));
        assertThat(found.kind()).isEqualTo(kind);
        assertThat(found.isWholeLine(line)).isTrue();
    }

    // ---- datelines

    @Test
    void spaDatelineIsBoilerplateWithItsParts() {
        String line = "تبوك 3 رجب 1437 ه الموافق 10 أبريل 2016 م واس";
        Boilerplate found = classify(line, FIRST).orElseThrow();
        assertThat(found.kind()).isEqualTo(Reason.DATELINE);
        assertThat(found.isWholeLine(line)).isTrue();
        Boilerplate.Dateline parts = found.dateline().orElseThrow();
        assertThat(parts.place()).contains("تبوك");
        assertThat(parts.hijriDate()).contains("3 رجب 1437 ه");
        assertThat(parts.gregorianDate()).contains("10 أبريل 2016 م");
        assertThat(parts.agency()).isEqualTo("واس");
    }

    @Test
    void spaDatelineWithTwoWordPlaceAndNoSpacesBeforeEraLetters() {
        String line = "حفر الباطن 14 ذو القعدة 1437ه الموافق 17 اغسطس 2016م واس";
        assertThat(classify(line, FIRST).flatMap(Boilerplate::dateline).flatMap(Boilerplate.Dateline::place))
                .contains("حفر الباطن");
    }

    @Test
    void spaDatelineGluedToPlaceIsStillFound() {
        assertWholeLine("الخبر7 صفر 1438 ه الموافق 7 نوفمبر 2016 م واس", FIRST, Reason.DATELINE);
    }

    @Test
    void spaDatelineAfterATitleLineIsFound() {
        assertWholeLine("ينبع 2 شعبان 1437 ه الموافق 9 مايو 2016 م واس", SECOND, Reason.DATELINE);
    }

    @Test
    void spaDailyOpeningDatelineHasAWeekdayAndNoPlace() {
        Boilerplate.Dateline parts = classify("الأحد 1 رجب 1437 ه الموافق 8 أبريل 2016 م واس", SECOND)
                .flatMap(Boilerplate::dateline).orElseThrow();
        assertThat(parts.place()).isEmpty();
        assertThat(parts.hijriDate()).contains("الأحد 1 رجب 1437 ه");
    }

    @Test
    void spaDatelineInTheMiddleIsKept() {
        assertThat(classify("ينبع 2 شعبان 1437 ه الموافق 9 مايو 2016 م واس", MIDDLE)).isEmpty();
    }

    @Test
    void sentenceThatStartsLikeADatelineIsKept() {
        assertThat(classify("تبوك 3 رجب 1437 ه الموافق 10 أبريل 2016 م شهدت المدينة أمطارا غزيرة", FIRST))
                .isEmpty();
    }

    @Test
    void asharqAlAwsatDatelinePrefixIsCutFromTheFirstSentence() {
        String line = "باريس - «الشرق الأوسط»: أعلنت البلدية إغلاق الجسر القديم أمام السيارات.";
        Boilerplate found = classify(line, FIRST).orElseThrow();
        assertThat(found.kind()).isEqualTo(Reason.DATELINE);
        assertThat(found.remainder(line)).isEqualTo("أعلنت البلدية إغلاق الجسر القديم أمام السيارات.");
        assertThat(found.dateline().orElseThrow().place()).contains("باريس");
        assertThat(found.dateline().orElseThrow().hijriDate()).isEmpty();
    }

    // ---- bylines

    @Test
    void ainAlyoumStaffBylineIsBoilerplate() {
        String line = "سامي الغامدي – عين اليوم";
        Boilerplate found = classify(line, FIRST).orElseThrow();
        assertThat(found.kind()).isEqualTo(Reason.BYLINE);
        assertThat(found.byline().orElseThrow().outlet()).isEqualTo("عين اليوم");
        assertThat(found.byline().orElseThrow().credits()).containsExactly("سامي الغامدي");
    }

    @Test
    void ainAlyoumDeskAndCityBylineIsBoilerplate() {
        assertWholeLine("عين اليوم – تبوك", FIRST, Reason.BYLINE);
        assertWholeLine("عين اليوم -متابعات", FIRST, Reason.BYLINE);
        assertWholeLine("عين اليوم – الدار البيضاء/مراكش", FIRST, Reason.BYLINE);
    }

    @Test
    void ainAlyoumBylineWithoutDashOrWithVowelMarksIsBoilerplate() {
        assertWholeLine("نورة القحطاني عين اليوم", FIRST, Reason.BYLINE);
        assertWholeLine("مُسلّم العتيبي -عين اليوم", FIRST, Reason.BYLINE);
    }

    @Test
    void compiledStoryBylineIsBoilerplate() {
        assertWholeLine("ليلى الحربي – متابعات", SECOND, Reason.BYLINE);
    }

    @Test
    void bareNameAndCityIsNotTakenForAByline() {
        assertThat(classify("سامي الغامدي – تبوك", FIRST)).isEmpty();
    }

    @Test
    void bylineInTheMiddleIsKept() {
        assertThat(classify("سامي الغامدي – عين اليوم", MIDDLE)).isEmpty();
    }

    @Test
    void sabqBylinePrefixIsCutWithAuthorAndPlace() {
        String line = "خالد المطيري- سبق- تبوك: باشرت فرق الدفاع المدني حريقا في مستودع للأخشاب.";
        Boilerplate found = classify(line, FIRST).orElseThrow();
        assertThat(found.kind()).isEqualTo(Reason.BYLINE);
        assertThat(found.byline().orElseThrow().credits()).containsExactly("خالد المطيري", "تبوك");
        assertThat(found.remainder(line)).startsWith("باشرت");
    }

    // ---- wire markers

    @Test
    void spaEndMarkerIsBoilerplate() {
        assertWholeLine("// انتهى //", SECOND_TO_LAST, Reason.END_MARKER);
        assertWholeLine("//انتهى//", LAST, Reason.END_MARKER);
        assertWholeLine("// إنتهى //", SECOND_TO_LAST, Reason.END_MARKER);
    }

    @Test
    void spaEndMarkerInTheMiddleIsKept() {
        assertThat(classify("// انتهى //", MIDDLE)).isEmpty();
    }

    @Test
    void spaToBeContinuedMarkerIsBoilerplate() {
        assertWholeLine("// يتبع //", SECOND_TO_LAST, Reason.TO_BE_CONTINUED);
    }

    @Test
    void spaContinuationHeaderIsBoilerplate() {
        assertWholeLine("إضافة رابعة وأخيرة", FIRST, Reason.CONTINUATION_HEADER);
        assertThat(classify("إضافة رابعة وأخيرة", MIDDLE)).isEmpty();
    }

    @Test
    void spaTimestampIsBoilerplate() {
        assertWholeLine("08:15 ت م", LAST, Reason.WIRE_TIMESTAMP);
        assertWholeLine("23:40 ت م NNNN", LAST, Reason.WIRE_TIMESTAMP);
    }

    @Test
    void clockTimeInTheMiddleIsKept() {
        assertThat(classify("08:15 ت م", MIDDLE)).isEmpty();
    }

    @Test
    void sentenceMentioningAgencyInMiddleIsKept() {
        assertThat(classify("وأوضح المتحدث لـ واس أن العمل انتهى في الموعد المحدد // حسب قوله //", MIDDLE))
                .isEmpty();
        assertThat(classify("وقال مصدر لوكالة الأنباء السعودية (واس) إن الطريق سيفتح غدا.", SECOND_TO_LAST))
                .isEmpty();
    }

    // ---- tails of the story

    @Test
    void tagLineIsBoilerplate() {
        assertWholeLine("سمات الطقس تبوك أمطار", LAST, Reason.TAGS);
    }

    @Test
    void tagsGluedAfterTheLastSentenceAreCutOff() {
        String line = "وتوقعت الأرصاد أن تستمر الأمطار حتى المساء. سمات الطقس تبوك أمطار";
        Boilerplate found = classify(line, LAST).orElseThrow();
        assertThat(found.kind()).isEqualTo(Reason.TAGS);
        assertThat(found.remainder(line)).isEqualTo("وتوقعت الأرصاد أن تستمر الأمطار حتى المساء.");
    }

    @Test
    void sentenceAboutTraitsIsNotTakenForTags() {
        assertThat(classify("وتعد الأمانة من أبرز سمات القائد الناجح.", LAST)).isEmpty();
        assertThat(classify("سمات الشخصية القيادية، كما يراها الباحث، ثلاث.", LAST)).isEmpty();
    }

    @Test
    void weeamSourceLinkIsBoilerplate() {
        assertWholeLine("رابط الخبر بصحيفة الوئام: أمطار غزيرة على تبوك", LAST, Reason.SOURCE_LINK);
    }

    @Test
    void weeamSourceLinkGluedToTheLastSentenceIsCutOff() {
        String line = "وأغلق المؤشر عند 812 نقطة. رابط الخبر بصحيفة الوئام: الأسهم تتراجع";
        assertThat(classify(line, LAST).orElseThrow().remainder(line)).isEqualTo("وأغلق المؤشر عند 812 نقطة.");
    }

    @Test
    void readMoreTeaserIsBoilerplate() {
        assertWholeLine("...المزيد", LAST, Reason.READ_MORE);
    }

    @Test
    void relatedArticlesListIsBoilerplate() {
        assertWholeLine("مقالات أخرى للكاتبحين يصمت البحرعن المدن التي نحبهاسؤال بلا جواب", LAST,
                Reason.RELATED_ARTICLES);
    }

    @Test
    void syndicationAndDeskCreditsAreBoilerplate() {
        assertWholeLine("* خدمة «لوموند»", LAST, Reason.CREDIT);
        assertWholeLine("* بالاتفاق مع «فايننشال تايمز»", LAST, Reason.CREDIT);
        assertWholeLine("* وحدة الدراسات المالية", LAST, Reason.CREDIT);
    }

    @Test
    void starredSubheadingInTheMiddleIsKept() {
        assertThat(classify("* وحدة الصف تبدأ من البيت", MIDDLE)).isEmpty();
    }

    @Test
    void photoCreditIsBoilerplateAnywhere() {
        assertWholeLine("(تصوير: خالد العمري)", MIDDLE, Reason.CREDIT);
        assertWholeLine("(أ ف ب)", SECOND, Reason.CREDIT);
    }

    @Test
    void writerEmailAndHandleAreBoilerplateNearTheEnd() {
        assertWholeLine("writer.name@example.com", SECOND_TO_LAST, Reason.AUTHOR_CONTACT);
        assertWholeLine("تويتر: @writer_name", LAST, Reason.AUTHOR_CONTACT);
        assertWholeLine("@writer_name", LinePosition.of(5, 11), Reason.AUTHOR_CONTACT);
    }

    @Test
    void emailInTheMiddleIsKept() {
        assertThat(classify("writer.name@example.com", MIDDLE)).isEmpty();
        assertThat(classify("ويمكن التواصل عبر info@example.com لمزيد من التفاصيل.", LAST)).isEmpty();
    }

    @Test
    void madinaSmsFooterLinesAreBoilerplate() {
        LinePosition block = LinePosition.of(6, 11);
        assertWholeLine("للتواصل مع الكاتب ارسل رسالة SMS", block, Reason.SMS_FOOTER);
        assertWholeLine("تبدأ بالرمز (12) ثم مسافة ثم نص الرسالة إلى", block, Reason.SMS_FOOTER);
        assertWholeLine("12345 - Stc", block, Reason.SMS_FOOTER);
        assertWholeLine("123456 - Mobily", LAST, Reason.SMS_FOOTER);
    }

    @Test
    void okazSmsFooterIsBoilerplateWholeOrBroken() {
        assertWholeLine("للتواصل أرسل sms إلى 12345 الاتصالات، 123456 موبايلي، 654321 زين تبدأ بالرمز 77 مسافة ثم الرسالة",
                LAST, Reason.SMS_FOOTER);
        assertWholeLine("الاتصالات ,123456 موبايلي, 654321", SECOND_TO_LAST, Reason.SMS_FOOTER);
        assertWholeLine("زين تبدأ بالرمز 77 مسافة ثم الرسالة", LAST, Reason.SMS_FOOTER);
    }

    @Test
    void sentenceAboutTelecomOperatorsIsKept() {
        assertThat(classify("وارتفع سهم موبايلي 2 في المئة بينما تراجع سهم زين.", LAST)).isEmpty();
        assertThat(classify("زين", LAST)).isEmpty();
    }

    // ---- ordinary news

    @Test
    void ordinaryNewsSentencesAreNeverClassified() {
        List<String> sentences = List.of(
                "أعلنت أمانة منطقة تبوك اليوم عن افتتاح ثلاث حدائق جديدة في الأحياء الشمالية.",
                "وقال مدير الإدارة خالد العمري إن المشروع سينتهي قبل نهاية العام الجاري.",
                "يذكر أن الحملة انتهت بضبط 40 مخالفة في الأسواق الشعبية.",
                "الرياض تستضيف معرض الكتاب في شهر رجب المقبل",
                "وأشار إلى أن نسبة الإنجاز بلغت 85 في المئة حتى الآن.");
        for (String sentence : sentences) {
            for (LinePosition at : List.of(FIRST, SECOND, MIDDLE, SECOND_TO_LAST, LAST, LinePosition.of(0, 1))) {
                assertThat(classify(sentence, at)).as("%s at %s", sentence, at).isEmpty();
            }
        }
    }

    @Test
    void emptyLineIsNotClassified() {
        assertThat(classify("", FIRST)).isEmpty();
    }

    @Test
    void positionOutsideTheBodyIsRejected() {
        assertThatThrownBy(() -> LinePosition.of(3, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LinePosition.of(-1, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void longLastLineThatLooksLikeAFooterIsKeptAndDoesNotOverflow() {
        String line = "راسلونا على x@" + "a.".repeat(3000) + "a";
        assertThat(BoilerplateLine.classify(line, LinePosition.of(2, 3))).isEmpty();
        String operators = "1234 زين ".repeat(20000).trim();
        assertThat(BoilerplateLine.classify(operators, LinePosition.of(2, 3))).isEmpty();
    }
}
