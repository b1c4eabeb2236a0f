package org.marsad.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.Pipeline;
import org.marsad.model.Article;
import org.marsad.model.Entity;
import org.marsad.model.Origin;
import org.marsad.model.Quote;
import org.marsad.model.RawDocument;
import org.marsad.read.TextFormat;

/** The quote stage through the whole pipeline (the shipped entity model names the speakers), on short articles. */
class QuoteStageTest {
    private static Pipeline pipeline;

    @BeforeAll
    static void build() {
        pipeline = Pipeline.builder().build();
    }

    /** An article with a headline, then {@code body}. */
    private static Article analyse(String body) {
        String text = "خبر محلي\n" + body;
        return (Article) pipeline.analyze(RawDocument.text(Origin.file("t.txt", TextFormat.NAME, "UTF-8"), text));
    }

    private static String content(Article a, Quote q) {
        return q.content().of(a.text());
    }

    private static String cue(Article a, Quote q) {
        return q.cue().map(c -> c.of(a.text())).orElse(null);
    }

    private static String speaker(Article a, Quote q) {
        return q.speaker().map(id -> a.entities().stream().filter(e -> e.id().equals(id)).map(Entity::name)
                .findFirst().orElseThrow()).orElse(null);
    }

    private static List<String> contents(Article a) {
        return a.quotes().stream().map(q -> content(a, q)).toList();
    }

    @Test
    void reportedClauseAfterVerbAndComplementizerWithTheNamedSpeaker() {
        Article a = analyse("أكد وزير المالية خالد العمري أن الميزانية ستسجل فائضا هذا العام.");
        Quote q = a.quotes().get(0);
        assertThat(a.quotes()).hasSize(1);
        assertThat(q.kind()).isEqualTo(Quote.Kind.INDIRECT);
        assertThat(content(a, q)).isEqualTo("الميزانية ستسجل فائضا هذا العام");
        assertThat(cue(a, q)).isEqualTo("أكد");
        assertThat(speaker(a, q)).isEqualTo("خالد العمري");
        assertThat(q.speakerName()).contains("خالد العمري");
        assertThat(q.implicit()).isFalse();
    }

    @Test
    void participleStartsAQuoteOfItsOwnWithTheSameSpeaker() {
        Article a = analyse("وقال الدكتور سالم الحربي إن المستشفى الجديد سيفتتح في الربيع، مشيرا إلى أن العمل يسير وفق"
                + " الخطة.");
        assertThat(contents(a)).containsExactly("المستشفى الجديد سيفتتح في الربيع", "العمل يسير وفق الخطة");
        Quote pointing = a.quotes().get(1);
        assertThat(cue(a, pointing)).isEqualTo("مشيرا");
        assertThat(speaker(a, pointing)).isEqualTo("سالم الحربي");
        assertThat(pointing.implicit()).isTrue();
    }

    @Test
    void feminineVerbWithoutSubjectContinuesTheLastWomanWhoSpoke() {
        Article a = analyse("قالت الوزيرة نورة الشهري إن المدارس ستفتح أبوابها مبكرا.\n"
                + "وقال المدير سامي القحطاني إن النقل جاهز.\n"
                + "وأضافت أن الحافلات جاهزة لنقل الطلاب.");
        Quote added = a.quotes().get(2);
        assertThat(cue(a, added)).isEqualTo("وأضافت");
        assertThat(speaker(a, added)).isEqualTo("نورة الشهري");
        assertThat(added.implicit()).isTrue();
    }

    @Test
    void quotationAfterAColonIsOneDirectQuote() {
        Article a = analyse("وقال المدير سامي القحطاني: \"نحن مستعدون لكل الاحتمالات\".");
        assertThat(a.quotes()).hasSize(1);
        Quote q = a.quotes().get(0);
        assertThat(q.kind()).isEqualTo(Quote.Kind.DIRECT);
        assertThat(content(a, q)).isEqualTo("نحن مستعدون لكل الاحتمالات");
        assertThat(cue(a, q)).isEqualTo("وقال");
        assertThat(speaker(a, q)).isEqualTo("سامي القحطاني");
    }

    @Test
    void theAgencyThatRelaysIsTheSourceNotTheSpeaker() {
        Article a = analyse("ووفقا لوكالة رويترز، أكد الرئيس التركي رجب طيب أردوغان أن بلاده لن تتراجع.");
        Quote q = a.quotes().get(0);
        assertThat(speaker(a, q)).isEqualTo("رجب طيب أردوغان");
        assertThat(q.source()).isPresent();
        assertThat(a.entities().stream().filter(e -> e.id().equals(q.source().get())).map(Entity::name))
                .containsExactly("رويترز"); // the agency's name as name-aliases.txt gives it
    }

    @Test
    void unnamedSourceHasNoEntityAndItsDescriptionAsName() {
        Article a = analyse("وقال مصدر مسؤول في الوزارة إن القرار سيصدر قريبا.");
        Quote q = a.quotes().get(0);
        assertThat(q.speaker()).isEmpty();
        assertThat(q.speakerName()).contains("مصدر مسؤول في الوزارة");
        assertThat(content(a, q)).isEqualTo("القرار سيصدر قريبا");
    }

    @Test
    void negatedReportIsNoQuote() {
        assertThat(analyse("لم يذكر المتحدث أن الاجتماع تأجل.").quotes()).isEmpty();
    }

    @Test
    void demandIsNoQuote() {
        assertThat(analyse("وطالب النائب عمر الدوسري بأن تعاد دراسة المشروع.").quotes()).isEmpty();
    }

    @Test
    void cueFollowedByANounPhraseIsNoQuote() {
        assertThat(analyse("أكد الوزير فهد المطيري على أهمية التعاون بين البلدين.").quotes()).isEmpty();
    }

    @Test
    void nameInQuotationMarksIsNoQuote() {
        assertThat(analyse("نشرت صحيفة \"الحياة\" تقريرا عن الأسواق، وقالت وكالة \"الأنباء\" إن الأسعار ارتفعت.")
                .quotes()).extracting(Quote::kind).containsExactly(Quote.Kind.INDIRECT);
    }

    @Test
    void postposedAttributionTakesTheClauseBeforeIt() {
        Article a = analyse("ارتفعت أسعار النفط في الأسواق العالمية، كما قال المحلل ناصر الغامدي.");
        Quote q = a.quotes().get(0);
        assertThat(content(a, q)).isEqualTo("ارتفعت أسعار النفط في الأسواق العالمية");
        assertThat(cue(a, q)).isEqualTo("كما قال");
        assertThat(speaker(a, q)).isEqualTo("ناصر الغامدي");
    }

    @Test
    void quotationRunningIntoTheNextParagraphGivesAQuotePerParagraphWithOneSpeaker() {
        Article a = analyse("وقال المدرب يوسف العنزي: \"سنلعب بكل قوة في المباراة المقبلة\n"
                + "\"ونعد جماهيرنا بالفوز\".");
        assertThat(contents(a)).containsExactly("سنلعب بكل قوة في المباراة المقبلة", "ونعد جماهيرنا بالفوز");
        assertThat(a.quotes()).allSatisfy(q -> {
            assertThat(speaker(a, q)).isEqualTo("يوسف العنزي");
            assertThat(cue(a, q)).isEqualTo("وقال");
        });
    }

    @Test
    void reportedClauseWithAQuotedFragmentGivesBothWithOneCue() {
        Article a = analyse("من جانبه، قال رئيس النادي ماجد السبيعي إن الفريق يستحق الدعم، وإن الإدارة \"لن تتخلى عن"
                + " اللاعبين\".");
        assertThat(a.quotes()).extracting(Quote::kind).containsExactly(Quote.Kind.INDIRECT, Quote.Kind.DIRECT);
        assertThat(content(a, a.quotes().get(1))).isEqualTo("لن تتخلى عن اللاعبين");
        assertThat(a.quotes().get(1).cue()).isEqualTo(a.quotes().get(0).cue());
        assertThat(a.quotes()).allSatisfy(q -> assertThat(speaker(a, q)).isEqualTo("ماجد السبيعي"));
    }

    @Test
    void nameAndColonBeforeAQuotationInAHeadlineIsItsSpeaker() {
        Article a = (Article) pipeline.analyze(RawDocument.text(Origin.file("t.txt", TextFormat.NAME, "UTF-8"),
                "بوتين: \"العلاقات مع بيلاروسيا قوية\"\nالتقى الرئيسان في موسكو."));
        assertThat(a.quotes()).hasSize(1);
        assertThat(speaker(a, a.quotes().get(0))).isEqualTo("بوتين");
    }

    @Test
    void theOutletsOwnBackgroundNoteIsNoQuote() {
        assertThat(analyse("افتتح المعرض أبوابه أمس.\nيذكر أن المعرض يقام للمرة العاشرة.").quotes()).isEmpty();
    }

    @Test
    void verbAddressedToTheReaderIsNoQuote() {
        assertThat(analyse("لا تستسلم لليأس.\nتذكر أن النجاح يحتاج إلى صبر طويل.").quotes()).isEmpty();
    }

    @Test
    void presentTenseVerbWithoutSubjectContinuesAWomanWhoSpoke() {
        Article a = analyse("قالت الوزيرة نورة الشهري إن المدارس ستفتح أبوابها مبكرا.\n"
                + "وتضيف أن الحافلات جاهزة لنقل الطلاب.");
        assertThat(a.quotes()).hasSize(2);
        assertThat(speaker(a, a.quotes().get(1))).isEqualTo("نورة الشهري");
    }

    @Test
    void anEpithetOfGodAfterTheVerbNamesGodNamedBefore() {
        Article a = analyse("وفي خطبة الجمعة ذكر الإمام أن الجار له حق كبير.\n"
                + "قال الله تعالى: «أحسنوا إلى جيرانكم كما تحبون أن يحسنوا إليكم».\n"
                + "وقال تعالى: «الصدق طريق النجاة في الدنيا».");
        Quote second = a.quotes().get(a.quotes().size() - 1);
        assertThat(cue(a, second)).isEqualTo("وقال");
        // the tagger reads الله as ANERcorp labels it, an other name (MISC): no entity to link; the quote keeps the
        // name
        assertThat(second.speakerName()).contains("الله");
        assertThat(second.speaker()).isEmpty();
        assertThat(second.implicit()).isFalse();
    }

    @Test
    void aManNamedIzzAfterTheVerbIsNotTakenForGod() {
        Article a = analyse("قال الله تعالى: «أحسنوا إلى جيرانكم كما تحبون أن يحسنوا إليكم».\n"
                + "وقال عز الدين الحربي: «المسجد سيفتح أبوابه للجميع».");
        Quote second = a.quotes().get(a.quotes().size() - 1);
        assertThat(speaker(a, second)).isEqualTo("عز الدين الحربي");
    }

    @Test
    void parenthesesAfterACueAndColonAreQuotationMarks() {
        Article a = analyse("وقال الوزير خالد العمري: (سنبدأ تنفيذ المشروع في الربع الأول من العام المقبل).\n"
                + "وتضم المرحلة الأولى (12 محطة) في شمال المدينة.");
        assertThat(contents(a)).containsExactly("سنبدأ تنفيذ المشروع في الربع الأول من العام المقبل");
        assertThat(speaker(a, a.quotes().get(0))).isEqualTo("خالد العمري");
    }

    @Test
    void nounOfSayingRightBeforeItsClauseIsACue() {
        Article a = analyse("ونقلت الصحيفة عن الوزير خالد العمري قوله إن المشروع سينتهي قبل نهاية العام.");
        Quote q = a.quotes().get(0);
        assertThat(content(a, q)).isEqualTo("المشروع سينتهي قبل نهاية العام");
        assertThat(speaker(a, q)).isEqualTo("خالد العمري");
    }

    @Test
    void complementizerInsideAQuotationOpensNoClause() {
        Article a = analyse("وقال الوزير فيصل المقداد \"نحن نرفض أن تتدخل الدول في شؤوننا الداخلية\".");
        assertThat(a.quotes()).extracting(Quote::kind).containsExactly(Quote.Kind.DIRECT);
    }

    @Test
    void attributingPhraseWithAVerbGivesOneQuote() {
        Article a = analyse("وحسب ما ذكرت الوزارة أن الوضع مستقر في المنطقة.");
        assertThat(contents(a)).containsExactly("الوضع مستقر في المنطقة");
        assertThat(cue(a, a.quotes().get(0))).isEqualTo("وحسب ما ذكرت");
    }

    @Test
    void pronounHonorificInAnAttributingPhraseIsThePersonNamedBefore() {
        Article a = analyse("التقى الأمير محمد بن سلمان الوفد. والاقتصاد قوي جدا، كما قال سموه.");
        assertThat(speaker(a, a.quotes().get(0))).isEqualTo("محمد بن سلمان");
        assertThat(a.quotes().get(0).implicit()).isTrue();
    }

    @Test
    void occasionWithoutACommaStillLeavesTheSubject() {
        Article a = analyse("التقى حسن روحاني بالوفد في طهران.\n"
                + "وأكد في بيان له وزير الخارجية فيصل المقداد أن الوضع مستقر.");
        assertThat(speaker(a, a.quotes().get(0))).isEqualTo("فيصل المقداد");
    }

    @Test
    void titleWordBeforeTheColonDoesNotMakeAQuotationAName() {
        Article a = analyse("وقال فيصل المقداد في كلمته خلال المؤتمر: \"إن بلادنا ماضية في طريق الإصلاح الشامل\".");
        assertThat(contents(a)).containsExactly("إن بلادنا ماضية في طريق الإصلاح الشامل");
    }

    @Test
    void parenthesisLeftOpenHidesNoLaterQuotation() {
        Article a = analyse("(ملاحظة وقال فيصل المقداد: (نحن مستعدون للحوار مع الجميع).");
        assertThat(contents(a)).containsExactly("نحن مستعدون للحوار مع الجميع");
    }

    @Test
    void reportedClauseEndsBeforeItsQuestionMark() {
        Article a = analyse("افتتح الوزير المعرض أمس في الرياض بحضور عدد كبير من الزوار والمسؤولين.\n"
                + "وقال الوزير فيصل المقداد: إن الأمر معقول في رأيه؟");
        assertThat(contents(a)).containsExactly("الأمر معقول في رأيه");
    }

    @Test
    void jointSpeakersAreOneSpeakerNamedAsWritten() {
        Article a = analyse("التقى وزيرا الخارجية السعودي والمصري في الرياض أمس لبحث الأوضاع الإقليمية.\n"
                + "وقال الوزيران في مؤتمر صحفي مشترك إن التنسيق بين البلدين مستمر.");
        Quote q = a.quotes().get(0);
        assertThat(q.speaker()).isEmpty();
        assertThat(q.speakerName()).contains("الوزيران");
    }

    @Test
    void pronounHonorificIsThePersonNamedWithThatTitle() {
        Article a = analyse("استقبل الأمير تركي الفيصل الوزير خالد العمري في مكتبه أمس.\n"
                + "وقال العمري إن اللقاء كان مثمرا.\n"
                + "وقال سموه إن التعاون سيستمر بين الجانبين.");
        Quote q = a.quotes().get(1);
        assertThat(speaker(a, q)).isEqualTo("تركي الفيصل");
        assertThat(q.implicit()).isTrue();
    }

    @Test
    void officeAloneIsThePersonTheArticleIntroducedWithIt() {
        Article a = analyse("زار محافظ المدينة سعد الحربي الموقع أمس.\nوقال المحافظ إن العمل سينتهي قريبا.");
        assertThat(speaker(a, a.quotes().get(0))).isEqualTo("سعد الحربي");
    }

    @Test
    void articleWithoutAnyStatementHasNoQuotes() {
        assertThat(analyse("افتتح المعرض الدولي للكتاب أبوابه أمس في الرياض بمشاركة مئات الناشرين.").quotes())
                .isEmpty();
    }

    private static Quote quoteOf(Article a, String contentPart) {
        return a.quotes().stream().filter(q -> content(a, q).contains(contentPart)).findFirst().orElseThrow();
    }

    @Test
    void subjectlessCueContinuesWhoTheSentenceBeforeShowedSpeaking() {
        Article a = analyse("وقال سعد الحربي إن الموسم كان صعبا على الجميع.\n"
                + "ونوه المدرب فهد الزهراني بجهود اللاعبين في المعسكر.\n"
                + "وقال: \"سنعمل على تطوير الأداء في المباريات المقبلة\".");
        Quote q = quoteOf(a, "سنعمل على تطوير");
        assertThat(speaker(a, q)).isEqualTo("فهد الزهراني");
        assertThat(q.implicit()).isTrue();
    }

    @Test
    void verbAfterAFrontedTimeStillContinuesTheSubjectBefore() {
        Article a = analyse("وقال سعد الحربي إن الموسم كان صعبا على الجميع.\n"
                + "وأعلن المدرب فهد الزهراني عن خطة جديدة للفريق.\n"
                + "وفي مارس، صرح لصحيفة محلية قائلا إن \"العمل مع اللاعبين الشباب يحتاج إلى صبر طويل\".");
        assertThat(speaker(a, quoteOf(a, "يحتاج إلى صبر"))).isEqualTo("فهد الزهراني");
    }

    @Test
    void statementInMarksToldToAPaperIsAQuote() {
        Article a = analyse("وروى شقيق الضحية ما جرى في تلك الليلة.\n"
                + "وأكد للصحيفة \"لقد تقدمت بشكوى رسمية إلى الجهات المختصة في المدينة\".");
        assertThat(contents(a)).contains("لقد تقدمت بشكوى رسمية إلى الجهات المختصة في المدينة");
    }

    @Test
    void paperNamedInMarksAfterItsNounIsNoQuote() {
        Article a = analyse("وقال سعد الحربي لصحيفة \"الأخبار اليومية\" إن الطريق سيفتح قريبا.");
        assertThat(contents(a)).containsExactly("الطريق سيفتح قريبا");
    }

    @Test
    void titleWordBeforeAColonAnnouncesAName() {
        Article a = analyse("وألقى الشيخ سعد الحربي محاضرة بعنوان: \"أحكام الصيام في السفر الطويل\".");
        assertThat(a.quotes()).isEmpty();
    }

    @Test
    void bodyWithoutTheArticleBeforeMarksIsNamedByThem() {
        Article a = analyse("وأوضح رئيس فرقة «مسرح الغد للفنون الشعبية» أن العرض سيقدم في الصيف.");
        assertThat(contents(a)).containsExactly("العرض سيقدم في الصيف");
    }

    @Test
    void speakerSpanIsWhereTheAttributionWritesTheSpeaker() {
        Article a = analyse("زار محافظ المدينة سعد الحربي الموقع أمس.\nوقال المحافظ إن العمل سينتهي قريبا.\n"
                + "وأضاف أن الطرق ستفتح تباعا.");
        Quote named = a.quotes().get(0), implicit = a.quotes().get(1);
        assertThat(speaker(a, named)).isEqualTo("سعد الحربي");
        assertThat(named.speakerSpan().map(s -> s.of(a.text()))).contains("المحافظ");
        assertThat(implicit.implicit()).isTrue();
        assertThat(implicit.speakerSpan()).isEmpty();
    }

    @Test
    void verbThatIsMostlyAnotherWordOpensAClauseWithItsSubject() {
        Article a = analyse("وبين خالد العمري أن فرصة الفريق كبيرة في البطولة.");
        assertThat(contents(a)).containsExactly("فرصة الفريق كبيرة في البطولة");
        assertThat(a.quotes().get(0).speakerName()).contains("خالد العمري");
    }

    @Test
    void participleWhoseEndingLooksLikeAPronounStillEndsTheClauseBeforeIt() {
        Article a = analyse("وأشار خالد العمري إلى أن المشروع يستهدف الخريجين، مبينا أن الملتحق به يحصل على مزايا.");
        assertThat(contents(a)).containsExactly("المشروع يستهدف الخريجين", "الملتحق به يحصل على مزايا");
    }

    @Test
    void attributingPhraseBetweenVerbAndClauseNamesTheSourceOnly() {
        Article a = analyse("وأوضح سعد الحربي وفقا لما أوردته صحيفة \"الأخبار\"، أن المجلس بدأ العمل بالنظام الجديد.");
        assertThat(contents(a)).containsExactly("المجلس بدأ العمل بالنظام الجديد");
        assertThat(a.quotes().get(0).speakerName()).contains("سعد الحربي");
    }

    @Test
    void adjunctWrittenWithBaIsNotTheSubject() {
        Article a = analyse("أكد خالد العمري أن البرنامج ناجح.\n"
                + "وقال بمناسبة احتفاء مؤسسة الملك فهد بالطلاب: \"إن هذا البرنامج يعكس حرص المؤسسة على الشباب\".");
        assertThat(speaker(a, quoteOf(a, "يعكس حرص"))).isEqualTo("خالد العمري");
    }

    @Test
    void relayerNamedInMarksBeforeAnIsNoQuote() {
        Article a = analyse("بدوره، نقل «مكتب الأخبار المحلي» عن شهود عيان أن الاشتباكات توقفت.");
        assertThat(a.quotes()).noneMatch(q -> q.kind() == Quote.Kind.DIRECT);
    }

    @Test
    void quotationWithItsOwnVerbInsideAClauseHasItsOwnSpeaker() {
        Article a = analyse("وكشفت صحيفة \"الغد\" أمس أن المفتش العام سامي الخطيب قال: "
                + "\"يجب أن يعمل كل مفتش بحرية تامة في كل القضايا\".");
        Quote direct = a.quotes().stream().filter(q -> q.kind() == Quote.Kind.DIRECT).findFirst().orElseThrow();
        assertThat(content(a, direct)).startsWith("يجب أن يعمل كل مفتش");
        assertThat(direct.speakerName()).hasValueSatisfying(name -> assertThat(name).contains("الخطيب"));
    }

    @Test
    void statementInMarksTakesAVerbFurtherBackInItsSentence() {
        Article a = analyse("قال لي مسؤول الإعلام في المجلس الأعلى للثقافة والفنون سامي الخطيب "
                + "\"ليست هناك خطة لإعداد تقرير جديد هذا العام\".");
        Quote q = quoteOf(a, "ليست هناك خطة");
        assertThat(q.cue().map(c -> c.of(a.text()))).contains("قال");
        assertThat(speaker(a, q)).isEqualTo("سامي الخطيب");
    }

    @Test
    void negatedMentionBeforeTheColonIsNotTheCue() {
        Article a = analyse("وقال خالد العمري إن الحرب أضرت بالجميع، مضيفا دون ذكر أي تفاصيل: "
                + "\"الحلول السياسية لا تزال ممكنة\".");
        Quote q = quoteOf(a, "الحلول السياسية");
        assertThat(q.speakerName()).contains("خالد العمري");
    }

    @Test
    void nameAfterARankIsTheSpeakerEvenWhenNoPersonWasFound() {
        Article a = analyse("وقال قائد اللواء الثامن العميد الركن زيدان مولاني لـ«الصحيفة» إن القوات تقدمت.");
        assertThat(a.quotes().get(0).speakerName()).hasValueSatisfying(n -> assertThat(n).contains("زيدان مولاني"));
    }

    @Test
    void officeAfterASentenceOpeningVerbSpeaksForItsParticiple() {
        Article a = analyse("وتطرق الرئيس للحديث عن بقاء اللاعب فهد الزهراني مع الفريق قائلا: "
                + "\"اللاعب جزء مهم من خططنا هذا الموسم\".");
        Quote q = quoteOf(a, "جزء مهم من خططنا");
        assertThat(speaker(a, q)).isNotEqualTo("فهد الزهراني");
        assertThat(q.speakerName()).contains("الرئيس");
    }

    @Test
    void speechInsideAQuotationDoesNotPassTheTurn() {
        Article a = analyse("وقال المصدر إن \"التحقيق مستمر، وقال المتهمون للمحققين إنهم لم يقصدوا الإساءة\".\n"
                + "وأضاف أن النتائج ستعلن قريبا.");
        Quote added = quoteOf(a, "النتائج ستعلن");
        assertThat(added.speakerName()).contains("المصدر");
    }

    @Test
    void subjectWrittenBeforeItsVerbIsTheSpeaker() {
        Article a = analyse("وأيدت اللجنة القانونية القرار، فإن خبيرا قانونيا أكد أن الرواتب لم تحدد بقانون.");
        assertThat(quoteOf(a, "الرواتب لم تحدد").speakerName()).contains("خبيرا قانونيا");
    }

    @Test
    void topicAfterAmmaIsTheSpeakerOfAVerbWithFa() {
        Article a = analyse("وقال سعد الحربي إن الطريق سيفتح قريبا.\nأما خالد بن جري فيقول إن الوضع مستقر تماما.");
        assertThat(speaker(a, quoteOf(a, "الوضع مستقر"))).isEqualTo("خالد بن جري");
    }

    @Test
    void adverbialAccusativeIsNotTheSubject() {
        Article a = analyse("لكن المحامي طارق الزين أكد في تصريح للصحيفة، ردا على سؤال عن القرار، أن الرواتب لم تخفض.");
        assertThat(quoteOf(a, "الرواتب لم تخفض").speakerName())
                .hasValueSatisfying(name -> assertThat(name).doesNotContain("ردا"));
    }

    @Test
    void dayBeforeYesterdayIsNotTheSubject() {
        Article a = analyse("وكان المتحدث الرسمي للشرطة العقيد سامي الخطيب أعلن أول من أمس أن التحقيق انتهى.");
        assertThat(quoteOf(a, "التحقيق انتهى").speakerName())
                .hasValueSatisfying(name -> assertThat(name).contains("الخطيب").doesNotContain("أول"));
    }

    @Test
    void pluralCueContinuesAGroupNamedWithASingularVerb() {
        Article a = analyse("وأشار بعض الطلاب إلى أن المعامل غير كافية.\nوأضافوا أن الجداول لا تراعي أوقاتهم.");
        assertThat(quoteOf(a, "الجداول لا تراعي").speakerName()).contains("بعض الطلاب");
    }

    @Test
    void participleOfSayingWithoutACommaStillEndsTheClauseBeforeIt() {
        Article a = analyse("وقال خالد العمري إن المسلمين هم الضحايا الأوائل مؤكدا أن التطرف لا دين له.");
        assertThat(contents(a)).containsExactly("المسلمين هم الضحايا الأوائل", "التطرف لا دين له");
    }

    @Test
    void participlesSpeakerIsThePersonAfterTheOfficeAndItsBody() {
        Article a = analyse("رئيس الهيئة العامة للطيران المدني اللواء سالم الحربي تحدث عن المطار الجديد مؤكدا أن «العمل"
                + " سينتهي قبل الصيف».");
        assertThat(quoteOf(a, "العمل سينتهي").speakerName()).contains("سالم الحربي");
    }

    @Test
    void aCommuniqueSpeaksForTheBodyThatIssuedIt() {
        Article a = analyse("وقال بلاغ لوزارة الداخلية إن «الوحدات الأمنية أوقفت ثلاثة مشتبه بهم».");
        assertThat(quoteOf(a, "الوحدات الأمنية أوقفت").speakerName()).contains("وزارة الداخلية");
    }

    @Test
    void participlesSpeakerIsThePersonNotTheBodyHeServes() {
        Article a = analyse("الباحث السابق في وزارة الصحة فهد المطيري تحدث للصحيفة عن اللقاحات مؤكدا أن «الجرعة الثانية"
                + " ضرورية للأطفال».");
        assertThat(quoteOf(a, "الجرعة الثانية").speakerName()).contains("فهد المطيري");
    }

    @Test
    void participleOfAnActAfterACommaEndsTheClause() {
        Article a = analyse("وأكد خالد العمري أن الأفراح تعددت هذا العام، سائلا الله أن يعيد المناسبة على الجميع.");
        assertThat(contents(a)).containsExactly("الأفراح تعددت هذا العام");
    }

    @Test
    void preposedAttributionToAnUnknownNameBeforeFaInnaIsAQuote() {
        Article a = analyse("وبحسب الزرعوني، فإن الأمطار زادت بنسبة كبيرة هذا العام.");
        assertThat(contents(a)).containsExactly("الأمطار زادت بنسبة كبيرة هذا العام");
        assertThat(a.quotes().get(0).speakerName()).hasValueSatisfying(n -> assertThat(n).contains("الزرعوني"));
    }

    @Test
    void colonOpensAQuotationThoughAMarkWasLeftOpenBefore() {
        Article a = analyse("عرض البرنامج \"صباح الخير على القناة الأولى، ودافع المخرج سامي الخطيب عنه قائلا: "
                + "\"نحن نعرض الواقع كما هو بلا تجميل\".");
        assertThat(contents(a)).contains("نحن نعرض الواقع كما هو بلا تجميل");
    }

    @Test
    void whatADemandCallsForIsNoQuote() {
        Article a = analyse("ودعا رئيس الوزراء حيدر العبادي إلى «تخفيض رواتب جميع المسؤولين في الدولة».");
        assertThat(a.quotes()).isEmpty();
    }

    @Test
    void stretchThatNamesItsKindOfBodyIsAName() {
        Article a = analyse("وقالت فاطمة الألمعي إن المشروع تديره \"شركة إيوان لتدوير الأثاث\" منذ عامين.");
        assertThat(a.quotes()).noneMatch(q -> q.kind() == Quote.Kind.DIRECT);
    }

    @Test
    void paperInMarksAfterLamWrittenApartIsTheAddressee() {
        Article a = analyse("لكن المتحدث الرسمي باسم الوزارة مصعب المدرس قال ل«الشرق الأوسط»، إن المسؤولية مشتركة.");
        assertThat(quoteOf(a, "المسؤولية مشتركة").speakerName())
                .hasValueSatisfying(name -> assertThat(name).doesNotContain("الشرق الأوسط"));
    }

    @Test
    void participleAfterAPrepositionIsNoCue() {
        Article a = analyse("وأكد الزعنون في تصريح من مقر المجلس أمس أن التصعيد خطير.");
        assertThat(a.quotes().get(0).cue().map(c -> c.of(a.text()))).contains("وأكد");
    }

    @Test
    void tabiaBeforeAWordWithLamIsBelongingToNotACue() {
        Article a = analyse("وأثناء الصلاة في مسجد تابع لقوات الأمن وقع تفجير «أدى إلى إصابة عشرة من المصلين».");
        assertThat(a.quotes()).extracting(q -> q.cue().map(c -> c.of(a.text())).orElse("")).doesNotContain("تابع");
    }

    @Test
    void tabiaWithLamWrittenApartStillGoesOnSaying() {
        Article a = analyse("وتابع لـ«عكاظ» أن الأضرار محدودة في المبنى.");
        assertThat(a.quotes()).extracting(q -> cue(a, q)).containsExactly("وتابع");
    }

    @Test
    void nameAndColonInsideASentenceOpenNoQuotation() {
        Article a = analyse("وأعاد بهتشلي سرد شروط حزبه للمشاركة في الحكومة مع حزب العدالة والتنمية: «شروط الائتلاف».");
        assertThat(a.quotes()).isEmpty();
    }

    @Test
    void numberedListAfterAnAnnouncingClauseGivesOneQuotePerItem() {
        Article a = analyse("وقالت الجامعة في بيان إن ما نشر غير صحيح، والحقائق على النحو التالي:\n"
                + "١- أن المتقدم لم يراجع الكلية منذ عامين.\n"
                + "٢- قامت الكلية بتسجيل طلبه في النظام.\n"
                + "وختم البيان بالشكر للجميع.");
        assertThat(contents(a)).contains("المتقدم لم يراجع الكلية منذ عامين", "قامت الكلية بتسجيل طلبه في النظام");
        assertThat(quoteOf(a, "قامت الكلية").speakerName()).isEqualTo(quoteOf(a, "ما نشر غير صحيح").speakerName());
    }

    @Test
    void numberedParagraphsWithoutAnAnnouncingColonAreNoQuotes() {
        Article a = analyse("افتتح المعرض أمس في الرياض.\n1- عرضت فيه الكتب الحديثة.\n2- شارك فيه مئة ناشر.");
        assertThat(a.quotes()).isEmpty();
    }

    @Test
    void abbreviatedTitleBeforeTheSpeakerKeepsTheClauseWhole() {
        Article a = analyse("من جانبها، قالت د. منى الحسيني، أستاذة هندسة الطرق، إن الخط الجديد سيخفف الزحام.");
        assertThat(contents(a)).containsExactly("الخط الجديد سيخفف الزحام");
        assertThat(speaker(a, a.quotes().get(0))).isEqualTo("منى الحسيني");
    }

    @Test
    void personSetOffAfterADescriptionBeforeAColonIsTheSpeaker() {
        Article a = analyse("وقال الرئيس العام ومؤسس مبادرة ابتسم الخيرية، د. محمد رياض السعدون: «نسعى لدعم المرضى دائما».");
        assertThat(speaker(a, a.quotes().get(0))).isEqualTo("محمد رياض السعدون");
    }

    @Test
    void subjectBeforeQadAndItsVerbIsTheSpeaker() {
        Article a = analyse("قالت منى الحسيني إن الخط مفيد.\nوكان رئيس الهيئة قد أعلن أمس أن التشغيل التجريبي سيستمر.");
        assertThat(quoteOf(a, "التشغيل التجريبي").speakerName()).contains("رئيس الهيئة");
    }

    @Test
    void participleAfterAVerbWithOnlyAnObjectContinuesTheSpeakerBefore() {
        Article a = analyse("وقال عميد القبول خالد آل مسعود إن القبول اكتمل.\n"
                + "وأكد عدم وجود خلل في نظام القبول التابع لوزارة التعليم، مشيرا إلى أن التعامل الورقي انتهى.");
        assertThat(speaker(a, quoteOf(a, "التعامل الورقي انتهى"))).isEqualTo("خالد آل مسعود");
    }

    @Test
    void theOneNameAfterAVerbOfDescribingIsItsObjectNotTheSpeaker() {
        Article a = analyse("وقال وزير الرياضة خالد العتيبي إن الموسم كان صعبا.\n"
                + "وتحدث في المؤتمر عن الفريق، ووصف فيه المدرب سامي الجابر بأنه \"أفضل من قاد النادي\".");
        assertThat(speaker(a, quoteOf(a, "أفضل من قاد النادي"))).isEqualTo("خالد العتيبي");
    }

    @Test
    void personSpokenToIsNotTheSpeakerOfAParticiple() {
        Article a = analyse("قال الرئيس باراك أوباما إن الزيارة ناجحة.\n"
                + "من جهته، أعرب الرئيس الكيني أوهورو كينياتا عن أمله في نجاح الزيارة.\n"
                + "ووجه حديثه لأوباما قائلا: \"إفريقيا مفتوحة ومستعدة للتجارة مع الجميع\".");
        assertThat(speaker(a, quoteOf(a, "إفريقيا مفتوحة"))).isEqualTo("أوهورو كينياتا");
    }

    @Test
    void titlesListedInMarksAreNames() {
        Article a = analyse("وكتب الروائي سامي الخطيب ثلاثة أفلام هي \"صباح الخير\" و\"الطريق\" و\"على من نطلق الرصاص\".");
        assertThat(a.quotes()).isEmpty();
    }

    @Test
    void titleWordBeforeAColonAndAShortWordStillAnnouncesAName() {
        Article a = analyse("وقال سامي الخطيب إنه كتب العام الماضي مقالا بعنوان: من \"المعنى السياسي للعيد\".");
        assertThat(a.quotes()).noneMatch(q -> q.kind() == Quote.Kind.DIRECT);
    }

    @Test
    void wasalaGoesOnWithTheSpeakersStatement() {
        Article a = analyse("وقال المدرب لوران بلان: \"هناك احتمال كبير لضم اللاعب\".\n"
                + "وواصل \"في الوقت الحالي لا يوجد أي شيء رسمي بين الناديين\".");
        assertThat(speaker(a, quoteOf(a, "لا يوجد أي شيء رسمي"))).isEqualTo("لوران بلان");
    }

    @Test
    void relativeClauseCueHasTheSpeakerItHangsOn() {
        Article a = analyse("وقال الطبيب سعد الحربي إن المستشفى جاهز.\n"
                + "ومن هؤلاء مالك صقر يدعى مطر الكواري الذي قال للتلفزيون \"هذا يساعد الصقارين كثيرا في عملهم\".");
        assertThat(quoteOf(a, "يساعد الصقارين").speakerName())
                .hasValueSatisfying(name -> assertThat(name).contains("الكواري"));
    }

    @Test
    void officeGoesOnThroughTheBodyItBelongsToBeforeItsHolder() {
        Article a = analyse("وقال مدير عام التسويق والاتصالات بمجموعة ناس القابضة يزيد بن فهد الرشيد، معلقا: "
                + "\"نشكر ضيوفنا الكرام على تفاعلهم الكبير\".");
        assertThat(quoteOf(a, "نشكر ضيوفنا").speakerName())
                .hasValueSatisfying(name -> assertThat(name).contains("بن فهد"));
    }

    @Test
    void aNameAfterAPrepositionBeforeTheVerbIsTheTopicNotTheSpeaker() {
        Article a = analyse("قال المدرب فيصل الزهراني إن الفريق استعد جيدا للموسم.\n"
                + "وعن المهاجم ماجد السهلي قال \"السهلي لاعب مهم ولن نفرط فيه أبدا\".");
        Quote onTheStriker = a.quotes().get(a.quotes().size() - 1);
        assertThat(content(a, onTheStriker)).startsWith("السهلي لاعب مهم");
        assertThat(speaker(a, onTheStriker)).isEqualTo("فيصل الزهراني");
    }

    @Test
    void aTopicAfterACommaIsNotTheSpeakerEither() {
        Article a = analyse("قال المدرب فيصل الزهراني \"الفريق استعد جيدا للموسم\"، وعن سلمان الفرج قال \"الفرج قائد"
                + " الفريق وسيبقى معنا\".");
        Quote onTheCaptain = a.quotes().get(a.quotes().size() - 1);
        assertThat(content(a, onTheCaptain)).startsWith("الفرج قائد");
        assertThat(speaker(a, onTheCaptain)).isEqualTo("فيصل الزهراني");
    }

    @Test
    void anOfficeStandsForThePersonItIntroducedAfterASecondDescription() {
        Article a = analyse("زار المفتي العام للمنطقة، إمام الجامع الكبير الشيخ سعد المالكي، دار الأيتام صباح اليوم.\n"
                + "وقال المفتي إن الدار تحتاج إلى دعم أهل الخير.");
        Quote q = a.quotes().get(0);
        assertThat(cue(a, q)).isEqualTo("وقال");
        assertThat(speaker(a, q)).isEqualTo("سعد المالكي");
    }

    @Test
    void vanWrittenWithoutHamzaAfterTheVerbBeginsADutchNameNotTheClause() {
        Article a = analyse("وأشار فان بيرسي إلى أنه سعيد بالعودة إلى فريقه القديم.");
        assertThat(contents(a)).containsExactly("سعيد بالعودة إلى فريقه القديم");
        assertThat(a.quotes().get(0).speakerName().orElseThrow()).contains("بيرسي");
    }

    @Test
    void aFunctionWordAfterTheVerbIsNoSpeakerSoTheTurnGoesOn() {
        Article a = analyse("قال الطبيب ناصر الدوسري إن الحالة مستقرة.\n"
                + "وأكد ذلك بوضوح: \"المريض سيغادر المستشفى خلال أيام قليلة\".");
        Quote q = a.quotes().get(a.quotes().size() - 1);
        assertThat(content(a, q)).startsWith("المريض سيغادر");
        assertThat(speaker(a, q)).isEqualTo("ناصر الدوسري");
    }

    @Test
    void kinWithAPronounSpeakAsWritten() {
        Article a = analyse("وقالت والدته إن ابنها يحتاج إلى علاج عاجل في الخارج.");
        assertThat(a.quotes().get(0).speakerName()).contains("والدته");
    }

    @Test
    void eachOfBeforeNamesIntroducesTheSpeakers() {
        Article a = analyse("وأكد كل من سعد العتيبي وفهد المطيري أن المشروع سينتهي قبل الموعد.");
        assertThat(speaker(a, a.quotes().get(0))).isEqualTo("سعد العتيبي");
    }

    @Test
    void aMediumCitingSourcesRelaysAndTheSourcesSpeak() {
        Article a = analyse("وذكرت وكالة رويترز نقلا عن مصادر مطلعة أن المفاوضات ستستأنف الأسبوع المقبل.");
        Quote q = a.quotes().get(0);
        assertThat(q.speakerName()).contains("مصادر مطلعة");
        assertThat(q.speaker()).isEmpty();
    }

    @Test
    void aPersonCitingSourcesStillSpeaks() {
        Article a = analyse("وقال الوزير خالد العمري نقلا عن مصادر محلية إن القصف استمر طوال الليل.");
        assertThat(speaker(a, a.quotes().get(0))).isEqualTo("خالد العمري");
    }

    @Test
    void aNameTheTaggerMissedAfterAnOfficeIsTheSpeakerAsWritten() {
        Article a = analyse("وقال رئيس هيئة الموانئ البحرية زيغموند كوفاتشيتش إن الرصيف الجديد جاهز.");
        assertThat(a.quotes().get(0).speakerName()).contains("زيغموند كوفاتشيتش");
    }

    @Test
    void aPrepositionalPhraseAfterAnOfficeIsNoName() {
        Article a = analyse("وقال المتحدث باسم الشرطة لولاية تكساس إن التحقيق مستمر.");
        assertThat(a.quotes().get(0).speakerName().orElseThrow()).doesNotStartWith("لولاية");
    }

    @Test
    void theMediumNounAloneStandsForThePaperNamedBeforeInMarks() {
        Article a = analyse("وقالت صحيفة \"المساء الجديد\" إن الميناء سيغلق أسبوعا.\n"
                + "وأضافت الصحيفة أن السفن ستتجه إلى ميناء آخر.");
        Quote added = a.quotes().get(a.quotes().size() - 1);
        assertThat(cue(a, added)).isEqualTo("وأضافت");
        assertThat(added.speakerName()).contains("المساء الجديد");
    }

    @Test
    void aDelegationSpeaks() {
        Article a = analyse("وأكد الوفد الزائر أن العلاقات بين البلدين متينة.");
        assertThat(a.quotes().get(0).speakerName().orElseThrow()).startsWith("الوفد");
    }

    @Test
    void aNameThatOpensThePhraseBeforeTheVerbIsItsSubject() {
        Article a = analyse("قال المدرب فيصل الزهراني إن الفريق جاهز، كما أن الرئيس سعود القحطاني قد أكد بأنه سيدعم"
                + " اللاعبين.");
        Quote q = a.quotes().get(a.quotes().size() - 1);
        assertThat(cue(a, q)).isEqualTo("أكد");
        assertThat(speaker(a, q)).isEqualTo("سعود القحطاني");
    }

    @Test
    void aJoinedVerbGoesOnWithTheOneWhoSpokeEarlierInTheSentence() {
        Article a = analyse("وقال أحد المصادر الأمنية إن الهجوم وقع فجرا قرب فندق النخيل، وأضاف أن \"الوضع تحت السيطرة"
                + " الآن\".");
        Quote added = a.quotes().get(a.quotes().size() - 1);
        assertThat(content(a, added)).startsWith("الوضع تحت السيطرة");
        assertThat(added.speakerName().orElseThrow()).contains("المصادر الأمنية");
    }

    @Test
    void aNamedAgencyWithLamAfterTheVerbIsWhoWasToldNotTheSpeaker() {
        Article a = analyse("قالت النائبة سلمى الحربي إن التحقيق بدأ.\n"
                + "وقالت لرويترز \"سننشر النتائج كاملة خلال أيام\".");
        Quote q = a.quotes().get(a.quotes().size() - 1);
        assertThat(content(a, q)).startsWith("سننشر النتائج");
        assertThat(speaker(a, q)).isEqualTo("سلمى الحربي");
    }

    @Test
    void speechInsideAReportedClauseDoesNotPassTheTurn() {
        Article a = analyse("وأوضح اللاعب عمر الغامدي أن المدرب سامي العنزي أخبره أنه سيبقى مع الفريق.\n"
                + "وعن الموسم الجديد قال: «سنقاتل على كل البطولات»");
        Quote q = a.quotes().get(a.quotes().size() - 1);
        assertThat(content(a, q)).isEqualTo("سنقاتل على كل البطولات");
        assertThat(speaker(a, q)).isEqualTo("عمر الغامدي");
    }

    @Test
    void namesInATopicAfterAQuotationAreNotTheSpeaker() {
        Article a = analyse("قال اللاعب عمر الغامدي: «قراري نهائي»، وحول علاقته بالرئيس خالد البلطان قال: «هو من"
                + " جاء بي إلى النادي»");
        Quote q = a.quotes().get(a.quotes().size() - 1);
        assertThat(content(a, q)).startsWith("هو من جاء بي");
        assertThat(speaker(a, q)).isEqualTo("عمر الغامدي");
    }

    @Test
    void thePaperSpokenToInsideTheOccasionIsNotTheSpeaker() {
        Article a = analyse("قال النائب سامي الحربي إن المشروع تأخر.\n"
                + "وقال في تصريحات لصحيفة المدينة نشرت أمس: إن الوزارة ستعالج التأخير.");
        Quote q = a.quotes().get(a.quotes().size() - 1);
        assertThat(content(a, q)).startsWith("الوزارة ستعالج");
        assertThat(speaker(a, q)).isEqualTo("سامي الحربي");
    }

    @Test
    void aSentenceThatBeganInsideAQuotationDoesNotNameTheNextSpeaker() {
        Article a = analyse("وقال المحلل ناصر الدوسري: \"الأسواق متقلبة. فالمهم عند المستثمرين هو شركة أرامكو\"،"
                + " وتابع: \"الأسعار سترتفع قريبا\".");
        Quote q = a.quotes().get(a.quotes().size() - 1);
        assertThat(content(a, q)).isEqualTo("الأسعار سترتفع قريبا");
        assertThat(speaker(a, q)).isEqualTo("ناصر الدوسري");
    }

    @Test
    void aBodyInMarksAfterAnOfficeIsItsAffiliationAndTheNameFollows() {
        Article a = analyse("ونقلت الوكالة عن المدير التنفيذي لـ \"بترونا\" زولكيفلي حسن قوله \"الصفقة ستكتمل قبل"
                + " نهاية العام الحالي\".");
        Quote q = a.quotes().get(a.quotes().size() - 1);
        assertThat(q.speakerName().orElseThrow()).contains("زولكيفلي");
    }

    @Test
    void theNameAliIsNoPrepositionOpeningATopic() {
        Article a = analyse("وأكد سعد القرني أن المسبح بلا رقابة.\n"
                + "المتحدث الرسمي لشركة \"الواحة\"، علي بن سالم الشهري، أفاد بأن الشركة تأسف لما حدث.");
        Quote q = a.quotes().get(a.quotes().size() - 1);
        assertThat(cue(a, q)).isEqualTo("أفاد");
        assertThat(speaker(a, q)).isEqualTo("علي بن سالم الشهري");
    }

    @Test
    void anImamIsNoPrepositionThoughItFoldsToAmam() {
        Article a = analyse("وقال إمام المسجد الكبير الشيخ ناصر العمري “نسأل الله أن يحفظ هذه البلاد وأهلها”.");
        assertThat(speaker(a, a.quotes().get(0))).isEqualTo("ناصر العمري");
    }

    @Test
    void aDocumentSpeaksForTheIssuerNamedWithIt() {
        Article a = analyse("وأوضح بيان صادر عن وزارة الصحة أن عدد الإصابات تراجع هذا الأسبوع.");
        assertThat(speaker(a, a.quotes().get(0))).isEqualTo("وزارة الصحة");
    }

    @Test
    void theNameAfterKanaIsTheSubjectOfTheVerbAfterQad() {
        Article a = analyse("وكان سامي الهاجري رئيس الاتحاد المحلي وعضو المكتب التنفيذي في الاتحاد القاري وأحد أبرز"
                + " المرشحين للمنصب قد أكد في حديث خاص أن الانتخابات ستجرى في موعدها.");
        assertThat(speaker(a, a.quotes().get(0))).isEqualTo("سامي الهاجري");
    }

    @Test
    void aNameInMarksGoesOnWithTheSubjectBeforeTheVerb() {
        Article a = analyse("صحيفة \"المساء الجديد\" البريطانية من جانبها قالت إن الهجوم هو الأول من نوعه.");
        assertThat(a.quotes().get(0).speakerName().orElseThrow()).contains("المساء الجديد");
    }

    @Test
    void aBodyCalledByItsNounAloneIsTheOneNamedBefore() {
        Article a = analyse("أصدرت وزارة الصحة تعليمات جديدة للمستشفيات.\n"
                + "وقالت الوزارة إن التعليمات تسري من الأسبوع المقبل.");
        Quote q = a.quotes().get(a.quotes().size() - 1);
        assertThat(speaker(a, q)).isEqualTo("وزارة الصحة");
    }

    @Test
    void theOfficeHolderNamedLastInALongPhraseIsTheSpeaker() {
        Article a = analyse("أكد المشرف على كرسي الشيخ سالم العتيبي لأبحاث التمور بجامعة القصيم رئيس اللجنة المنظمة"
                + " لمهرجان التمور الدكتور فهد المطيري أن المهرجان سيستمر عشرة أيام.");
        assertThat(a.quotes()).isNotEmpty();
        assertThat(speaker(a, a.quotes().get(0))).isEqualTo("فهد المطيري");
    }

    @Test
    void aPersonSetOffByCommasAfterARoleWordIsTheSpeaker() {
        Article a = analyse("وقال رئيس مهرجان الواحة للأفلام، المخرج ماجد الشمري، إن الدورة المقبلة ستكون أكبر.");
        assertThat(speaker(a, a.quotes().get(0))).isEqualTo("ماجد الشمري");
    }

    @Test
    void aPluralVerbGoesOnWithTheGroupTheSingularVerbBeforeItIntroduced() {
        Article a = analyse("أكد عدد كبير من المعلمين أهمية دعم وزير التعليم الدكتور سعد الحربي للبرنامج.\n"
                + "وقالوا إن عدد المقاعد لا يكفي المتقدمين.");
        Quote q = a.quotes().get(a.quotes().size() - 1);
        assertThat(cue(a, q)).isEqualTo("وقالوا");
        assertThat(q.speakerName().orElseThrow()).startsWith("عدد كبير من المعلمين");
    }

    @Test
    void theLatterIsThePersonNamedLast() {
        Article a = analyse("انتقد الوزير سالم العتيبي النائب فهد الدوسري لأن الأخير اعتبر أن الميزانية غير كافية.");
        Quote q = a.quotes().get(a.quotes().size() - 1);
        assertThat(cue(a, q)).isEqualTo("اعتبر");
        assertThat(speaker(a, q)).isEqualTo("فهد الدوسري");
    }

    @Test
    void aliBeforeAFamilyNameIsANameAfterTheSpokesmansOffice() {
        Article a = analyse("وقال المتحدث باسم مجلس الحي علي الغامدي في تصريحات صحفية إن الطرق ستفتح غدا.");
        assertThat(a.quotes().get(0).speakerName().orElseThrow()).contains("علي الغامدي");
    }

    @Test
    void aParticipleAfterAQuotationGoesOnWithItsSpeakerNotWithSpeechInsideIt() {
        Article a = analyse("قال الوزير خالد العمري إن الخطة جاهزة.\n"
                + "وقال له النائب فهد الدوسري: «أعتقد أنك أخطأت التقدير» مشيرا إلى أن الميزانية لا تكفي.");
        Quote q = a.quotes().get(a.quotes().size() - 1);
        assertThat(cue(a, q)).isEqualTo("مشيرا");
        assertThat(speaker(a, q)).isEqualTo("فهد الدوسري");
    }

    @Test
    void aBodyAfterLamWrittenApartIsWhoseTheOfficeIsNotTheSpeaker() {
        Article a = analyse("الأمين العام لـ«رابطة الأطباء» سعد القحطاني، تساءل في كلمته بقوله: «من سيعالج المرضى إذا"
                + " غادر الأطباء؟»");
        Quote q = a.quotes().get(a.quotes().size() - 1);
        assertThat(speaker(a, q)).isEqualTo("سعد القحطاني");
    }

    @Test
    void aDocumentOfABodyInMarksSpeaksForThatBody() {
        Article a = analyse("وقال بيان لـ«الهلال الأحمر» إن الفرق وصلت إلى المنطقة المنكوبة.");
        assertThat(a.quotes().get(0).speakerName().orElseThrow()).isEqualTo("الهلال الأحمر");
    }
}
