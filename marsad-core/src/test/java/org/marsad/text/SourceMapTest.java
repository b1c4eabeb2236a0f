package org.marsad.text;

import org.junit.jupiter.api.Test;
import org.marsad.text.SourceMap.RawPosition;
import org.marsad.text.SourceMap.Run;

import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class SourceMapTest {

    /** A map from runs given as {textStart, rawStart, length}, all from {@code field}. */
    private static SourceMap map(String field, int[]... runs) {
        SourceMap.Builder builder = new SourceMap.Builder();
        for (int[] run : runs) builder.mapRun(run[0], run[1], run[2], field);
        return builder.build();
    }

    @Test
    void composingWithTheIdentityChangesNothing() {
        SourceMap display = map("body", new int[] {0, 3, 10}, new int[] {12, 15, 7});
        SourceMap identity = map("body", new int[] {0, 0, 40});
        assertThat(display.through("body", identity).runs()).isEqualTo(display.runs());
    }

    @Test
    void runIsSplitWhereTheInnerMapBreaks() {
        SourceMap display = map("body", new int[] {0, 5, 10});
        SourceMap page = map("page", new int[] {0, 100, 8}, new int[] {8, 200, 12});
        assertThat(display.through("body", page).runs()).containsExactly(
                new Run(0, 105, 3, "page"), new Run(3, 200, 7, "page"));
    }

    @Test
    void charactersTheInnerMapDoesNotMapAreLeftOut() {
        SourceMap display = map("body", new int[] {0, 0, 15});
        SourceMap page = map("page", new int[] {0, 100, 8}, new int[] {10, 300, 10});
        SourceMap composed = display.through("body", page);
        assertThat(composed.runs()).containsExactly(new Run(0, 100, 8, "page"), new Run(10, 300, 5, "page"));
        assertThat(composed.rawPosition(8)).isEmpty();
        assertThat(composed.rawPosition(9)).isEmpty();
        assertThat(composed.rawPosition(12)).contains(new RawPosition("page", 302));
    }

    @Test
    void runsOfOtherFieldsAreKept() {
        SourceMap.Builder builder = new SourceMap.Builder();
        builder.mapRun(0, 0, 20, "title");
        builder.mapRun(22, 4, 30, "body");
        SourceMap display = builder.build();
        SourceMap page = map("page", new int[] {0, 500, 100});
        assertThat(display.through("body", page).runs()).containsExactly(
                new Run(0, 0, 20, "title"), new Run(22, 504, 30, "page"));
    }

    @Test
    void composedPositionIsBothMapsAppliedInTurn() {
        for (long seed = 1; seed <= 20; seed++) {
            Random random = new Random(seed);
            SourceMap display = randomMap(random, 300, "title", "body");
            SourceMap page = randomMap(random, 400, "page");
            SourceMap composed = display.through("body", page);
            for (int t = 0; t < 320; t++) {
                Optional<RawPosition> first = display.rawPosition(t);
                Optional<RawPosition> expected = first.isPresent() && first.get().field().equals("body")
                        ? page.rawPosition(first.get().offset()) : first;
                assertThat(composed.rawPosition(t)).as("seed %d, offset %d", seed, t).isEqualTo(expected);
            }
        }
    }

    /** Runs over about {@code textLength} display characters with gaps between them, from fields chosen at random. */
    private static SourceMap randomMap(Random random, int textLength, String... fields) {
        SourceMap.Builder builder = new SourceMap.Builder();
        int text = 0, raw = 0;
        while (text < textLength) {
            text += random.nextInt(3);
            raw += random.nextInt(4);
            int length = 1 + random.nextInt(12);
            builder.mapRun(text, raw, length, fields[random.nextInt(fields.length)]);
            text += length;
            raw += length;
        }
        return builder.build();
    }
}
