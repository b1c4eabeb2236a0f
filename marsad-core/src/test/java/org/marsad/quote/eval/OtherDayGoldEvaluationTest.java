package org.marsad.quote.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.Pipeline;
import org.marsad.model.Quote;

/**
 * The quote stage on the gold set of another day (eval/quotes/saudinewsnet-2015-07-25.jsonl), annotated after the
 * rules were written and never used to develop them: floors a little under the figures of docs/benchmarks.md.
 * Skipped when ../shared/data is absent.
 */
class OtherDayGoldEvaluationTest {
    private static final Path GOLD = Path.of("..", "eval", "quotes", "saudinewsnet-2015-07-25.jsonl");
    private static final Path DATA = Path.of("..", "..", "shared", "data");
    private static QuoteEvaluation.Result result;

    @BeforeAll
    static void evaluate() throws IOException {
        assumeTrue(Files.isRegularFile(DATA.resolve("saudinewsnet/2015-07-25.json")), "../shared/data is absent");
        result = QuoteEvaluation.run(QuoteGold.read(GOLD), DATA, Pipeline.builder().build());
    }

    private static QuoteScores.Counts otherDay(Quote.Kind kind) {
        return result.scores().groups().get("other-day").get(kind);
    }

    @Test
    void everyArticleIsScored() {
        assertThat(result.problems()).isEmpty();
        assertThat(result.articles()).isEqualTo(22);
    }

    @Test
    void directQuotesOfAnUnseenDayStayAboveTheirFloor() {
        assertThat(otherDay(Quote.Kind.DIRECT).f1()).isGreaterThan(0.80);
        assertThat(otherDay(Quote.Kind.DIRECT).speakerAccuracy()).isGreaterThan(0.67);
    }

    @Test
    void reportedSpeechOfAnUnseenDayStaysAboveItsFloor() {
        assertThat(otherDay(Quote.Kind.INDIRECT).f1()).isGreaterThan(0.78);
        assertThat(otherDay(Quote.Kind.INDIRECT).speakerAccuracy()).isGreaterThan(0.78);
    }
}
