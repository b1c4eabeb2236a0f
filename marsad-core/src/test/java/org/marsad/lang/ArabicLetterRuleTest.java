package org.marsad.lang;

import org.junit.jupiter.api.Test;
import org.marsad.lang.ArabicLetterRule.Verdict;
import org.marsad.model.Span;

import static org.assertj.core.api.Assertions.assertThat;

class ArabicLetterRuleTest {

    private static LetterCounts counts(String text) {
        return LetterCounts.of(text, new Span(0, text.length()));
    }

    private static Verdict verdictOf(String text) {
        return ArabicLetterRule.verdict(counts(text));
    }

    private static String nameOf(String text) {
        return ArabicLetterRule.nonArabicLanguage(counts(text)).code();
    }

    @Test
    void persianParagraphIsNotArabic() {
        assertThat(verdictOf("وزیر امور خارجه ایران روز دوشنبه در سفری دو روزه به پکن رفت و با همتای چینی خود "
                + "درباره گسترش همکاری‌های اقتصادی گفتگو کرد.")).isEqualTo(Verdict.NOT_ARABIC);
    }

    @Test
    void persianTypedWithArabicYehAndKafIsNotArabic() {
        assertThat(verdictOf("وزير امور خارجه ايران روز دوشنبه در سفري دو روزه به پكن رفت و با همتاي چيني خود "
                + "درباره گسترش همكاري‌هاي اقتصادي گفتگو كرد.")).isEqualTo(Verdict.NOT_ARABIC);
    }

    @Test
    void urduParagraphIsNotArabic() {
        assertThat(verdictOf("پاکستان کے وزیر اعظم نے آج اسلام آباد میں ایک اجلاس کی صدارت کی جس میں ملک کی معاشی "
                + "صورتحال پر تفصیلی بات چیت ہوئی۔")).isEqualTo(Verdict.NOT_ARABIC);
    }

    @Test
    void soraniKurdishParagraphIsNotArabic() {
        assertThat(verdictOf("سەرۆکی حکومەتی هەرێمی کوردستان ئەمڕۆ لە هەولێر کۆبوونەوەیەکی لەگەڵ وەزیرەکانی "
                + "ئەنجومەن ئەنجامدا و باسی دۆخی ئابووری کرا.")).isEqualTo(Verdict.NOT_ARABIC);
    }

    @Test
    void arabicNewsWithIraqiNamesWrittenWithTchehAndGafIsArabic() {
        assertThat(verdictOf("استقبل محافظ البصرة وفدا من شركة نفطية في مكتبه، وقال المتحدث باسم المحافظة كاظم "
                + "الچلبي إن الجانبين بحثا مشروع تطوير حقل مجنون، مشيرا إلى أن أهالي منطقة الگرمة طالبوا بفرص عمل."))
                .isEqualTo(Verdict.ARABIC);
    }

    @Test
    void arabicNewsWithPersianLoanwordsIsArabic() {
        assertThat(verdictOf("افتتح محافظ كربلاء جسر الگيارة الجديد بحضور مدير شركة پاك للمقاولات، وقال إن المشروع "
                + "سيخفف الزحام عن شارع الچاي خلال موسم الزيارة.")).isEqualTo(Verdict.ARABIC);
    }

    @Test
    void arabicTypedOnAPersianKeyboardIsArabic() {
        assertThat(verdictOf("أعلنت وزارة الصحة عن حملة جدیدة للتلقیح ضد الإنفلونزا في المدارس الابتدائیة، وقالت إن "
                + "الحملة تنطلق الأسبوع المقبل في كل الولایات.")).isEqualTo(Verdict.ARABIC);
    }

    @Test
    void arabicWithoutAnySignOfArabicIsUnsure() {
        assertThat(verdictOf("وين راحوا ربعي يوم ضاق صدري وغاب قمري عن عيني سنين وبقيت وحدي"))
                .isEqualTo(Verdict.UNSURE);
    }

    @Test
    void fewLettersAreUnsure() {
        assertThat(verdictOf("وزارة الصحة")).isEqualTo(Verdict.UNSURE);
    }

    @Test
    void textWithoutArabicScriptIsUnsure() {
        assertThat(verdictOf("The minister opened the new hospital in the city on Monday.")).isEqualTo(Verdict.UNSURE);
    }

    @Test
    void lettersOfUrduNameUrdu() {
        assertThat(nameOf("حکومت مہنگائی کم کرنے کے لیے ہر ممکن قدم اٹھائے گی اور عوام کو ریلیف دے گی۔"))
                .isEqualTo("ur");
    }

    @Test
    void lettersOfSoraniNameKurdish() {
        assertThat(nameOf("بەپێی ڕاپۆرتێکی نوێ، ژمارەی گەشتیاران لە سلێمانی لە مانگی ڕابردوودا زیادی کردووە."))
                .isEqualTo("ku");
    }

    @Test
    void lettersSharedByPersianUrduAndKurdishAloneNamePersian() {
        assertThat(nameOf("دانشگاه تهران امسال پذیرش دانشجو در رشته‌های پزشکی را افزایش می‌دهد.")).isEqualTo("fa");
    }

    @Test
    void lettersOfAnotherArabicScriptLanguageNameNone() {
        assertThat(nameOf("د افغانستان ولسمشر نن په کابل کې د وزیرانو له شورا سره وکتل او د هېواد د اقتصادي "
                + "وضعې په اړه یې خبرې وکړې.")).isEqualTo("und");
    }
}
