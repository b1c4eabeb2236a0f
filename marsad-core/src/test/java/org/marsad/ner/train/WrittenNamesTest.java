package org.marsad.ner.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.ner.BioCodec;

class WrittenNamesTest {
    @TempDir
    Path folder;

    private Path written(String text) throws Exception {
        Path file = folder.resolve("written.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static List<String> tags(TaggedSentence sentence) {
        return Arrays.stream(sentence.labels()).mapToObj(BioCodec::name).toList();
    }

    @Test
    void aMarkedNameBecomesItsWordsWithBeginAndInsideTags() throws Exception {
        List<TaggedSentence> read = WrittenNames.read(written("وصل [[PERS|سالم الدوسري]] إلى [[LOC|بريدة]] .\n"));

        assertThat(read).hasSize(1);
        assertThat(read.get(0).words()).containsExactly("وصل", "سالم", "الدوسري", "إلى", "بريدة", ".");
        assertThat(tags(read.get(0))).containsExactly("O", "B-PER", "I-PER", "O", "B-LOC", "O");
    }

    @Test
    void punctuationAroundANameIsCutOffAsItsOwnWord() throws Exception {
        List<TaggedSentence> read = WrittenNames.read(written("نقلت «[[ORG|وكالة الأنباء القطرية]]»، أمس.\n"));

        assertThat(read.get(0).words()).containsExactly("نقلت", "«", "وكالة", "الأنباء", "القطرية", "»", "،",
                "أمس", ".");
        assertThat(tags(read.get(0))).containsExactly("O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O");
    }

    @Test
    void blankLinesBetweenArticlesGiveNoSentence() throws Exception {
        List<TaggedSentence> read = WrittenNames.read(written("زار [[LOC|عمان]] .\n\n\nغادر [[LOC|دمشق]] .\n"));

        assertThat(read).hasSize(2);
    }

    @Test
    void aNameStartingInsideAWordIsRefusedWithItsLine() throws Exception {
        Path file = written("سافر [[LOC|جدة]] .\nسافر لـ[[LOC|جدة]] .\n");

        assertThatThrownBy(() -> WrittenNames.read(file))
                .isInstanceOf(NerDataException.class)
                .hasMessageContaining(":2:")
                .hasMessageContaining("inside a word");
    }

    @Test
    void anUnknownTypeIsRefused() throws Exception {
        Path file = written("في [[CITY|تبوك]] .\n");

        assertThatThrownBy(() -> WrittenNames.read(file)).hasMessageContaining("unknown type 'CITY'");
    }

    @Test
    void anUnclosedMarkIsRefused() throws Exception {
        Path file = written("في [[LOC|تبوك .\n");

        assertThatThrownBy(() -> WrittenNames.read(file)).hasMessageContaining("broken name markup");
    }
}
