package org.marsad.ner.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.marsad.ner.BioCodec;

/** The sentences of train/names/written, which the shipped model trains on: every file reads whole, as training does. */
class WrittenNamesFilesTest {
    private static final Path WRITTEN = Path.of("..", "train", "names", "written");

    @Test
    void everyWrittenFileReadsWithItsNames() throws IOException, NerDataException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(WRITTEN)) {
            files = listed.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<TaggedSentence> sentences = new ArrayList<>();
        for (Path file : files) sentences.addAll(WrittenNames.read(file));

        assertThat(files).hasSize(16);
        assertThat(sentences).hasSize(5988);
        assertThat(sentences.stream().mapToInt(TaggedSentence::size).sum()).isEqualTo(182_222);
        assertThat(sentences.stream().flatMapToInt(s -> Arrays.stream(s.labels()))
                .filter(BioCodec::isBegin).count()).isEqualTo(21_245);
    }
}
