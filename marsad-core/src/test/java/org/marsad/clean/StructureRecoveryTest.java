package org.marsad.clean;

import org.junit.jupiter.api.Test;
import org.marsad.model.Credit;
import org.marsad.model.Origin;
import org.marsad.model.RawDocument;
import org.marsad.model.Removal;
import org.marsad.read.JsonLinesFormat;
import org.marsad.read.TextFormat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class StructureRecoveryTest {
    private final StructureRecovery recovery = new StructureRecovery();

    private static RawDocument page(String... lines) {
        return RawDocument.text(Origin.file("page.txt", TextFormat.NAME, "UTF-8"), String.join("\n", lines));
    }

    private static RawDocument record(String title, String body) {
        return new RawDocument(Origin.file("feed.jsonl", JsonLinesFormat.NAME, "UTF-8").withRecord(1), body,
                Optional.of(title), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static List<String> paragraphs(RawDocument doc, PageStructure structure) {
        return structure.paragraphs().stream().map(b -> b.raw().of(doc.body())).toList();
    }

    @Test
    void roleAndNameLinesBecomeOneCredit() {
        PageStructure s = recovery.recover(page("رئيس التحرير", "سلمى الشرقاوي", "", "عنوان الخبر هنا", "",
                "نص الخبر الأول يبدأ هنا."));
        assertThat(s.credits()).containsExactly(new Credit("رئيس التحرير", "سلمى الشرقاوي"));
    }

    @Test
    void repeatedCreditBlockIsKeptOnceAndReported() {
        PageStructure s = recovery.recover(page("الإشراف العام", "هالة فؤاد", "الإشراف العام", "هالة فؤاد",
                "عنوان الخبر هنا", "نص الخبر الأول يبدأ هنا."));
        assertThat(s.credits()).hasSize(1);
        assertThat(s.removed()).extracting(Removal::reason)
                .containsExactly(Removal.Reason.REPEATED_CREDIT, Removal.Reason.REPEATED_CREDIT);
    }

    @Test
    void creditNameKeepsNoTatweel() {
        PageStructure s = recovery.recover(page("رئيس التحرير", "سلمـى الشـرقاوي", "عنوان", "نص الخبر."));
        assertThat(s.credits().get(0).name()).isEqualTo("سلمى الشرقاوي");
    }

    @Test
    void oneLineCreditWithColonIsRecognised() {
        PageStructure s = recovery.recover(page("مدير التحرير: كريم يوسف", "عنوان الخبر", "نص الخبر."));
        assertThat(s.credits()).containsExactly(new Credit("مدير التحرير", "كريم يوسف"));
    }

    @Test
    void firstShortLineAfterCreditsIsTheHeadline() {
        RawDocument doc = page("رئيس التحرير", "سلمى الشرقاوي", "افتتاح جسر جديد على النيل", "بدأ اليوم تشغيل الجسر.");
        PageStructure s = recovery.recover(doc);
        assertThat(s.headline().orElseThrow().raw().of(doc.body())).isEqualTo("افتتاح جسر جديد على النيل");
    }

    @Test
    void kickerAfterBarIsSplitOff() {
        RawDocument doc = page("افتتاح جسر جديد على النيل| ما الجديد؟", "بدأ اليوم تشغيل الجسر.");
        PageStructure s = recovery.recover(doc);
        assertThat(s.headline().orElseThrow().raw().of(doc.body())).isEqualTo("افتتاح جسر جديد على النيل");
        assertThat(s.kicker()).contains("ما الجديد؟");
    }

    @Test
    void aWireDeskLabelBeforeASlashLeavesTheHeadlineAsItsSection() {
        RawDocument doc = page("اقتصادي / ارتفاع صادرات التمور إلى أوروبا", "ارتفعت صادرات التمور هذا العام.");
        PageStructure s = recovery.recover(doc);
        assertThat(s.headline().orElseThrow().raw().of(doc.body())).isEqualTo("ارتفاع صادرات التمور إلى أوروبا");
        assertThat(s.section()).contains("اقتصادي");
    }

    @Test
    void aSlashInsideAHeadlineIsNoSectionLabel() {
        RawDocument doc = page("الهلال يفوز 2 / 1 على النصر في الديربي", "فاز الهلال مساء أمس.");
        assertThat(recovery.recover(doc).section()).isEmpty();
    }

    @Test
    void captionPrintedTwiceIsKeptOnceOutOfTheBody() {
        RawDocument doc = page("افتتاح جسر جديد", "", "الوزير يقص الشريط", "الوزير يقص الشريط", "",
                "بدأ اليوم تشغيل الجسر الذي يربط ضفتي النهر.", "وقال المحافظ إن المشروع اكتمل.");
        PageStructure s = recovery.recover(doc);
        assertThat(s.captions()).containsExactly("الوزير يقص الشريط");
        assertThat(paragraphs(doc, s)).containsExactly("بدأ اليوم تشغيل الجسر الذي يربط ضفتي النهر.",
                "وقال المحافظ إن المشروع اكتمل.");
    }

    @Test
    void captionsAPageMarksAreItsCaptionsAndTheirRepeatInTheTextIsRemoved() {
        RawDocument doc = new RawDocument(Origin.file("page.html", "html", "UTF-8"),
                "وصلت أولى قوافل الحجاج إلى المدينة المنورة صباح اليوم.\nالحجاج لدى وصولهم\nوقال مدير المطار إن الرحلات تسير وفق الجدول.",
                Optional.of("وصول أولى قوافل الحجاج"), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of("الحجاج لدى وصولهم", "صالة القدوم في المطار"), Optional.empty());
        PageStructure s = recovery.recover(doc);
        assertThat(s.captions()).containsExactly("الحجاج لدى وصولهم", "صالة القدوم في المطار");
        assertThat(paragraphs(doc, s)).containsExactly("وصلت أولى قوافل الحجاج إلى المدينة المنورة صباح اليوم.",
                "وقال مدير المطار إن الرحلات تسير وفق الجدول.");
        assertThat(s.removed()).extracting(Removal::reason).containsExactly(Removal.Reason.REPEATED_CAPTION);
    }

    @Test
    void shortNonSentenceRightAfterHeadlineIsACaption() {
        PageStructure s = recovery.recover(page("افتتاح جسر جديد", "صورة من موقع الافتتاح",
                "بدأ اليوم تشغيل الجسر الذي يربط ضفتي النهر."));
        assertThat(s.captions()).containsExactly("صورة من موقع الافتتاح");
    }

    @Test
    void sentenceRightAfterHeadlineStaysInTheBody() {
        PageStructure s = recovery.recover(page("افتتاح جسر جديد", "بدأ اليوم تشغيل الجسر، وفق المحافظة."));
        assertThat(s.captions()).isEmpty();
        assertThat(s.paragraphs()).hasSize(1);
    }

    @Test
    void repeatedParagraphIsRemovedAndReported() {
        RawDocument doc = page("عنوان", "قال الوزير إن الخطة جاهزة.", "وأضاف أن التنفيذ يبدأ غدًا.",
                "قال الوزير إن الخطة جاهزة.");
        PageStructure s = recovery.recover(doc);
        assertThat(s.paragraphs()).hasSize(2);
        assertThat(s.removed()).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(Removal.Reason.REPEATED_LINE);
            assertThat(r.raw().of(doc.body())).isEqualTo("قال الوزير إن الخطة جاهزة.");
        });
    }

    @Test
    void repeatWithOtherTatweelIsStillARepeat() {
        PageStructure s = recovery.recover(page("عنوان", "قال الوزيـر إن الخطة جاهزة.", "قال الوزير إن الخطة جاهزة."));
        assertThat(s.paragraphs()).hasSize(1);
        assertThat(s.removed()).hasSize(1);
    }

    @Test
    void blankAndNoBreakSpaceLinesAreDropped() {
        PageStructure s = recovery.recover(page("عنوان", "\u00A0", "   ", "السطر الأول.", " \u00A0 ", "السطر الثاني."));
        assertThat(s.paragraphs()).hasSize(2);
        assertThat(s.removed()).isEmpty();
    }

    @Test
    void recordTitleIsTheHeadlineAndItsRepeatInTheBodyIsRemoved() {
        RawDocument doc = record("ارتفاع أسعار الذهب", "ارتفاع أسعار الذهب\nارتفعت أسعار الذهب اليوم بنسبة 2٪.");
        PageStructure s = recovery.recover(doc);
        assertThat(s.headline().orElseThrow().field()).isEqualTo("title");
        assertThat(s.removed()).extracting(Removal::reason).containsExactly(Removal.Reason.REPEATED_HEADLINE);
        assertThat(s.paragraphs()).hasSize(1);
    }

    @Test
    void recordBodyFirstShortLineIsNotTakenForACaption() {
        PageStructure s = recovery.recover(record("ارتفاع أسعار الذهب", "سوق المعادن\nارتفعت أسعار الذهب اليوم."));
        assertThat(s.captions()).isEmpty();
        assertThat(s.paragraphs()).hasSize(2);
    }

    @Test
    void longFirstLineOfAPageIsNotAHeadline() {
        String longLine = "بدأ اليوم تشغيل الجسر الذي يربط ضفتي النهر بعد سنوات من العمل المتواصل في ظروف صعبة، "
                + "وقال المحافظ إن المشروع سيخفف الزحام عن وسط المدينة ويختصر زمن الرحلة إلى النصف تقريبا.";
        PageStructure s = recovery.recover(page(longLine));
        assertThat(s.headline()).isEmpty();
        assertThat(s.paragraphs()).hasSize(1);
    }

    @Test
    void wireDatelineOpeningARecordIsRemovedAndKept() {
        RawDocument doc = record("افتتاح مركز صحي في تبوك",
                "تبوك 5 رمضان 1440 هـ الموافق 10 مايو 2019 م واس\nافتتح أمير المنطقة اليوم مركزًا صحيًا جديدًا.\n// انتهى //");
        PageStructure s = recovery.recover(doc);
        assertThat(s.dateline()).hasValueSatisfying(d -> assertThat(d).startsWith("تبوك 5 رمضان 1440"));
        assertThat(s.removed()).extracting(Removal::reason)
                .containsExactly(Removal.Reason.DATELINE, Removal.Reason.END_MARKER);
        assertThat(paragraphs(doc, s)).containsExactly("افتتح أمير المنطقة اليوم مركزًا صحيًا جديدًا.");
    }

    @Test
    void tagsGluedToTheLastSentenceAreCutAndTheSentenceKept() {
        RawDocument doc = record("أمطار على تبوك", "هطلت أمطار غزيرة على تبوك مساء أمس.\n"
                + "وتوقعت الأرصاد استمرار الأمطار حتى الغد. سمات الطقس تبوك أمطار");
        PageStructure s = recovery.recover(doc);
        assertThat(paragraphs(doc, s)).containsExactly("هطلت أمطار غزيرة على تبوك مساء أمس.",
                "وتوقعت الأرصاد استمرار الأمطار حتى الغد.");
        assertThat(s.removed()).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(Removal.Reason.TAGS);
            assertThat(r.raw().of(doc.body())).isEqualTo("سمات الطقس تبوك أمطار");
        });
    }

    @Test
    void rowOfAsterisksIsDecorationNotCaption() {
        PageStructure s = recovery.recover(record("عنوان", "الفقرة الأولى من المقال.\n* * *\nالفقرة الثانية من المقال.\n* * *"));
        assertThat(s.captions()).isEmpty();
        assertThat(s.paragraphs()).hasSize(2);
        assertThat(s.removed()).extracting(Removal::reason)
                .containsExactly(Removal.Reason.DECORATION, Removal.Reason.DECORATION);
    }

    @Test
    void barWithNothingBeforeItLeavesTheRestAsHeadline() {
        RawDocument doc = page("| ما الجديد في الجسر؟", "بدأ اليوم تشغيل الجسر.");
        PageStructure s = recovery.recover(doc);
        assertThat(s.headline().orElseThrow().raw().of(doc.body())).isEqualTo("ما الجديد في الجسر؟");
        assertThat(s.kicker()).isEmpty();
    }

    @Test
    void titleWithoutLettersIsNoHeadlineAndIsReported() {
        RawDocument doc = record("ـــ | ـــ", "ارتفعت أسعار الذهب اليوم.");
        PageStructure s = recovery.recover(doc);
        assertThat(s.headline()).isEmpty();
        assertThat(s.removed()).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(Removal.Reason.DECORATION);
            assertThat(r.field()).isEqualTo("title");
        });
    }

    @Test
    void lineOfDiacriticsAloneIsReportedAsDecoration() {
        PageStructure s = recovery.recover(record("عنوان", "الفقرة الأولى.\n\u064E\u064E\u0651\nالفقرة الثانية."));
        assertThat(s.paragraphs()).hasSize(2);
        assertThat(s.removed()).extracting(Removal::reason).containsExactly(Removal.Reason.DECORATION);
    }

    @Test
    void datelinePrefixIsCutWithoutTheSpaceAfterIt() {
        RawDocument doc = record("عنوان", "باريس - «الشرق الأوسط»: أعلنت الحكومة اليوم خطة جديدة للنقل.");
        PageStructure s = recovery.recover(doc);
        assertThat(s.dateline()).contains("باريس - «الشرق الأوسط»:");
        assertThat(s.removed()).singleElement().satisfies(r ->
                assertThat(r.raw().of(doc.body())).isEqualTo("باريس - «الشرق الأوسط»:"));
        assertThat(paragraphs(doc, s)).containsExactly("أعلنت الحكومة اليوم خطة جديدة للنقل.");
    }

    @Test
    void captionPrintedTwiceIsFoundAmongThousandsOfShortLines() {
        // a list page: every line is short and caption-shaped, and each must be looked up among all the others
        List<String> lines = new ArrayList<>();
        for (int n = 1; n <= 5000; n++) lines.add("البند رقم " + n + " من القائمة");
        lines.add(100, "الوزير يقص الشريط");
        lines.add(4000, "الوزير يقص الشريط");
        PageStructure s = recovery.recover(record("قائمة طويلة", String.join("\n", lines)));
        assertThat(s.captions()).containsExactly("الوزير يقص الشريط");
        assertThat(s.paragraphs()).hasSize(5000);
        assertThat(s.removed()).extracting(Removal::reason).containsExactly(Removal.Reason.REPEATED_CAPTION);
    }

    @Test
    void shortLinePrintedThousandsOfTimesIsOneCaptionAndRepeats() {
        String body = "نص الخبر الأول.\n" + "صورة أرشيفية\n".repeat(3000) + "نص الخبر الثاني.";
        PageStructure s = recovery.recover(record("عنوان", body));
        assertThat(s.captions()).containsExactly("صورة أرشيفية");
        assertThat(s.paragraphs()).hasSize(2);
        assertThat(s.removed()).hasSize(2999)
                .allSatisfy(r -> assertThat(r.reason()).isEqualTo(Removal.Reason.REPEATED_CAPTION));
    }
}
