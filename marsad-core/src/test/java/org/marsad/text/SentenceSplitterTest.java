package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.model.Span;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> sentences(String text) {
        return splitter.split(text).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void emptyInputHasNoSentences() {
        assertThat(splitter.split("")).isEmpty();
        assertThat(splitter.split("   ")).isEmpty();
    }

    @Test
    void periodEndsSentence() {
        assertThat(sentences("وصل الوفد إلى القاهرة. وبدأت المحادثات صباحا."))
                .containsExactly("وصل الوفد إلى القاهرة.", "وبدأت المحادثات صباحا.");
    }

    @Test
    void questionAndExclamationMarksEndSentences() {
        assertThat(sentences("هل تنجح المفاوضات؟ لا أحد يعرف! ما الخطة? سنرى."))
                .containsExactly("هل تنجح المفاوضات؟", "لا أحد يعرف!", "ما الخطة?", "سنرى.");
    }

    @Test
    void arabicSemicolonEndsSentence() {
        assertThat(sentences("تأجل الاجتماع؛ بسبب سوء الأحوال الجوية"))
                .containsExactly("تأجل الاجتماع؛", "بسبب سوء الأحوال الجوية");
    }

    @Test
    void lineBreakIsHardBoundary() {
        assertThat(sentences("عاجل\nارتفاع أسعار النفط\n\nتفاصيل الخبر"))
                .containsExactly("عاجل", "ارتفاع أسعار النفط", "تفاصيل الخبر");
    }

    @Test
    void punctuationRunEndsSentenceOnce() {
        assertThat(sentences("أهذا معقول؟! نعم!! انتهى الأمر."))
                .containsExactly("أهذا معقول؟!", "نعم!!", "انتهى الأمر.");
    }

    @Test
    void closingGuillemetStaysWithSentence() {
        assertThat(sentences("قال المتحدث «انتهى الاجتماع.» ثم غادر القاعة."))
                .containsExactly("قال المتحدث «انتهى الاجتماع.»", "ثم غادر القاعة.");
    }

    @Test
    void closingStraightQuoteAfterPeriodStaysWithSentence() {
        assertThat(sentences("وقال الوزير \"نعمل بلا توقف.\" وأضاف أن الخطة جاهزة."))
                .containsExactly("وقال الوزير \"نعمل بلا توقف.\"", "وأضاف أن الخطة جاهزة.");
    }

    @Test
    void closingStraightQuoteAfterSpaceStaysWithSentence() {
        assertThat(sentences("قال \"نعمل بجد. \" وغادر القاعة."))
                .containsExactly("قال \"نعمل بجد. \"", "وغادر القاعة.");
    }

    @Test
    void endMarkInsideQuotationSplits() {
        assertThat(sentences("وقال الرئيس \"حكومتنا لا تتوقف عن العمل. نحن نعرف أن المهمة صعبة\"."))
                .containsExactly("وقال الرئيس \"حكومتنا لا تتوقف عن العمل.", "نحن نعرف أن المهمة صعبة\".");
    }

    @Test
    void openingStraightQuoteStartsNextSentence() {
        assertThat(sentences("انتهى اللقاء. \"سنعود غدا\" قال الوزير."))
                .containsExactly("انتهى اللقاء.", "\"سنعود غدا\" قال الوزير.");
    }

    @Test
    void quoteWithSpacesOnBothSidesOpensWhenNoneIsOpen() {
        assertThat(sentences("وأضاف أن \" أبواب التعاون مفتوحة\". وتابع حديثه."))
                .containsExactly("وأضاف أن \" أبواب التعاون مفتوحة\".", "وتابع حديثه.");
    }

    @Test
    void periodBetweenDigitsDoesNotSplit() {
        assertThat(sentences("ارتفع التضخم إلى 3.5 بالمئة في 26.12.2022 وفق البيان."))
                .containsExactly("ارتفع التضخم إلى 3.5 بالمئة في 26.12.2022 وفق البيان.");
    }

    @Test
    void ellipsisDoesNotSplit() {
        assertThat(sentences("بعد أسبوعين فقط.. قمة جديدة تجمع الزعيمين")).hasSize(1);
        assertThat(sentences("انتظرنا طويلا... ثم جاء الرد")).hasSize(1);
        assertThat(sentences("انتظرنا طويلا… ثم جاء الرد")).hasSize(1);
    }

    @Test
    void singleLetterAbbreviationDoesNotSplit() {
        assertThat(sentences("التقى د. سامي الخطيب بالوزير أ. د. منى سالم.")).hasSize(1);
        assertThat(sentences("وصل م. خالد إلى الموقع.")).hasSize(1);
    }

    @Test
    void dottedAbbreviationDoesNotSplit() {
        assertThat(sentences("راسلونا على ص.ب. 1234 في عمان.")).hasSize(1);
        assertThat(sentences("قال مسؤولون من U.S. Army إن الخطة جاهزة.")).hasSize(1);
    }

    @Test
    void hijriYearMarkerEndsSentence() {
        assertThat(sentences("افتتح المسجد عام 1436هـ. وقد حضر الافتتاح الأمير."))
                .containsExactly("افتتح المسجد عام 1436هـ.", "وقد حضر الافتتاح الأمير.");
        assertThat(sentences("افتتح المسجد عام 1436ه. وقد حضر الافتتاح الأمير.")).hasSize(2);
        assertThat(sentences("افتتح المسجد عام 1436 هـ. وقد حضر الافتتاح الأمير.")).hasSize(2);
        assertThat(sentences("افتتح المسجد عام ١٤٣٦هـ. وقد حضر الافتتاح الأمير.")).hasSize(2);
    }

    @Test
    void gregorianYearMarkerEndsSentence() {
        assertThat(sentences("تأسست الشركة في 2015م. كما افتتحت فرعا ثانيا."))
                .containsExactly("تأسست الشركة في 2015م.", "كما افتتحت فرعا ثانيا.");
        assertThat(sentences("تأسست الشركة في 2015 م. كما افتتحت فرعا ثانيا.")).hasSize(2);
        assertThat(sentences("تأسست الشركة في 2015مـ. كما افتتحت فرعا ثانيا.")).hasSize(2);
        assertThat(sentences("تأسست الشركة في 2015مَ. كما افتتحت فرعا ثانيا.")).hasSize(2);
    }

    @Test
    void yearMarkerGluedToNextSentenceEndsSentence() {
        assertThat(sentences("تأسست الشركة في 2015م.وافتتحت فرعا ثانيا."))
                .containsExactly("تأسست الشركة في 2015م.", "وافتتحت فرعا ثانيا.");
    }

    @Test
    void unitMarkerFollowedByDigitDoesNotSplit() {
        assertThat(sentences("وصدر القرار في 20 رمضان 1436هـ.2015م بعد نقاش طويل.")).hasSize(1);
    }

    @Test
    void letterFarFromDigitsStaysAnAbbreviation() {
        assertThat(sentences("وفي عام 2015 التقى د. أحمد بوزير الصحة.")).hasSize(1);
        assertThat(sentences("شارك ثلاثة أطباء بينهم د. أحمد في الندوة.")).hasSize(1);
        assertThat(sentences("أشرف على الرسالة 2015م أ. د. منى سالم.")).hasSize(1);
    }

    @Test
    void dottedEraAfterYearStaysAnAbbreviation() {
        assertThat(sentences("بني المعبد نحو 500 ق.م. في وادي النهر.")).hasSize(1);
        assertThat(sentences("بني المعبد نحو 500 ق.م في وادي النهر.")).hasSize(1);
    }

    @Test
    void listedAbbreviationDoesNotSplit() {
        assertThat(sentences("وقال Dr. Smith إن النتائج مشجعة.")).hasSize(1);
        assertThat(sentences("نشر البحث في مج. 12 من الدورية.")).hasSize(1);
    }

    @Test
    void periodBeforeCommaDoesNotSplit() {
        assertThat(sentences("شارك ممثلو الشركة م.، والوزارة في اللقاء.")).hasSize(1);
    }

    @Test
    void periodInsideLatinNameDoesNotSplit() {
        assertThat(sentences("نشر الخبر على موقع example.com أمس.")).hasSize(1);
    }

    @Test
    void closingMarkAtLineStartJoinsNextSentence() {
        assertThat(sentences("» وانتهى الأمر عند هذا الحد.")).containsExactly("» وانتهى الأمر عند هذا الحد.");
    }

    @Test
    void paragraphStartingWithClosingQuoteKeepsItInItsFirstSentence() {
        String text = "قال المدير \"سنفتتح الفرع الجديد قريبا\n\n\". وأكد أن الموعد لم يحدد. ثم غادر.";
        int start = text.indexOf('"', text.indexOf('\n'));
        List<Span> spans = splitter.split(text, new Span(start, text.length()));
        assertThat(spans).extracting(s -> s.of(text)).containsExactly("\". وأكد أن الموعد لم يحدد.", "ثم غادر.");
    }

    @Test
    void paragraphStartingWithFullStopKeepsItInItsFirstSentence() {
        String text = "انتهت الجلسة الأولى\n\n. وقالت اللجنة إنها ستجتمع مجددا.";
        int start = text.indexOf('.');
        List<Span> spans = splitter.split(text, new Span(start, text.length()));
        assertThat(spans).extracting(s -> s.of(text)).containsExactly(". وقالت اللجنة إنها ستجتمع مجددا.");
    }

    @Test
    void lineWithoutLetterOrDigitIsOneSentence() {
        assertThat(sentences("بدأ العرض.\n* * *\nوانتهى مساء.")).containsExactly("بدأ العرض.", "* * *", "وانتهى مساء.");
    }

    @Test
    void ornateParenthesisClosesSentence() {
        String text = "قرأ الإمام \uFD3Fوقل ربي زدني علما.\uFD3E ثم بدأ الخطبة.";
        assertThat(sentences(text)).containsExactly("قرأ الإمام \uFD3Fوقل ربي زدني علما.\uFD3E", "ثم بدأ الخطبة.");
    }

    @Test
    void punctuationOnlyPieceJoinsPreviousSentence() {
        assertThat(sentences("انتهى الاجتماع. ! ثم بدأ المؤتمر.")).containsExactly("انتهى الاجتماع. !", "ثم بدأ المؤتمر.");
    }

    @Test
    void sentencesStayInsideRegion() {
        String text = "الفقرة الأولى. جملة ثانية.\n\nالفقرة الثانية. وجملة أخرى.";
        int start = text.indexOf("الفقرة الثانية");
        List<Span> spans = splitter.split(text, new Span(start, text.length()));
        assertThat(spans).extracting(s -> s.of(text)).containsExactly("الفقرة الثانية.", "وجملة أخرى.");
    }

    @Test
    void regionOutsideTextIsRejected() {
        assertThatThrownBy(() -> splitter.split("نص", new Span(0, 9))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sentencesTileEveryRegionOfRandomText() {
        Random random = new Random(20240611L);
        for (int iteration = 0; iteration < 5000; iteration++) {
            String text = randomText(random);
            int from = random.nextInt(text.length() + 1);
            int to = from + random.nextInt(text.length() - from + 1);
            for (Span region : List.of(new Span(0, text.length()), new Span(from, to))) {
                assertTiles(text, region, splitter.split(text, region));
            }
        }
    }

    /** Arabic words, numbers with markers, and many marks, spaces and line breaks where pieces begin and end. */
    private static String randomText(Random random) {
        String[] pieces = {"قال", "الوزير", "وأكد", "أن", "د", "م", "هـ", "ه", "ص.ب", "U.S", "2015", "١٤٣٦", "3.5",
                ".", ".", "..", "…", "!", "؟", "؛", "،", "\"", "\"", "«", "»", "“", "”", "(", ")", "\uFD3E", "\uFD3F",
                "-", "*", " ", " ", " ", "\u00A0", "\n", "\r\n", "َ", "ـ"};
        int count = random.nextInt(30);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) text.append(pieces[random.nextInt(pieces.length)]);
        return text.toString();
    }

    private static void assertTiles(String text, Span region, List<Span> sentences) {
        int covered = region.start();
        for (Span sentence : sentences) {
            assertThat(sentence.start()).as("order in %s of [%s]", region, text).isGreaterThanOrEqualTo(covered);
            assertThat(sentence.end()).as("end in %s of [%s]", region, text).isLessThanOrEqualTo(region.end());
            assertThat(sentence.length()).isPositive();
            assertGap(text, region, covered, sentence.start());
            String inside = sentence.of(text);
            assertThat(inside).as("sentence in %s of [%s]", region, text).doesNotContain("\n", "\r");
            assertThat(isBlank(inside.charAt(0)) || isBlank(inside.charAt(inside.length() - 1)))
                    .as("untrimmed [%s] in [%s]", inside, text).isFalse();
            covered = sentence.end();
        }
        assertGap(text, region, covered, region.end());
    }

    private static void assertGap(String text, Span region, int from, int to) {
        for (int i = from; i < to; i++) {
            assertThat(isBlank(text.charAt(i)) || text.charAt(i) == '\n' || text.charAt(i) == '\r')
                    .as("[%s] at %d outside every sentence of %s in [%s]", text.charAt(i), i, region, text).isTrue();
        }
    }

    private static boolean isBlank(char c) {
        return ArabicChars.isHorizontalSpace(c);
    }

    @Test
    void longRunOfDottedLettersIsNotOneAbbreviation() {
        String text = "ب.".repeat(20000);
        List<Span> sentences = new SentenceSplitter().split(text);
        assertThat(sentences).hasSizeGreaterThan(1);
    }
}
