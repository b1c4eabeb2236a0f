package org.marsad.time.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.Pipeline;

/**
 * The time stage scored on the gold set of eval/times as {@code marsad eval times} scores it, above floors a little
 * under the figures of docs/benchmarks.md. Skipped when ../shared/data is absent.
 */
class TimeGoldFloorsTest {
    private static final Path DATA = Path.of("..", "..", "shared", "data");
    private static final Path GOLD = Path.of("..", "eval", "times", "saudinewsnet-2015-08-10.jsonl");
    private static TimeEvaluation.Result result;

    @BeforeAll
    static void score() throws IOException {
        if (!Files.isRegularFile(DATA.resolve("saudinewsnet/2015-08-10.json"))) return;
        result = TimeEvaluation.ofPipeline(TimeGold.read(GOLD), DATA, Pipeline.builder().entities(false).build());
    }

    @Test
    void everyGoldArticleIsScored() {
        assumeTrue(result != null, "../shared/data is absent");
        assertThat(result.notScored()).isEmpty();
        assertThat(result.groups().get("all").gold()).isEqualTo(168);
    }

    @Test
    void developmentSplitStaysAboveItsFloors() {
        assumeTrue(result != null, "../shared/data is absent");
        TimeScores dev = result.groups().get("dev");
        assertThat(dev.f1()).isGreaterThan(0.74);
        assertThat(dev.valueAccuracy()).isGreaterThan(0.80);
    }

    @Test
    void testSplitStaysAboveItsFloors() {
        assumeTrue(result != null, "../shared/data is absent");
        TimeScores test = result.groups().get("test");
        assertThat(test.f1()).isGreaterThan(0.64);
        assertThat(test.valueAccuracy()).isGreaterThan(0.86);
    }
}
