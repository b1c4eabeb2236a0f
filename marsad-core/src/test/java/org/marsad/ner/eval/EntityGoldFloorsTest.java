package org.marsad.ner.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.marsad.Pipeline;

/**
 * The entity stage scored on every gold set of eval/entities, as {@code marsad eval entities} scores them: each split
 * stays above floors a little under the figures of docs/models.md, so that a change that loses names fails here. The
 * held-out (test) splits were never read for errors; their floors guard against regressions only. Skipped when
 * ../shared/data is absent.
 */
class EntityGoldFloorsTest {
    private static final Path DATA = Path.of("..", "..", "shared", "data");
    private static final Map<String, EntityEvaluation.Result> RESULTS = new HashMap<>();

    /** A split of a gold set and its floors: F1 of all types, exact spans, overlapping ones and entities. */
    record Floors(String set, String split, double exactF1, double overlapF1, double entityF1) {
        @Override
        public String toString() {
            return set + " " + split;
        }
    }

    static Stream<Floors> splits() {
        return Stream.of(
                new Floors("saudinewsnet-entities", "dev", 0.87, 0.89, 0.84),
                new Floors("saudinewsnet-entities", "test", 0.80, 0.85, 0.75),
                new Floors("saudinewsnet-entities-batch2", "dev", 0.84, 0.88, 0.79),
                new Floors("saudinewsnet-entities-batch2", "test", 0.88, 0.94, 0.83),
                new Floors("ant-entities", "dev", 0.86, 0.90, 0.82),
                new Floors("ant-entities", "test", 0.83, 0.88, 0.84),
                new Floors("saudinewsnet-ant-entities", "dev", 0.83, 0.88, 0.78),
                new Floors("saudinewsnet-ant-entities", "test", 0.81, 0.87, 0.79));
    }

    private static EntityEvaluation.Result scored(String set) throws IOException {
        assumeTrue(Files.isDirectory(DATA.resolve("saudinewsnet")) && Files.isDirectory(DATA.resolve("ant-corpus")),
                "../shared/data is absent");
        EntityEvaluation.Result result = RESULTS.get(set);
        if (result == null) {
            Path gold = Path.of("..", "eval", "entities", set + ".jsonl");
            result = EntityEvaluation.run(EntityGold.read(gold), DATA, Pipeline.builder().build());
            RESULTS.put(set, result);
        }
        return result;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("splits")
    void everyArticleOfTheSplitIsScored(Floors floors) throws IOException {
        EntityEvaluation.Result result = scored(floors.set());
        assertThat(result.problems()).isEmpty();
        assertThat(result.counts()).containsKey(floors.split());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("splits")
    void exactMentionsStayAboveTheirFloor(Floors floors) throws IOException {
        assertThat(scored(floors.set()).counts().get(floors.split()).get("exact").get("all").f1())
                .isGreaterThan(floors.exactF1());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("splits")
    void overlappingMentionsStayAboveTheirFloor(Floors floors) throws IOException {
        assertThat(scored(floors.set()).counts().get(floors.split()).get("overlap").get("all").f1())
                .isGreaterThan(floors.overlapF1());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("splits")
    void entitiesStayAboveTheirFloor(Floors floors) throws IOException {
        assertThat(scored(floors.set()).entities().get(floors.split()).get("all").f1()).isGreaterThan(floors.entityF1());
    }
}
