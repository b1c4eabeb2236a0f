package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
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
    void closingMarkAtLineStartIsLeftOut() {
        assertThat(sentences("» وانتهى الأمر عند هذا الحد.")).containsExactly("وانتهى الأمر عند هذا الحد.");
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
    void longRunOfDottedLettersIsNotOneAbbreviation() {
        String text = "ب.".repeat(20000);
        List<Span> sentences = new SentenceSplitter().split(text);
        assertThat(sentences).hasSizeGreaterThan(1);
    }
}
