package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.model.Span;

class NormalizedLinesTest {
    /** Every kind of character the normalisers treat apart, and ordinary letters, spaces and line breaks. */
    private static final String ALPHABET = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةىٱیک" + "ًٌٍَُِّْٰ" + "ـ"
            + "0123456789٠١٢٣٤٥٦٧٨٩۰۱٪٫٬" + "     \t\u00A0\u202F\u2003\u3000\u000B\u000C" + "\n\n\r\u2028\u2029"
            + ".،,:؛؟!«»\"()-|/%@*" + "abcXYZé\u00E9\u0007\u007F" + "\u200B\u200C\u200D\u200E\u200F\u061C\u202B\u2067\uFEFF\u00AD"
            + "\uFEE3\uFEBC\uFEAE\uFEFB\uFDF2\uFDFA\uFE70\uFD3E" + "\uD83C\uDF89" + "中";

    @Test
    void everyLineIsWhatDisplayNormalizerAndMatchingKeyGiveOnRandomText() {
        Random random = new Random(20240518L);
        for (int iteration = 0; iteration < 20_000; iteration++) {
            StringBuilder raw = new StringBuilder();
            int length = random.nextInt(120);
            for (int i = 0; i < length; i++) raw.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            checkAgainstNormalizers(raw.toString());
        }
    }

    @Test
    void blankLinesAreLeftOut() {
        NormalizedLines lines = NormalizedLines.of("سطر أول\n \u00A0ـ\u200F\n\r\nسطر ثان", "body");

        assertThat(lines.size()).isEqualTo(2);
        assertThat(lines.display(0)).isEqualTo("سطر أول");
        assertThat(lines.display(1)).isEqualTo("سطر ثان");
    }

    @Test
    void rawSpanRunsFromTheFirstToTheLastCharacterThatShows() {
        String raw = "\u200F  قال ـ\n";
        NormalizedLines lines = NormalizedLines.of(raw, "body");

        assertThat(lines.raw(0)).isEqualTo(new Span(3, 6));
    }

    @Test
    void lineOfDiacriticsAloneIsNotBlankThoughItsKeyIsEmpty() {
        NormalizedLines lines = NormalizedLines.of("َُ", "body");

        assertThat(lines.size()).isEqualTo(1);
        assertThat(lines.display(0)).isEqualTo("َُ");
        assertThat(lines.key(0)).isEmpty();
    }

    @Test
    void ligaturesLongerThanTheirLineFitInTheDisplayForm() {
        String raw = "\uFDFA".repeat(40);
        NormalizedLines lines = NormalizedLines.of(raw, "body");

        assertThat(lines.display(0)).isEqualTo(DisplayNormalizer.normalize(raw));
        assertThat(lines.key(0)).isEqualTo(MatchingKey.of(raw));
    }

    @Test
    void lineOfFindsWholeLinesOnly() {
        NormalizedLines lines = NormalizedLines.of("الأول\nالثاني", "body");

        assertThat(lines.lineOf(new Span(6, 12))).isEqualTo(1);
        assertThat(lines.lineOf(new Span(6, 9))).isEqualTo(-1);
        assertThat(lines.lineOf(new Span(2, 5))).isEqualTo(-1);
    }

    @Test
    void emptyFieldHasNoLines() {
        assertThat(NormalizedLines.of("", "title").size()).isZero();
    }

    private static void checkAgainstNormalizers(String raw) {
        NormalizedLines lines = NormalizedLines.of(raw, "body");
        List<Span> expected = visibleLines(raw);
        assertThat(lines.size()).as("lines of [%s]", raw).isEqualTo(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            Span span = expected.get(i);
            assertThat(lines.raw(i)).as("raw span %d of [%s]", i, raw).isEqualTo(span);
            assertThat(lines.lineOf(span)).isEqualTo(i);
            assertThat(lines.key(i)).as("key %d of [%s]", i, raw).isEqualTo(MatchingKey.of(raw, span.start(), span.end()));
            assertThat(lines.display(i)).isEqualTo(DisplayNormalizer.normalize(span.of(raw)));

            // appended after text of its own, as the text stage appends a paragraph after the headline
            StringBuilder expectedText = new StringBuilder("عنوان\n\n");
            SourceMap.Builder expectedMap = new SourceMap.Builder();
            expectedMap.mapRun(0, 0, 5, "title");
            int expectedCount = DisplayNormalizer.appendLine(raw, span.start(), span.end(), "body", expectedText,
                    expectedMap);
            StringBuilder text = new StringBuilder("عنوان\n\n");
            SourceMap.Builder map = new SourceMap.Builder();
            map.mapRun(0, 0, 5, "title");
            int count = lines.appendDisplay(i, text, map);

            assertThat(count).isEqualTo(expectedCount);
            assertThat(text.toString()).isEqualTo(expectedText.toString());
            assertThat(map.build().runs()).as("runs %d of [%s]", i, raw).isEqualTo(expectedMap.build().runs());
        }
    }

    /** The non-blank lines of {@code raw} trimmed to what shows, as structure recovery has always cut them. */
    private static List<Span> visibleLines(String raw) {
        List<Span> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= raw.length(); i++) {
            if (i == raw.length() || ArabicChars.isLineBreak(raw.charAt(i))) {
                int from = start, to = i;
                while (from < to && invisible(raw.charAt(from))) from++;
                while (to > from && invisible(raw.charAt(to - 1))) to--;
                if (to > from) lines.add(new Span(from, to));
                start = i + 1;
            }
        }
        return lines;
    }

    private static boolean invisible(char c) {
        return c == ArabicChars.TATWEEL || ArabicChars.isLineBreak(c) || ArabicChars.isHorizontalSpace(c)
                || ArabicChars.isBidiControl(c) || ArabicChars.isZeroWidth(c);
    }
}
