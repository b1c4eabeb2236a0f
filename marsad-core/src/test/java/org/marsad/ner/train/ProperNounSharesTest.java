package org.marsad.ner.train;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.ner.WordClusters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProperNounSharesTest {
    @TempDir
    Path dir;

    private Path file(String text) throws IOException {
        return Files.writeString(dir.resolve("proper-nouns.tsv"), text);
    }

    private static final WordClusters CLUSTERS = new WordClusters(
            Map.of("ماكرون", new int[]{1}, "قال", new int[]{2}, "نادر", new int[]{3}, "غائب", new int[]{0}),
            new int[]{4});

    @Test
    void theShareOfProperNounTagsBecomesOneMoreClass() throws Exception {
        ProperNounShares shares = ProperNounShares.read(file("# comment\nماكرون\t40\t38\nقال\t500\t0\nنادر\t2\t2\n"));
        WordClusters classes = shares.addedTo(CLUSTERS);
        assertThat(classes.sizes()).containsExactly(4, CorpusVotes.CLASSES);
        assertThat(classes.of("ماكرون")).containsExactly(1, 4);
        assertThat(classes.of("قال")).containsExactly(2, 1);
    }

    @Test
    void aWordSeenTooRarelyOrNotCountedGetsTheFirstClass() throws Exception {
        WordClusters classes = ProperNounShares.read(file("نادر\t2\t2\n")).addedTo(CLUSTERS);
        assertThat(classes.of("نادر")).containsExactly(3, 0);
        assertThat(classes.of("غائب")).containsExactly(0, 0);
    }

    @Test
    void aLineWithMoreProperNounsThanOccurrencesIsRefusedWithItsLineNumber() throws Exception {
        Path bad = file("ماكرون\t40\t38\nقال\t5\t6\n");
        assertThatThrownBy(() -> ProperNounShares.read(bad))
                .isInstanceOf(NerDataException.class).hasMessageContaining(":2: expected");
    }

    @Test
    void aWordCountedTwiceIsRefused() throws Exception {
        Path bad = file("قال\t5\t0\nقال\t7\t0\n");
        assertThatThrownBy(() -> ProperNounShares.read(bad))
                .isInstanceOf(NerDataException.class).hasMessageContaining("'قال' is counted twice");
    }

    @Test
    void aFileWithoutCountsIsRefused() throws Exception {
        Path empty = file("# nothing here\n");
        assertThatThrownBy(() -> ProperNounShares.read(empty))
                .isInstanceOf(NerDataException.class).hasMessageContaining("no counts");
    }
}
