package org.marsad.time.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.Pipeline;

/**
 * The time stage scored on every gold set of eval/times together, as {@code marsad eval times} scores them, above
 * floors a little under the figures of docs/benchmarks.md: the `dev` sets the rules were developed on, and the
 * `test` sets (the held-out days and the test split of 2015-08-10) they were not. Skipped when ../shared/data is
 * absent.
 */
class TimeGoldFloorsTest {
    private static final Path DATA = Path.of("..", "..", "shared", "data");
    private static final Path GOLD = Path.of("..", "eval", "times");
    private static TimeEvaluation.Result result;
    private static int articles;

    @BeforeAll
    static void score() throws IOException {
        if (!Files.isDirectory(DATA.resolve("saudinewsnet"))) return;
        List<TimeGold.GoldArticle> gold = new ArrayList<>();
        try (Stream<Path> files = Files.list(GOLD)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                gold.addAll(TimeGold.read(file));
            }
        }
        articles = gold.size();
        result = TimeEvaluation.ofPipeline(gold, DATA, Pipeline.builder().entities(false).build());
    }

    @Test
    void everyGoldArticleIsScored() {
        assumeTrue(result != null, "../shared/data is absent");
        assertThat(result.notScored()).isEmpty();
        assertThat(articles).isGreaterThanOrEqualTo(35 + 16 * 16);
    }

    @Test
    void developmentSetsStayAboveTheirFloors() {
        assumeTrue(result != null, "../shared/data is absent");
        TimeScores dev = result.groups().get("dev");
        assertThat(dev.f1()).isGreaterThan(0.88);
        assertThat(dev.valueAccuracy()).isGreaterThan(0.89);
    }

    @Test
    void heldOutSetsStayAboveTheirFloors() {
        assumeTrue(result != null, "../shared/data is absent");
        TimeScores test = result.groups().get("test");
        assertThat(test.f1()).isGreaterThan(0.85);
        assertThat(test.valueAccuracy()).isGreaterThan(0.85);
    }
}
