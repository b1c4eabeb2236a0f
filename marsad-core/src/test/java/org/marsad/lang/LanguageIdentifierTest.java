package org.marsad.lang;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageIdentifierTest {
    private static final LanguageIdentifier IDENTIFIER = new LanguageIdentifier();

    private static String codeOf(String text) {
        return IDENTIFIER.identify(text).map(LanguageIdentifier.Detected::code).orElse("none");
    }

    @Test
    void arabicNewsIsArabic() {
        assertThat(codeOf("أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في المدينة، وقال الوزير إن المشروع "
                + "سيخدم أكثر من مليون مواطن.")).isEqualTo("ar");
    }

    @Test
    void persianIsNotTakenForArabic() {
        assertThat(codeOf("وزیر بهداشت امروز گفت که بیمارستان تازه‌ای در شهر ساخته خواهد شد و کار آن از ماه آینده "
                + "آغاز می‌شود.")).isEqualTo("fa");
    }

    @Test
    void urduIsNotTakenForArabic() {
        assertThat(codeOf("وزیر صحت نے آج کہا کہ شہر میں ایک نیا ہسپتال بنایا جائے گا اور اس پر کام اگلے مہینے "
                + "شروع ہوگا۔")).isEqualTo("ur");
    }

    @Test
    void englishIsEnglish() {
        assertThat(codeOf("The health minister said a new hospital will open in the city next month."))
                .isEqualTo("en");
    }

    @Test
    void textWithoutLettersHasNoLanguage() {
        assertThat(IDENTIFIER.identify("12345 ... 67890")).isEmpty();
    }

    @Test
    void arabicWithSomeEnglishNamesIsArabic() {
        assertThat(codeOf("أطلقت شركة Apple هاتفها الجديد iPhone في مؤتمر عقدته أمس، وقالت الشركة إن المبيعات "
                + "تبدأ الأسبوع المقبل في الأسواق العربية.")).isEqualTo("ar");
    }

    @Test
    void longRunOfEasternDigitsAtTheTopDoesNotFillTheSample() {
        String digits = "٢٠٢٣ ١٤٤٥ ٣٠٪ ".repeat(60);
        assertThat(codeOf(digits + "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في المدينة، وقال الوزير إن "
                + "المشروع سيخدم أكثر من مليون مواطن في المنطقة الشرقية.")).isEqualTo("ar");
    }
}
