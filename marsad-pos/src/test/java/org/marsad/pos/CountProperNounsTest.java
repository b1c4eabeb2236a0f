package org.marsad.pos;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class CountProperNounsTest {
    @TempDir
    Path dir;

    @Test
    void countsOfLinesSplitBetweenThreadsAddUp() throws Exception {
        Map<String, int[]> counts = CountProperNouns.count(List.of(
                "زار ماكرون بيروت", "غادر ماكرون بيروت", "عاد ماكرون إلى باريس"));
        assertThat(counts.get("ماكرون")[0]).isEqualTo(3);
        assertThat(counts.get("بيروت")[0]).isEqualTo(2);
    }

    @Test
    void theFileHasACommentThenOneSortedLinePerKey() throws Exception {
        Map<String, int[]> counts = new TreeMap<>(Map.of("ماكرون", new int[]{3, 3}, "بيروت", new int[]{2, 1}));
        Path out = dir.resolve("proper-nouns.tsv");
        CountProperNouns.write(counts, out);
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).startsWith("#");
        assertThat(lines.subList(1, lines.size())).containsExactly("بيروت\t2\t1", "ماكرون\t3\t3");
        assertThat(dir.resolve("proper-nouns.tsv.partial")).doesNotExist();
    }
}
