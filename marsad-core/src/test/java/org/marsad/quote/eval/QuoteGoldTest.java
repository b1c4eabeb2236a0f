package org.marsad.quote.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Quote;
import org.marsad.model.Span;

class QuoteGoldTest {
    @TempDir
    Path dir;

    private Path write(String... lines) throws IOException {
        return Files.write(dir.resolve("gold.jsonl"), List.of(lines));
    }

    @Test
    void readsAnArticleWithItsQuotes() throws IOException {
        Path gold = write("{\"file\": \"d.json\", \"record\": 3, \"outlet\": \"x\", \"split\": \"dev\", \"quotes\": ["
                + "{\"kind\": \"indirect\", \"start\": 10, \"end\": 20, \"cue\": {\"start\": 0, \"end\": 4}, "
                + "\"speaker\": {\"start\": 5, \"end\": 9}, \"speakerKind\": \"named\", \"source\": null, "
                + "\"implicit\": false}]}");
        GoldArticle article = QuoteGold.read(gold).get(0);
        assertThat(article.record()).isEqualTo(3);
        GoldArticle.GoldQuote q = article.quotes().get(0);
        assertThat(q.kind()).isEqualTo(Quote.Kind.INDIRECT);
        assertThat(q.content()).isEqualTo(new Span(10, 20));
        assertThat(q.speaker()).contains(new Span(5, 9));
        assertThat(q.source()).isEmpty();
    }

    @Test
    void malformedLineIsRefusedWithItsNumber() throws IOException {
        Path gold = write("{\"file\": \"d.json\", \"record\": 1, \"outlet\": \"x\", \"split\": \"dev\", \"quotes\": []}",
                "{\"file\": \"d.json\", \"record\": \"two\"}");
        assertThatThrownBy(() -> QuoteGold.read(gold)).isInstanceOf(IOException.class)
                .hasMessageContaining("gold.jsonl:2").hasMessageContaining("\"record\" is not an integer");
    }

    @Test
    void namesOfOneSpeakerWrittenDifferentlyShareTheirWords() {
        assertThat(QuoteEvaluation.sameWords("عادل الجبير", "الجبير")).isTrue();
        assertThat(QuoteEvaluation.sameWords("مصدر مسؤول", "مصدر مسؤول في الوزارة")).isTrue();
        assertThat(QuoteEvaluation.sameWords("وزارة الصحة", "المتحدث باسم الشرطة")).isFalse();
        assertThat(QuoteEvaluation.sameWords("مصدر مسؤول", "مصدر أمني")).isFalse();
        assertThat(QuoteEvaluation.sameWords("محمد بن سلمان", "محمد بن نايف")).isFalse();
    }
}
