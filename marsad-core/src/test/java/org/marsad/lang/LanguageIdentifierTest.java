package org.marsad.lang;

import org.junit.jupiter.api.Test;
import org.marsad.lang.LanguageIdentifier.Detected;
import org.marsad.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class LanguageIdentifierTest {
    private static final LinguaModel LINGUA = new LinguaModel();
    private static final LanguageIdentifier IDENTIFIER = new LanguageIdentifier(LINGUA);

    private static final String ARABIC_HEADLINE = "افتتاح معرض الكتاب الدولي في الرياض";
    private static final String ARABIC_1 = "افتتح أمير منطقة الرياض مساء أمس معرض الكتاب الدولي بمشاركة أكثر من خمسمئة "
            + "دار نشر من ثلاثين دولة.";
    private static final String ENGLISH_1 = "The Emir of Riyadh Region opened the international book fair last night, "
            + "with more than five hundred publishers from thirty countries taking part.";
    private static final String ARABIC_2 = "وقال مدير المعرض إن الدورة الحالية تخصص جناحا لكتب الأطفال وآخر للترجمة، "
            + "وتستمر عشرة أيام.";
    private static final String ENGLISH_2 = "The fair's director said this year's edition has a pavilion for children's "
            + "books and another for translation, and will run for ten days.";
    private static final String PERSIAN = "وزیر امور خارجه ایران روز دوشنبه در سفری دو روزه به پکن رفت و با همتای "
            + "چینی خود درباره گسترش همکاری‌های اقتصادی گفتگو کرد.";

    /** A text of blocks joined by blank lines, as an article text is, with the blocks' spans. */
    private record Blocks(String text, List<Span> spans) {
        static Blocks of(String... blocks) {
            StringBuilder text = new StringBuilder();
            List<Span> spans = new ArrayList<>();
            for (String block : blocks) {
                if (!text.isEmpty()) text.append("\n\n");
                spans.add(new Span(text.length(), text.length() + block.length()));
                text.append(block);
            }
            return new Blocks(text.toString(), spans);
        }

        String of(Span span) {
            return span.of(text);
        }
    }

    /** Lingua, counting how often it is asked. */
    private static final class CountingModel implements LanguageModel {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public Optional<Detected> detect(String sample) {
            calls.incrementAndGet();
            return LINGUA.detect(sample);
        }
    }

    private static String codeOf(String text) {
        return IDENTIFIER.identify(text).map(Detected::code).orElse("none");
    }

    private static DocumentLanguage identify(Blocks blocks) {
        return IDENTIFIER.identify(blocks.text(), blocks.spans());
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
    void soraniKurdishIsNotTakenForArabic() {
        assertThat(codeOf("سەرۆکی حکومەتی هەرێمی کوردستان ئەمڕۆ لە هەولێر کۆبوونەوەیەکی لەگەڵ وەزیرەکانی "
                + "ئەنجومەن ئەنجامدا.")).isEqualTo("ku");
    }

    @Test
    void englishIsEnglish() {
        assertThat(codeOf("The health minister said a new hospital will open in the city next month."))
                .isEqualTo("en");
    }

    @Test
    void frenchIsFrench() {
        assertThat(codeOf("Le ministre de la Santé a annoncé lundi l'ouverture d'un nouvel hôpital dans la ville, "
                + "qui accueillera ses premiers patients le mois prochain.")).isEqualTo("fr");
    }

    @Test
    void textWithoutLettersHasNoLanguage() {
        assertThat(IDENTIFIER.identify("12345 ... 67890")).isEmpty();
    }

    @Test
    void textWhoseLanguageNobodyCanTellHasNoLanguage() {
        LanguageIdentifier identifier = new LanguageIdentifier(sample -> Optional.empty());
        assertThat(identifier.identify("The health minister said a new hospital will open next month.")).isEmpty();
    }

    @Test
    void blocksOfFiguresAndPunctuationOnlyHaveNoLanguage() {
        assertThat(identify(Blocks.of("2024 - 2025", "١٢٣٬٤٥ ٪ ...", "(!) «؟»"))).isEqualTo(DocumentLanguage.NONE);
    }

    @Test
    void arabicWithSomeEnglishNamesIsArabic() {
        assertThat(codeOf("أطلقت شركة Apple هاتفها الجديد iPhone في مؤتمر عقدته أمس، وقالت الشركة إن المبيعات "
                + "تبدأ الأسبوع المقبل في الأسواق العربية.")).isEqualTo("ar");
    }

    @Test
    void longRunOfEasternDigitsAtTheTopDoesNotFillTheSample() {
        String digits = "٢٠٢٣ ١٤٤٥ ٣٠٪ ".repeat(60);
        assertThat(codeOf(digits + "وين راحوا ربعي يوم ضاق صدري وغاب قمري عن عيني سنين وبقيت وحدي")).isEqualTo("ar");
    }

    @Test
    void arabicNewsIsDecidedWithoutTheModel() {
        CountingModel model = new CountingModel();
        Blocks article = Blocks.of(ARABIC_HEADLINE, ARABIC_1, ARABIC_2);
        DocumentLanguage language = new LanguageIdentifier(model).identify(article.text(), article.spans());
        assertThat(language).isEqualTo(new DocumentLanguage(Optional.of(LanguageIdentifier.ARABIC), List.of()));
        assertThat(model.calls).hasValue(0);
    }

    @Test
    void arabicNewsWithIraqiNamesIsDecidedWithoutTheModel() {
        CountingModel model = new CountingModel();
        Blocks article = Blocks.of("محافظ البصرة يبحث تطوير حقل مجنون", "استقبل محافظ البصرة وفدا من شركة نفطية، "
                + "وقال المتحدث باسم المحافظة كاظم الچلبي إن أهالي منطقة الگرمة طالبوا بفرص عمل في الحقل.");
        DocumentLanguage language = new LanguageIdentifier(model).identify(article.text(), article.spans());
        assertThat(language.isArabic()).isTrue();
        assertThat(model.calls).hasValue(0);
    }

    @Test
    void persianArticleIsPersianWithoutTheModel() {
        CountingModel model = new CountingModel();
        Blocks article = Blocks.of("سفر وزیر خارجه به چین", PERSIAN);
        DocumentLanguage language = new LanguageIdentifier(model).identify(article.text(), article.spans());
        assertThat(language.language()).contains(ArabicLetterRule.PERSIAN);
        assertThat(model.calls).hasValue(0);
    }

    @Test
    void alternatingArabicAndEnglishParagraphsAreArabicWithTheEnglishBlocksListed() {
        Blocks article = Blocks.of(ARABIC_HEADLINE, ARABIC_1, ENGLISH_1, ARABIC_2, ENGLISH_2);
        DocumentLanguage language = identify(article);
        assertThat(language.language()).contains(LanguageIdentifier.ARABIC);
        assertThat(language.foreignBlocks()).extracting(b -> article.of(b.span()), b -> b.language().code())
                .containsExactly(tuple(ENGLISH_1, "en"), tuple(ENGLISH_2, "en"));
    }

    @Test
    void alternatingLinesGivenAsOneTextAreArabic() {
        assertThat(codeOf(String.join("\n\n", ENGLISH_1, ARABIC_1, ENGLISH_2, ARABIC_2))).isEqualTo("ar");
    }

    @Test
    void englishArticleWithOneArabicNameIsEnglish() {
        Blocks article = Blocks.of("Oil prices rise after OPEC meeting",
                "Oil prices rose on Monday after the meeting in Vienna, where the Saudi minister عبد العزيز بن سلمان "
                        + "said producers would keep their output unchanged until the end of the year.",
                "Analysts expect demand to recover slowly as factories in Asia return to full capacity.");
        assertThat(identify(article))
                .isEqualTo(new DocumentLanguage(Optional.of(new Detected("en", "English")), List.of()));
    }

    @Test
    void englishArticleQuotingAnArabicSentenceIsEnglishWithTheArabicBlockListed() {
        String quote = "الاقتصاد السعودي يسير في الطريق الصحيح";
        Blocks article = Blocks.of("Minister upbeat on growth",
                "The economy minister told reporters in Riyadh on Sunday that growth would pick up in the second half "
                        + "of the year, driven by construction, tourism and a recovery in private consumption.",
                quote,
                "He added that the government would publish its revised forecasts together with the budget in "
                        + "December, and that unemployment among young people had fallen for a third year.");
        DocumentLanguage language = identify(article);
        assertThat(language.language()).map(Detected::code).contains("en");
        assertThat(language.foreignBlocks()).extracting(b -> article.of(b.span()), ForeignBlock::language)
                .containsExactly(tuple(quote, LanguageIdentifier.ARABIC));
    }

    @Test
    void persianParagraphInAnArabicArticleIsAForeignBlock() {
        Blocks article = Blocks.of(ARABIC_HEADLINE, ARABIC_1, PERSIAN, ARABIC_2);
        DocumentLanguage language = identify(article);
        assertThat(language.language()).contains(LanguageIdentifier.ARABIC);
        assertThat(language.foreignBlocks()).extracting(b -> article.of(b.span()), ForeignBlock::language)
                .containsExactly(tuple(PERSIAN, ArabicLetterRule.PERSIAN));
    }

    @Test
    void lettersInDoubtAreLeftToTheModel() {
        AtomicInteger calls = new AtomicInteger();
        LanguageIdentifier identifier = new LanguageIdentifier(sample -> {
            calls.incrementAndGet();
            return Optional.of(ArabicLetterRule.URDU);
        });
        Blocks poem = Blocks.of("وين راحوا ربعي يوم ضاق صدري", "وغاب قمري عن عيني سنين وبقيت وحدي");
        assertThat(identifier.identify(poem.text(), poem.spans()).language()).contains(ArabicLetterRule.URDU);
        assertThat(calls).hasValue(1);
    }

    @Test
    void lettersInDoubtTheModelCannotNameAreUndetermined() {
        LanguageIdentifier identifier = new LanguageIdentifier(sample -> Optional.empty());
        Blocks poem = Blocks.of("وين راحوا ربعي يوم ضاق صدري", "وغاب قمري عن عيني سنين وبقيت وحدي");
        assertThat(identifier.identify(poem.text(), poem.spans()).language())
                .contains(LanguageIdentifier.UNDETERMINED);
    }

    @Test
    void foreignBlockTheModelCannotNameIsUndetermined() {
        LanguageIdentifier identifier = new LanguageIdentifier(sample -> Optional.empty());
        Blocks article = Blocks.of(ARABIC_HEADLINE, ARABIC_1, ENGLISH_1, ARABIC_2);
        assertThat(identifier.identify(article.text(), article.spans()).foreignBlocks())
                .extracting(ForeignBlock::language).containsExactly(LanguageIdentifier.UNDETERMINED);
    }

    @Test
    void shortForeignBlockIsUndetermined() {
        Blocks article = Blocks.of(ARABIC_HEADLINE, ARABIC_1, "Twitter: @bookfair", ARABIC_2);
        assertThat(identify(article).foreignBlocks()).extracting(ForeignBlock::language)
                .containsExactly(LanguageIdentifier.UNDETERMINED);
    }

    @Test
    void latinScriptBlockTheModelReadsAsTheArticlesLanguageIsNotForeign() {
        LanguageIdentifier identifier = new LanguageIdentifier(sample -> Optional.of(LanguageIdentifier.ARABIC));
        Blocks article = Blocks.of(ARABIC_HEADLINE, ARABIC_1, "للتواصل: press.office@bookfair.example.org", ARABIC_2);
        assertThat(identifier.identify(article.text(), article.spans()).foreignBlocks()).isEmpty();
    }

    @Test
    void blockOutsideTheTextIsRejected() {
        assertThatThrownBy(() -> IDENTIFIER.identify("قصير", List.of(new Span(0, 40))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void linesAreTheNonEmptyLinesOfTheText() {
        assertThat(LanguageIdentifier.lines("أ\n\nبت\r\nث")).containsExactly(new Span(0, 1), new Span(3, 5), new Span(7, 8));
    }
}
