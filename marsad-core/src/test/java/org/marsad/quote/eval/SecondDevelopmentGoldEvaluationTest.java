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
 * The quote stage scored on the second development gold set (eval/quotes/saudinewsnet-2015-08-03.jsonl, annotated
 * to find what the first one did not show); floors a little under the figures of docs/benchmarks.md. Skipped when
 * ../shared/data is absent.
 */
class SecondDevelopmentGoldEvaluationTest {
    private static final Path GOLD = Path.of("..", "eval", "quotes", "saudinewsnet-2015-08-03.jsonl");
    private static final Path DATA = Path.of("..", "..", "shared", "data");
    private static QuoteEvaluation.Result result;

    @BeforeAll
    static void evaluate() throws IOException {
        assumeTrue(Files.isRegularFile(DATA.resolve("saudinewsnet/2015-08-03.json")), "../shared/data is absent");
        result = QuoteEvaluation.run(QuoteGold.read(GOLD), DATA, Pipeline.builder().build());
    }

    private static QuoteScores.Counts all(Quote.Kind kind) {
        return result.scores().groups().get("all").get(kind);
    }

    @Test
    void everyGoldArticleIsScored() {
        assertThat(result.problems()).isEmpty();
        assertThat(result.articles()).isEqualTo(30);
    }

    @Test
    void directQuotesStayAboveTheirFloor() {
        assertThat(all(Quote.Kind.DIRECT).f1()).isGreaterThan(0.92);
        assertThat(all(Quote.Kind.DIRECT).speakerAccuracy()).isGreaterThan(0.92);
    }

    @Test
    void reportedSpeechStaysAboveItsFloor() {
        assertThat(all(Quote.Kind.INDIRECT).f1()).isGreaterThan(0.88);
        assertThat(all(Quote.Kind.INDIRECT).speakerAccuracy()).isGreaterThan(0.88);
    }

    @Test
    void goldCoversAtLeastEightOutlets() {
        assertThat(result.scores().groups().keySet().stream().filter(g -> g.startsWith("outlet "))).hasSizeGreaterThanOrEqualTo(8);
    }
}
