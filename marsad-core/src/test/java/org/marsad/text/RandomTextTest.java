package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.model.Span;
import org.marsad.model.Token;

/** Random mixes of letters, digits, spaces, punctuation and quotes must never break the span invariants. */
class RandomTextTest {
    private static final String ALPHABET = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةىؤئ" + "ًٌٍَُِّْـ"
            + "0123456789٠١٢٣٤٥٦٧٨٩" + "      \n\n" + ".........!?؟؛،,:…-/%٪٫٬" + "\"\"\"\"«»“”‘’()[]\uFD3E\uFD3F"
            + "abcXYZ" + "\uD83C\uDF89";
    private static final String CLOSING_ONLY = "”»’)]}›\uFD3E";

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final ArabicTokenizer tokenizer = new ArabicTokenizer();

    @Test
    void randomTextKeepsSpansInsideTextAndRegion() {
        Random random = new Random(20221227L);
        for (int iteration = 0; iteration < 5000; iteration++) {
            String text = randomText(random);
            int from = random.nextInt(text.length() + 1);
            int to = from + random.nextInt(text.length() - from + 1);
            for (Span region : List.of(new Span(0, text.length()), new Span(from, to))) {
                checkSentences(text, region, splitter.split(text, region));
                checkTokens(text, region, tokenizer.tokenize(text, region));
            }
        }
    }

    private static String randomText(Random random) {
        int length = random.nextInt(80);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        return text.toString();
    }

    private static void checkSentences(String text, Span region, List<Span> sentences) {
        int previousEnd = region.start();
        for (Span sentence : sentences) {
            assertThat(sentence.start()).as("start in %s of [%s]", region, text).isGreaterThanOrEqualTo(previousEnd);
            assertThat(sentence.end()).as("end in %s of [%s]", region, text).isLessThanOrEqualTo(region.end());
            assertThat(sentence.length()).isPositive();
            assertThat(Character.isWhitespace(text.charAt(sentence.start()))).isFalse();
            assertThat(Character.isWhitespace(text.charAt(sentence.end() - 1))).isFalse();
            char first = text.charAt(sentence.start());
            boolean startsLine = text.substring(region.start(), sentence.start()).replaceAll(".*\n", "").isBlank();
            assertThat(CLOSING_ONLY.indexOf(first) < 0 || startsLine).as("closing mark starts [%s]", sentence.of(text))
                    .isTrue();
            if (first == '"' && sentence.start() > region.start()) {
                char before = text.charAt(sentence.start() - 1);
                char after = sentence.start() + 1 < region.end() ? text.charAt(sentence.start() + 1) : ' ';
                boolean closesByContext = !Character.isWhitespace(before) && "«“‘([{\uFD3F".indexOf(before) < 0
                        && !Character.isLetterOrDigit(after) && "«“‘([{\uFD3F".indexOf(after) < 0
                        && !ArabicChars.isDiacritic(after);
                assertThat(closesByContext).as("closing quote starts [%s] in [%s]", sentence.of(text), text).isFalse();
            }
            previousEnd = sentence.end();
        }
    }

    private static void checkTokens(String text, Span region, List<Token> tokens) {
        int previousEnd = region.start();
        for (Token token : tokens) {
            assertThat(token.start()).as("token in %s of [%s]", region, text).isGreaterThanOrEqualTo(previousEnd);
            assertThat(token.end()).isLessThanOrEqualTo(region.end());
            assertThat(token.length()).isPositive();
            assertThat(token.stemStart()).isBetween(token.start(), token.end());
            assertThat(token.stemEnd()).isBetween(token.stemStart(), token.end());
            previousEnd = token.end();
        }
    }
}
