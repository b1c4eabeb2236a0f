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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
    void aNoBreakSpaceBeforeANameIsAWordBound() throws Exception {
        List<TaggedSentence> read = WrittenNames.read(written("زار\u00A0[[LOC|الطائف]] .\n"));

        assertThat(tags(read.get(0))).containsExactly("O", "B-LOC", "O");
    }

    @Test
    void aByteOrderMarkOpeningTheFileIsNoPartOfTheFirstWord() throws Exception {
        List<TaggedSentence> read = WrittenNames.read(written("\uFEFF[[LOC|ينبع]] مدينة ساحلية .\n"));

        assertThat(read.get(0).words().get(0)).isEqualTo("ينبع");
        assertThat(tags(read.get(0)).get(0)).isEqualTo("B-LOC");
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedWithTheFile() throws Exception {
        Path file = folder.resolve("latin.txt");
        Files.write(file, new byte[] {'a', '\n', (byte) 0xE9, 'b', '\n'});

        // the reader decodes ahead of the line it hands out, so the line named may be an earlier one
        assertThatThrownBy(() -> WrittenNames.read(file)).hasMessageContaining("latin.txt:").hasMessageEndingWith(
                "not UTF-8");
    }

    /** Each line is malformed in one way; the error names the way, so the writer can mend the line. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "الوفد [[LOC|العراق]]ي وصل .; ends inside a word",
            "زار [[PERS|علي]][[LOC|بغداد]] .; inside a word",
            "في [[LOC|حائل .]]; not punctuation",
            "في [LOC|تبوك] .; broken name markup",
            "في [[LOC|تبوك .; broken name markup",
            "في [[city|تبوك]] .; unknown type 'city'"})
    void aMalformedLineIsRefusedWithWhatIsWrong(String line, String what) throws Exception {
        Path file = written(line + "\n");

        assertThatThrownBy(() -> WrittenNames.read(file)).isInstanceOf(NerDataException.class)
                .hasMessageContaining(":1:").hasMessageContaining(what);
    }
}
