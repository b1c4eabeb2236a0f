package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Token;
import org.marsad.model.Token.Kind;

class ArabicTokenizerTest {
    private final ArabicTokenizer tokenizer = new ArabicTokenizer();

    private List<String> surfaces(String text) {
        return tokenizer.tokenize(text).stream().map(t -> t.surface(text)).toList();
    }

    private List<Kind> kinds(String text) {
        return tokenizer.tokenize(text).stream().map(Token::kind).toList();
    }

    @Test
    void emptyInputHasNoTokens() {
        assertThat(tokenizer.tokenize("")).isEmpty();
        assertThat(tokenizer.tokenize(" \n ")).isEmpty();
    }

    @Test
    void whitespaceSeparatesWords() {
        assertThat(surfaces("انطلقت القمة أمس")).containsExactly("انطلقت", "القمة", "أمس");
    }

    @Test
    void punctuationIsItsOwnToken() {
        assertThat(surfaces("نعم، قال: (لا)؛ لماذا؟")).containsExactly("نعم", "،", "قال", ":", "(", "لا", ")", "؛",
                "لماذا", "؟");
        assertThat(kinds("نعم،")).containsExactly(Kind.WORD, Kind.PUNCTUATION);
    }

    @Test
    void quotesAreSeparatedFromWords() {
        assertThat(surfaces("وكالة \"نوفوستي\" و«تاس»")).containsExactly("وكالة", "\"", "نوفوستي", "\"", "و", "«",
                "تاس", "»");
    }

    @Test
    void ellipsisIsOneToken() {
        assertThat(surfaces("أيام.. لقاء... جديد…")).containsExactly("أيام", "..", "لقاء", "...", "جديد", "…");
    }

    @Test
    void numberKeepsDecimalAndThousandsSeparators() {
        assertThat(surfaces("نما 3.5 وبلغ 1,000 و٣٫٥ و١٬٢٠٠")).containsExactly("نما", "3.5", "وبلغ", "1,000", "و",
                "٣٫٥", "و", "١٬٢٠٠");
    }

    @Test
    void dateAndTimeAreOneNumber() {
        assertThat(surfaces("في 26/12/2022 الساعة 10:30")).containsExactly("في", "26/12/2022", "الساعة", "10:30");
        assertThat(kinds("26/12/2022")).containsExactly(Kind.NUMBER);
    }

    @Test
    void periodAfterNumberIsPunctuation() {
        assertThat(surfaces("في عام 2022.")).containsExactly("في", "عام", "2022", ".");
    }

    @Test
    void percentSignIsItsOwnSymbol() {
        assertThat(surfaces("30٪ و45%")).containsExactly("30", "٪", "و", "45", "%");
        assertThat(kinds("30٪")).containsExactly(Kind.NUMBER, Kind.SYMBOL);
    }

    @Test
    void lettersWrittenAgainstDigitsAreCut() {
        assertThat(surfaces("عام2022 و2023م")).containsExactly("عام", "2022", "و", "2023", "م");
    }

    @Test
    void bareProcliticBeforeNumberHasEmptyStem() {
        String text = "ارتفع ب30٪";
        List<Token> tokens = tokenizer.tokenize(text);
        assertThat(tokens).extracting(t -> t.surface(text)).containsExactly("ارتفع", "ب", "30", "٪");
        Token beh = tokens.get(1);
        assertThat(beh.proclitics()).containsExactly("ب");
        assertThat(beh.stem(text)).isEmpty();
    }

    @Test
    void latinWordKeepsInnerHyphenAndDigits() {
        assertThat(surfaces("فيروس COVID-19 وطائرة F-16 وشبكة 5G")).containsExactly("فيروس", "COVID-19", "وطائرة",
                "F-16", "وشبكة", "5G");
        assertThat(kinds("COVID-19")).containsExactly(Kind.LATIN);
    }

    @Test
    void hyphenBetweenArabicWordsIsADash() {
        assertThat(surfaces("العلاقات الروسية-البيلاروسية")).containsExactly("العلاقات", "الروسية", "-",
                "البيلاروسية");
    }

    @Test
    void diacriticsStayInWord() {
        assertThat(surfaces("قَالَ الرَّئِيسُ")).containsExactly("قَالَ", "الرَّئِيسُ");
    }

    @Test
    void tatweelStaysInWord() {
        assertThat(surfaces("أحمــد صبـري")).containsExactly("أحمــد", "صبـري");
    }

    @Test
    void surrogatePairIsOneToken() {
        String text = "مبروك \uD83C\uDF89";
        assertThat(surfaces(text)).containsExactly("مبروك", "\uD83C\uDF89");
    }

    @Test
    void otherScriptIsOtherKind() {
        assertThat(kinds("Путин")).containsExactly(Kind.OTHER);
    }

    @Test
    void tokensStayInsideRegion() {
        String text = "الأولى الثانية الثالثة";
        List<Token> tokens = tokenizer.tokenize(text, new org.marsad.model.Span(7, 15));
        assertThat(tokens).extracting(t -> t.surface(text)).containsExactly("الثانية");
    }

    @Test
    void plainTokensHaveTheirWholeSpanAsStem() {
        String text = "2022";
        Token token = tokenizer.tokenize(text).get(0);
        assertThat(token.stem(text)).isEqualTo("2022");
        assertThat(token.hasClitics()).isFalse();
    }
}
