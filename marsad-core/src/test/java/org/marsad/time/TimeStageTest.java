package org.marsad.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.Pipeline;
import org.marsad.model.Article;
import org.marsad.model.Origin;
import org.marsad.model.Published;
import org.marsad.model.RawDocument;
import org.marsad.model.TimeExpression;
import org.marsad.model.Times;
import org.marsad.read.TextFormat;

/** The time stage through the pipeline, on short articles written for each behaviour. */
class TimeStageTest {
    private static Pipeline pipeline;

    @BeforeAll
    static void build() {
        pipeline = Pipeline.builder().entities(false).build();
    }

    /** An article published on {@code date} (or undated when null) with a headline, then {@code body}. */
    private static Article analyse(String date, String body) {
        String text = "خبر محلي\n" + body;
        return (Article) pipeline.analyze(new RawDocument(Origin.file("t.txt", TextFormat.NAME, "UTF-8"), text,
                Optional.empty(), Optional.empty(), Optional.ofNullable(date), Optional.empty(), Optional.empty()));
    }

    private static List<TimeExpression> times(Article a) {
        return a.layer(Times.class).orElseThrow().times();
    }

    private static List<String> written(Article a) {
        return times(a).stream().map(t -> t.span().of(a.text())).toList();
    }

    private static String value(Article a, String written) {
        return times(a).stream().filter(t -> t.span().of(a.text()).equals(written)).findFirst()
                .flatMap(TimeExpression::value).orElse(null);
    }

    @Test
    void yesterdayIsTheDayBeforeTheGivenPublicationDay() {
        Article a = analyse("2015-08-10T18:52:49", "وقال الوزير أمس إن المشروع اكتمل.");
        assertThat(value(a, "أمس")).isEqualTo("2015-08-09");
        assertThat(times(a).get(0).anchored()).isTrue();
        assertThat(a.published().basis()).isEqualTo(Published.Basis.GIVEN);
    }

    @Test
    void aHijriDateWithItsYearIsTheUmmAlQuraDay() {
        Article a = analyse(null, "افتتح المعرض في 17 شوال 1436هـ بحضور المحافظ.");
        assertThat(value(a, "17 شوال 1436ه")).isEqualTo("2015-08-02"); // the display text drops the tatweel
        assertThat(times(a).get(0).calendar()).isEqualTo(TimeExpression.Calendar.HIJRI);
    }

    @Test
    void levantAndMaghrebMonthsAreTheGregorianOnes() {
        Article a = analyse(null, "وصل الوفد في 15 تموز 2015 وغادر في 3 جويلية 2017.");
        assertThat(value(a, "15 تموز 2015")).isEqualTo("2015-07-15");
        assertThat(value(a, "3 جويلية 2017")).isEqualTo("2017-07-03");
    }

    @Test
    void aHijriMonthIsTheIntervalOfItsDays() {
        Article a = analyse("2015-05-20", "تبدأ الحملة في شهر رمضان المقبل.");
        assertThat(value(a, "شهر رمضان المقبل")).isEqualTo("2015-06-18/2015-07-16");
    }

    @Test
    void anImpossibleDateGetsNoValue() {
        Article a = analyse(null, "قيل إن الاجتماع عقد في 31 فبراير 2015 دون إعلان.");
        assertThat(written(a)).contains("31 فبراير 2015");
        assertThat(value(a, "31 فبراير 2015")).isNull();
    }

    @Test
    void thePaperNamedTodayIsNoTime() {
        Article a = analyse("2015-08-10", "وقال لصحيفة اليوم إن العمل مستمر.");
        assertThat(written(a)).isEmpty();
    }

    @Test
    void anAgeInParenthesesIsNoDuration() {
        Article a = analyse("2015-08-10", "وقال المدرب (40 عاما) إن الفريق جاهز.");
        assertThat(written(a)).isEmpty();
    }

    @Test
    void scoresAndPhoneNumbersAreNoDates() {
        Article a = analyse("2015-08-10", "فاز الفريق 3-1 واتصلوا على الرقم 0501234567 للاستفسار.");
        assertThat(written(a)).isEmpty();
    }

    @Test
    void dualsAndVagueAmountsAreDurations() {
        Article a = analyse("2015-08-10", "استمر البحث يومين، وهو مطلوب منذ سنوات.");
        assertThat(value(a, "يومين")).isEqualTo("P2D");
        assertThat(value(a, "سنوات")).isEqualTo("PXY");
    }

    @Test
    void aWeekdayCalledLastIsTheOneBeforeThePublicationDay() {
        Article a = analyse("2015-08-10", "وكان الوزير قد زار المدينة الخميس الماضي.");
        assertThat(value(a, "الخميس الماضي")).isEqualTo("2015-08-06");
    }

    @Test
    void aClockTimeInTheEveningIsCountedFromNoon() {
        Article a = analyse("2015-08-10", "تبدأ المباراة الساعة 9 مساء بتوقيت مكة.");
        assertThat(value(a, "الساعة 9 مساء")).isEqualTo("XXXX-XX-XXT21:00");
    }

    @Test
    void anUndatedArticleWithoutEnoughEvidenceStaysUnknown() {
        Article a = analyse(null, "وقال الوزير أمس إن المشروع اكتمل.");
        assertThat(a.published().basis()).isEqualTo(Published.Basis.UNKNOWN);
        assertThat(value(a, "أمس")).isNull();
    }

    @Test
    void aLongRunOfDigitsIsReadToTheEnd() {
        Article a = analyse(null, "1 ".repeat(200_000) + "يوم 5 مايو 2016.");
        assertThat(value(a, "يوم 5 مايو 2016")).isEqualTo("2016-05-05");
    }

    @Test
    void aWeekdaySaidAloneIsTheLastSuchDay() {
        Article a = analyse("2015-08-10", "وكان الوفد قد وصل يوم الأربعاء إلى العاصمة.");
        assertThat(value(a, "يوم الأربعاء")).isEqualTo("2015-08-05");
    }

    @Test
    void howOftenIsASet() {
        Article a = analyse("2015-08-10", "تصدر النشرة يوميا، ويجتمع المجلس كل شهر.");
        assertThat(value(a, "يوميا")).isEqualTo("P1D");
        assertThat(value(a, "كل شهر")).isEqualTo("P1M");
        assertThat(times(a).get(0).type()).isEqualTo(TimeExpression.Type.SET);
    }

    @Test
    void aMonthlyAmountIsARateNotASet() {
        Article a = analyse("2015-08-10", "يتقاضى الموظف 5000 ريال شهريا.");
        assertThat(written(a)).isEmpty();
    }

    @Test
    void nowAndLatelyAreReferences() {
        Article a = analyse("2015-08-10", "المشروع متوقف حاليا بعد أن تعثر مؤخرا.");
        assertThat(value(a, "حاليا")).isEqualTo("PRESENT_REF");
        assertThat(value(a, "مؤخرا")).isEqualTo("PAST_REF");
    }

    @Test
    void twoDaysAgoIsADayButTwoDaysBeforeAnEventIsNot() {
        Article a = analyse("2015-08-10", "وصل الوفد قبل يومين، وغادر قبل يومين من الافتتاح.");
        assertThat(value(a, "قبل يومين")).isEqualTo("2015-08-08");
        assertThat(written(a)).hasSize(2); // the second is the duration يومين, counted from the opening
    }

    @Test
    void thePartOfADayJoinsTheDay() {
        Article a = analyse("2015-08-10", "وقع الحادث مساء أمس الأحد قرب الميناء.");
        assertThat(value(a, "مساء أمس الأحد")).isEqualTo("2015-08-09TEV");
    }

    @Test
    void theDayBeforeYesterdayWrittenAfterYesterday() {
        Article a = analyse("2015-08-10", "وصل المدرب أمس الأول إلى الرياض.");
        assertThat(value(a, "أمس الأول")).isEqualTo("2015-08-08");
    }

    @Test
    void aYearAfterAPrepositionOfTime() {
        Article a = analyse("2015-08-10", "يعمل المصنع منذ 2012 دون توقف.");
        assertThat(value(a, "2012")).isEqualTo("2012");
    }

    @Test
    void thisSummerIsThePublicationYearsSummer() {
        Article a = analyse("2015-08-10", "يزور الوفد المدينة هذا الصيف، والحر شديد صيفا.");
        assertThat(value(a, "هذا الصيف")).isEqualTo("2015-SU");
        assertThat(value(a, "صيفا")).isEqualTo("XXXX-SU");
    }

    @Test
    void anOrdinalDayOfANamedMonth() {
        Article a = analyse("2015-08-10", "افتتح المصنع في الأول من مايو 2014.");
        assertThat(value(a, "الأول من مايو 2014")).isEqualTo("2014-05-01");
    }

    @Test
    void aUnitInTheAccusativeCountsAsWell() {
        Article a = analyse("2015-08-10", "استمرت الرحلة ١٥ يوما.");
        assertThat(value(a, "١٥ يوما")).isEqualTo("P15D");
    }

    @Test
    void anAgeAfterTheWordsOfAgeIsNoDuration() {
        Article a = analyse("2015-08-10", "وصل اللاعب البالغ من العمر 24 عاما إلى النادي.");
        assertThat(written(a)).isEmpty();
    }

    @Test
    void aWeekdayInASentenceAboutTheFutureIsTheNextOne() {
        Article a = analyse("2015-08-10", "وسيصل الوفد يوم الأربعاء إلى العاصمة.");
        assertThat(value(a, "يوم الأربعاء")).isEqualTo("2015-08-12");
    }

    @Test
    void theDayAfterTomorrowWrittenWithGhad() {
        Article a = analyse("2015-08-10", "تبدأ البطولة بعد غد الأربعاء.");
        assertThat(value(a, "بعد غد الأربعاء")).isEqualTo("2015-08-12");
    }

    @Test
    void anHourWrittenAsAnOrdinalWord() {
        Article a = analyse("2015-08-10", "يبدأ الحفل الساعة الرابعة عصرا وينتهي الساعة الحادية عشرة ليلا.");
        assertThat(value(a, "الساعة الرابعة عصرا")).isEqualTo("XXXX-XX-XXT16:00");
        assertThat(value(a, "الساعة الحادية عشرة ليلا")).isEqualTo("XXXX-XX-XXT23:00");
    }

    @Test
    void aWeekdayThatContradictsTheGivenDateIsReported() {
        Article a = analyse("2015-08-07", "أعلنت الوزارة اليوم الخميس أن التسجيل مفتوح.");
        List<org.marsad.model.Span> conflicts = a.layer(Times.class).orElseThrow().conflicts();
        assertThat(conflicts).extracting(s -> s.of(a.text())).containsExactly("اليوم الخميس");
        assertThat(a.published().date()).contains("2015-08-07");
    }

    @Test
    void aWeekdayThatAgreesIsNoConflict() {
        Article a = analyse("2015-08-07", "أعلنت الوزارة اليوم الجمعة أن التسجيل مفتوح.");
        assertThat(a.layer(Times.class).orElseThrow().conflicts()).isEmpty();
    }

    @Test
    void theYearsOfARangeButNotACount() {
        Article a = analyse("2015-08-10", "ارتفعت الأسعار من 2010 إلى 2015، وشارك أكثر من 2000 شخص.");
        assertThat(written(a)).containsExactly("2010", "2015");
    }

    private static TimeExpression expression(Article a, String written) {
        return times(a).stream().filter(t -> t.span().of(a.text()).equals(written)).findFirst().orElseThrow();
    }

    @Test
    void aWeekdayRightBeforeADateIsOneExpressionValuedByTheDate() {
        Article a = analyse("2015-07-23", "تنتهي المهلة يوم الأحد 10 شوال 1436هـ في كل المناطق.");
        assertThat(written(a)).containsExactly("يوم الأحد 10 شوال 1436ه");
        assertThat(value(a, "يوم الأحد 10 شوال 1436ه")).isEqualTo("2015-07-26");
    }

    @Test
    void aWeekdayAgreeingWithADateTakesItsDay() {
        Article a = analyse("2015-08-04", "تعقد الجمعية يوم الأحد الموافق 8 ذي القعدة المقبل في مقر النادي.");
        assertThat(value(a, "يوم الأحد")).isEqualTo("2015-08-23");
        assertThat(value(a, "8 ذي القعدة المقبل")).isEqualTo("2015-08-23");
    }

    @Test
    void aWeekdayTheDateBesideItDoesNotFallOnIsFlagged() {
        Article a = analyse(null, "وقع الحادث يوم السبت 10 أغسطس 2015 قرب الميناء.");
        TimeExpression t = expression(a, "يوم السبت 10 أغسطس 2015");
        assertThat(t.value()).contains("2015-08-10");
        assertThat(t.flag()).contains(TimeExpression.Flag.WEEKDAY_MISMATCH);
    }

    @Test
    void anImpossibleDateIsFlagged() {
        Article a = analyse(null, "قيل إن الاجتماع عقد في 30 فبراير 2015 دون إعلان.");
        assertThat(expression(a, "30 فبراير 2015").flag()).contains(TimeExpression.Flag.IMPOSSIBLE_DATE);
    }

    @Test
    void aDateInNumbersWithAHijriYearIsConverted() {
        Article a = analyse(null, "صدر القرار في 4 / 11 / 1426هـ وبدأ العمل به.");
        assertThat(value(a, "4 / 11 / 1426ه")).isEqualTo("2005-12-06");
    }

    @Test
    void aDateInNumbersWrittenDayFirstIsGregorian() {
        Article a = analyse(null, "تذكرت الحادثة صباح 2-8-2015م وأنا في المكتب.");
        assertThat(written(a)).contains("2-8-2015م");
        assertThat(value(a, "2-8-2015م")).isEqualTo("2015-08-02");
    }

    @Test
    void aScoreIsNoDate() {
        Article a = analyse("2015-08-10", "فاز الفريق 3-1 على ضيفه في المباراة.");
        assertThat(written(a)).isEmpty();
    }

    @Test
    void aDayOfTheCurrentMonthIsInThePublicationMonth() {
        Article a = analyse("2015-08-10", "ينتهي الموسم بعد 24 من الشهر الجاري كما يقول الفلكيون.");
        assertThat(value(a, "24 من الشهر الجاري")).isEqualTo("2015-08-24");
    }

    @Test
    void aCompoundOrdinalDayOfANamedMonthIsThatDay() {
        Article a = analyse("2015-08-04", "يفتح القصر أبوابه حتى الخامس والعشرين من سبتمبر المقبل.");
        assertThat(value(a, "الخامس والعشرين من سبتمبر المقبل")).isEqualTo("2015-09-25");
    }

    @Test
    void aMonthWithItsLevantineNameInParenthesesIsOneExpression() {
        Article a = analyse(null, "سافر الرجلان نهاية مايو (أيار) عام 2014 إلى الخارج.");
        TimeExpression t = expression(a, "نهاية مايو (أيار) عام 2014");
        assertThat(t.value()).contains("2014-05");
        assertThat(t.mod()).contains(TimeExpression.Mod.END);
    }

    @Test
    void aListOfMonthsTakesTheRelationOfTheLast() {
        Article a = analyse("2015-07-25", "ارتفع المؤشر في شهري يناير وفبراير الماضيين بنسبة قليلة.");
        assertThat(value(a, "شهري يناير")).isEqualTo("2015-01");
        assertThat(value(a, "وفبراير الماضيين".substring(1))).isEqualTo("2015-02");
    }

    @Test
    void aClockTimeWithItsDayIsOneTime() {
        Article a = analyse("2015-08-10", "يبدأ التدريب من الساعة الرابعة من عصر يوم غد الثلاثاء في الملعب.");
        assertThat(value(a, "الساعة الرابعة من عصر يوم غد الثلاثاء")).isEqualTo("2015-08-11T16:00");
    }

    @Test
    void aWireTimeStampIsATimeOfThePublicationDay() {
        Article a = analyse("2015-08-10", "وأعلنت الوزارة النتائج كاملة.\n12:40 ت م");
        List<TimeExpression> stamps = a.layer(Times.class).orElseThrow().removedTimes().stream()
                .flatMap(p -> p.times().stream()).toList();
        assertThat(stamps).extracting(t -> t.value().orElse(null)).containsExactly("2015-08-10T12:40");
    }

    @Test
    void aPartOfTheDaySaidAloneBelongsToTheDayNamedJustBefore() {
        Article a = analyse("2015-08-04", "وصل الفريق أول من أمس إلى المدينة، وشارك في أول تدريب له مساءً.");
        assertThat(value(a, "أول من أمس")).isEqualTo("2015-08-02");
        assertThat(value(a, "مساءً")).isEqualTo("2015-08-02TEV");
    }

    @Test
    void aDayWithAPartOfDayAdverbAfterItIsOneTime() {
        Article a = analyse("2015-07-25", "السؤال الذي شغلني بالأمس مساءً لم أجد له جوابا.");
        assertThat(value(a, "الأمس مساءً")).isEqualTo("2015-07-24TEV");
    }

    @Test
    void tonightIsTheNightOfThePublicationDay() {
        Article a = analyse("2015-07-23", "وقال المتحدث الليلة في لقاء تلفزيوني إن الوضع مستقر.");
        assertThat(value(a, "الليلة")).isEqualTo("2015-07-23TNI");
    }

    @Test
    void aStretchOfUnitsBeforeOrAfterNowIsADuration() {
        Article a = analyse("2015-08-04", "تنفق الحكومة المبلغ في السنوات الثلاث المقبلة وخلال الأيام القليلة المقبلة تبدأ.");
        assertThat(value(a, "السنوات الثلاث المقبلة")).isEqualTo("P3Y");
        assertThat(value(a, "الأيام القليلة المقبلة")).isEqualTo("PXD");
    }

    @Test
    void numbersInWordsMakeADuration() {
        Article a = analyse(null, "وقعت الحرب قبل خمسة وعشرين عاما واستمرت لثلاث سنوات وربع قرن من الخلاف.");
        assertThat(value(a, "ثلاث سنوات")).isEqualTo("P3Y");
        assertThat(value(a, "ربع قرن")).isEqualTo("P25Y");
    }

    @Test
    void anAmountQualifiedByMoreThanKeepsItsWordsInTheSpan() {
        Article a = analyse("2015-07-23", "بدأت الحملة منذ أكثر من شهرين في المنطقة.");
        assertThat(value(a, "أكثر من شهرين")).isEqualTo("P2M");
    }

    @Test
    void anAgeBetweenCommasIsNoDuration() {
        Article a = analyse(null, "قاتل المتهم الأول، 27 عاما، في صفوف التنظيم قبل عودته.");
        assertThat(written(a)).isEmpty();
    }

    @Test
    void aSeasonOfSportIsATimeWithoutAValue() {
        Article a = analyse("2015-08-09", "انضم اللاعب إلى النادي استعدادا للموسم الجديد بعد تألقه الموسم الماضي.");
        assertThat(written(a)).containsExactly("لموسم الجديد", "الموسم الماضي");
        assertThat(times(a)).allMatch(t -> t.value().isEmpty());
    }

    @Test
    void theDayOfTheFeastIsTheNearestEidAlFitr() {
        Article a = analyse("2015-07-23", "زار الأمير المرضى يوم العيد وقدم لهم الهدايا.");
        assertThat(value(a, "يوم العيد")).isEqualTo("2015-07-17");
    }

    @Test
    void aQuarterOfANamedYearIsItsTimex() {
        Article a = analyse("2015-08-10", "ارتفعت أرباح الشركة في الربع الثاني من العام الجاري وفي النصف الأول من 2014.");
        assertThat(value(a, "الربع الثاني من العام الجاري")).isEqualTo("2015-Q2");
        assertThat(value(a, "النصف الأول من 2014")).isEqualTo("2014-H1");
    }

    @Test
    void aDecadeIsOfTheTwentiethCentury() {
        Article a = analyse(null, "انتشرت هذه الأقراص في الستينيات بين الشباب.");
        assertThat(value(a, "الستينيات")).isEqualTo("196X");
    }

    @Test
    void aFutureReferenceIsFound() {
        Article a = analyse(null, "أجل الاتحاد المباراة إلى وقت لاحق وستتفاوض الإدارة في المستقبل مع اللاعبين.");
        assertThat(value(a, "وقت لاحق")).isEqualTo("FUTURE_REF");
        assertThat(value(a, "المستقبل")).isEqualTo("FUTURE_REF");
    }

    @Test
    void aWordThatStartsWithSeenIsNoFutureVerb() {
        Article a = analyse("2015-08-04", "خفضت وكالة ستاندرد الاثنين توقعاتها للنمو.");
        assertThat(value(a, "الاثنين")).isEqualTo("2015-08-03");
    }

    @Test
    void aBareWeekdayKeepsTheDirectionItWasSaidWithBefore() {
        Article a = analyse("2015-08-10", "يلعب الفريق الأحد المقبل أمام منافسه. وتعد مباراة الأحد الأصعب.");
        assertThat(times(a)).extracting(t -> t.value().orElse(null)).containsExactly("2015-08-16", "2015-08-16");
    }

    @Test
    void aDayOfEveryYearHasNoYear() {
        Article a = analyse("2015-08-10", "تنشط الشهب حتى 29 أغسطس من كل عام كما يقول الفلكيون.");
        assertThat(value(a, "29 أغسطس")).isEqualTo("XXXX-08-29");
    }

    @Test
    void aTodayInsideAQuotedNameIsNoDate() {
        Article a = analyse("2015-08-10", "عمل مديرا للتحرير في «أخبار اليوم» سنوات طويلة.");
        assertThat(written(a)).doesNotContain("اليوم");
    }

    @Test
    void numbersThatOnlyLookLikeDatesAreNone() {
        Article a = analyse("2015-08-10", "رقم الجوال 0555-123-4567 والآية 2:255 والموعد 10/8/15 والبند 13/13/2015 بسعر 2015 ريالا.");
        assertThat(written(a)).isEmpty();
    }

    /** An undated record with its title apart, as a JSON record gives it: its body may open with a dateline. */
    private static Article record(String body) {
        return (Article) pipeline.analyze(new RawDocument(Origin.file("t.json", "json", "UTF-8"), body,
                Optional.of("خبر محلي"), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
    }

    @Test
    void aDatelineGivesTheDayOfAnUndatedArticle() {
        Article a = record("الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس\nأعلنت الوزارة أمس نتائج القبول.");
        assertThat(a.published().basis()).isEqualTo(Published.Basis.DATELINE);
        assertThat(a.published().date()).contains("2015-08-10");
        assertThat(value(a, "أمس")).isEqualTo("2015-08-09");
    }

    @Test
    void aDatelineWhoseCalendarsDisagreeIsFlagged() {
        Article a = record("الرياض 20 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس\nأعلنت الوزارة نتائج القبول.");
        List<TimeExpression> dateline = a.layer(Times.class).orElseThrow().removedTimes().get(0).times();
        assertThat(dateline).extracting(TimeExpression::flag)
                .containsOnly(Optional.of(TimeExpression.Flag.CALENDARS_DISAGREE));
    }

    @Test
    void lastWinterIsTheWinterThatEndedBeforeThePublicationDay() {
        Article a = analyse("2015-07-27", "ظل الطلب مرتفعا منذ الشتاء الماضي وتحسن خلال الربيع الماضي.");
        assertThat(value(a, "الشتاء الماضي")).isEqualTo("2014-WI");
        assertThat(value(a, "الربيع الماضي")).isEqualTo("2015-SP");
    }

    @Test
    void anAgencyClockTimeWithACommaAndItsZoneIsOneTime() {
        Article a = analyse("2015-07-20", "وصل الوزير أمس وعقد مؤتمرا صحافيا قرابة الساعة 17,45 تغ في المقر.");
        assertThat(value(a, "الساعة 17,45 تغ")).isEqualTo("2015-07-19T17:45");
    }

    @Test
    void yearsListedAfterTheirNounAreYears() {
        Article a = analyse("2015-07-27", "فاز المنتخب باللقب خمس مرات أعوام: 1991 و2002 و2005.");
        assertThat(value(a, "1991")).isEqualTo("1991");
        assertThat(value(a, "2005")).isEqualTo("2005");
    }

    @Test
    void dayAndNightTogetherAreNoTime() {
        Article a = analyse("2015-07-27", "عمل الفريق ليلا ونهارا لإنجاز المشروع.");
        assertThat(written(a)).isEmpty();
    }

    @Test
    void aMonthOfLastYearIsCountedFromThePublicationYear() {
        Article a = analyse("2015-07-27", "اختفت الطائرة في مارس العام الماضي فوق المحيط.");
        assertThat(value(a, "مارس العام الماضي")).isEqualTo("2014-03");
    }

    @Test
    void todayCalledByAnotherWeekdayIsFlagged() {
        Article a = analyse("2015-08-04", "زار الوزير المدينة اليوم الاثنين والتقى بالأهالي.");
        TimeExpression t = expression(a, "اليوم الاثنين");
        assertThat(t.value()).contains("2015-08-04");
        assertThat(t.flag()).contains(TimeExpression.Flag.WEEKDAY_MISMATCH);
    }

    @Test
    void finallyBeforeADayIsNoReference() {
        Article a = analyse("2015-08-04", "قال إن القضايا تم الاتفاق عليها أخيرا أمس بعد جهد.");
        assertThat(written(a)).containsExactly("أمس");
    }

    @Test
    void aDayPrintedInFullAndCalledTodayIsThePublicationDay() {
        Article a = analyse(null, "نفذت الجهات المختصة الحكم اليوم الأربعاء الموافق 20 / 10 / 1436هـ بمدينة جيزان.");
        assertThat(a.published().basis()).isEqualTo(Published.Basis.INFERRED);
        assertThat(a.published().date()).contains("2015-08-05");
    }

    @Test
    void theFirstPhaseIsNoTime() {
        Article a = analyse("2015-08-10", "تشمل المرحلة الأولى من المشروع عشرة أحياء وتنتهي خلال الفترة المقبلة.");
        assertThat(written(a)).containsExactly("الفترة المقبلة");
        assertThat(value(a, "الفترة المقبلة")).isEqualTo("FUTURE_REF");
    }
}
