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
 * The quote stage scored on the development gold set over SaudiNewsNet (eval/quotes), as {@code marsad eval quotes}
 * scores it; the floors sit a little under the figures of docs/benchmarks.md, so that a change that loses quotes
 * fails here. Skipped when ../shared/data is absent.
 */
class DevelopmentGoldEvaluationTest {
    private static final Path GOLD = Path.of("..", "eval", "quotes", "saudinewsnet-2015-08-10.jsonl");
    private static final Path DATA = Path.of("..", "..", "shared", "data");
    private static QuoteEvaluation.Result result;

    @BeforeAll
    static void evaluate() throws IOException {
        assumeTrue(Files.isRegularFile(DATA.resolve("saudinewsnet/2015-08-10.json")), "../shared/data is absent");
        result = QuoteEvaluation.run(QuoteGold.read(GOLD), DATA, Pipeline.builder().build());
    }

    private static QuoteScores.Counts all(Quote.Kind kind) {
        return result.scores().groups().get("all").get(kind);
    }

    @Test
    void everyGoldArticleIsScored() {
        assertThat(result.problems()).isEmpty();
        assertThat(result.articles()).isGreaterThanOrEqualTo(30);
    }

    @Test
    void directQuotesStayAboveTheirFloor() {
        assertThat(all(Quote.Kind.DIRECT).f1()).isGreaterThan(0.86);
        assertThat(all(Quote.Kind.DIRECT).speakerAccuracy()).isGreaterThan(0.88);
    }

    @Test
    void reportedSpeechStaysAboveItsFloor() {
        assertThat(all(Quote.Kind.INDIRECT).f1()).isGreaterThan(0.83);
        assertThat(all(Quote.Kind.INDIRECT).speakerAccuracy()).isGreaterThan(0.87);
    }

    @Test
    void goldCoversAtLeastEightOutlets() {
        assertThat(result.scores().groups().keySet().stream().filter(g -> g.startsWith("outlet "))).hasSizeGreaterThanOrEqualTo(8);
    }
}
