package org.marsad.quote.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.marsad.Pipeline;
import org.marsad.model.Quote;

/**
 * The quote stage scored on every gold set of eval/quotes, as {@code marsad eval quotes} scores them: each split
 * stays above floors a little under the figures of docs/benchmarks.md, so that a change that loses quotes or
 * speakers fails here. The held-out splits (test, other-day) were never used to develop rules; their floors guard
 * against regressions only. A held-out set whose errors are read becomes a development set (docs/quotes.md). Skipped when ../shared/data is absent.
 */
class GoldSetFloorsTest {
    private static final Path DATA = Path.of("..", "..", "shared", "data");
    private static final Map<String, QuoteEvaluation.Result> RESULTS = new HashMap<>();

    /** A split of a gold set and its floors: F1 and speaker accuracy, direct then indirect. */
    record Floors(String day, String split, double directF1, double directSpeaker, double indirectF1,
                  double indirectSpeaker) {
        @Override
        public String toString() {
            return day + " " + split;
        }
    }

    static Stream<Floors> splits() {
        return Stream.of(
                new Floors("2015-08-10", "dev", 0.89, 0.88, 0.86, 0.92),
                // direct F1 0.80 → 0.74 with the tagger trained on labelled news too (2026-12-04): two quotes found
                // that the gold does not hold, its 10 of 11 found as before, while the 17 sets together gained 4
                // direct quotes and 6 direct speakers. Its errors stay unread
                new Floors("2015-08-10", "test", 0.73, 0.97, 0.81, 0.74),
                new Floors("2015-08-03", "dev", 0.93, 0.95, 0.90, 0.93),
                new Floors("2015-07-22", "dev", 0.87, 0.87, 0.82, 0.92),
                new Floors("2015-07-23", "dev", 0.83, 0.95, 0.80, 0.86),
                new Floors("2015-07-26", "dev", 0.84, 0.82, 0.73, 0.84),
                new Floors("2015-08-07", "dev", 0.78, 0.85, 0.78, 0.87),
                new Floors("2015-07-25", "dev", 0.83, 0.77, 0.82, 0.87),
                // speakers 0.90 / 0.94 once a describing noun alone (خطيب, preacher) is no longer a person
                new Floors("2015-08-08", "dev", 0.83, 0.88, 0.77, 0.92),
                new Floors("2015-08-04", "dev", 0.89, 0.88, 0.80, 0.82),
                new Floors("2015-08-09", "dev", 0.80, 0.75, 0.84, 0.91),
                new Floors("2015-08-02", "dev", 0.78, 0.79, 0.84, 0.82),
                // direct speakers 0.86 with the tagger of 2026-12-04: three speakers changed in two articles
                new Floors("2015-07-27", "dev", 0.85, 0.85, 0.75, 0.73),
                new Floors("2015-07-21", "dev", 0.83, 0.83, 0.76, 0.87),
                new Floors("2015-07-24", "dev", 0.76, 0.82, 0.73, 0.79),
                new Floors("2015-07-31", "other-day", 0.80, 0.80, 0.82, 0.82),
                new Floors("2015-08-01", "other-day", 0.78, 0.83, 0.82, 0.90),
                new Floors("2015-08-06", "other-day", 0.82, 0.89, 0.77, 0.89));
    }

    private static QuoteEvaluation.Result scored(String day) throws IOException {
        assumeTrue(Files.isRegularFile(DATA.resolve("saudinewsnet/" + day + ".json")), "../shared/data is absent");
        QuoteEvaluation.Result result = RESULTS.get(day);
        if (result == null) {
            Path gold = Path.of("..", "eval", "quotes", "saudinewsnet-" + day + ".jsonl");
            result = QuoteEvaluation.run(QuoteGold.read(gold), DATA, Pipeline.builder().build());
            RESULTS.put(day, result);
        }
        return result;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("splits")
    void everyArticleOfTheSplitIsScored(Floors floors) throws IOException {
        QuoteEvaluation.Result result = scored(floors.day());
        assertThat(result.problems()).isEmpty();
        assertThat(result.scores().groups()).containsKey(floors.split());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("splits")
    void directQuotesStayAboveTheirFloors(Floors floors) throws IOException {
        QuoteScores.Counts direct = scored(floors.day()).scores().groups().get(floors.split()).get(Quote.Kind.DIRECT);
        assertThat(direct.f1()).isGreaterThan(floors.directF1());
        assertThat(direct.speakerAccuracy()).isGreaterThan(floors.directSpeaker());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("splits")
    void reportedSpeechStaysAboveItsFloors(Floors floors) throws IOException {
        QuoteScores.Counts indirect = scored(floors.day()).scores().groups().get(floors.split())
                .get(Quote.Kind.INDIRECT);
        assertThat(indirect.f1()).isGreaterThan(floors.indirectF1());
        assertThat(indirect.speakerAccuracy()).isGreaterThan(floors.indirectSpeaker());
    }

    @Test
    void firstDevelopmentSetCoversAtLeastEightOutlets() throws IOException {
        assertThat(scored("2015-08-10").scores().groups().keySet().stream().filter(g -> g.startsWith("outlet ")))
                .hasSizeGreaterThanOrEqualTo(8);
    }
}
