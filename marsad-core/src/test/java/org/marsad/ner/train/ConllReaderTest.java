package org.marsad.ner.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

class ConllReaderTest {
    @TempDir
    Path dir;

    private Path file(String content) throws Exception {
        Path f = dir.resolve("data.txt");
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void blankLinesSeparateSentences() throws Exception {
        List<TaggedSentence> s = ConllReader.read(file("زار O\nسليم B-PERS\n\nعاد O\nإلى O\nحلب B-LOC\n"));
        assertThat(s).hasSize(2);
        assertThat(s.get(1).words()).containsExactly("عاد", "إلى", "حلب");
        assertThat(s.get(1).tags()).containsExactly("O", "O", "B-LOC");
    }

    @Test
    void aRunOfPeriodsEndsASentenceWhenNoBlankLineFollows() throws Exception {
        List<TaggedSentence> s = ConllReader.read(file("وصل O\nكريم B-PERS\n. O\n. O\nثم O\nغادر O\n"));
        assertThat(s).hasSize(2);
        assertThat(s.get(0).words()).containsExactly("وصل", "كريم", ".", ".");
    }

    @Test
    void personTagIsReadInBothSpellings() throws Exception {
        List<TaggedSentence> s = ConllReader.read(file("سليم B-PERS\nالعلي I-PER\n"));
        assertThat(s.get(0).tags()).containsExactly("B-PER", "I-PER");
    }

    @Test
    void unknownTagStopsWithFileAndLine() throws Exception {
        Path f = file("زار O\nسليم B-PERSON\n");
        assertThatThrownBy(() -> ConllReader.read(f)).isInstanceOf(NerDataException.class)
                .hasMessageContaining(f + ":2").hasMessageContaining("unknown tag 'B-PERSON'");
    }

    @Test
    void lineWithOneFieldStopsWithFileAndLine() throws Exception {
        Path f = file("زار O\n\nسليم\n");
        assertThatThrownBy(() -> ConllReader.read(f)).isInstanceOf(NerDataException.class)
                .hasMessageContaining(f + ":3").hasMessageContaining("one field");
    }

    @Test
    void bytesThatAreNotUtf8StopWithFileAndLine() throws Exception {
        Path f = dir.resolve("latin.txt");
        Files.write(f, new byte[]{'a', ' ', 'O', '\n', (byte) 0xE9, ' ', 'O', '\n'});
        assertThatThrownBy(() -> ConllReader.read(f)).isInstanceOf(NerDataException.class)
                .hasMessageContaining("not UTF-8");
    }

    @Test
    void tokenKeepsEverythingBeforeTheTag() throws Exception {
        List<TaggedSentence> s = ConllReader.read(file("\uFEFFأبو ظبي B-LOC\n"));
        assertThat(s.get(0).words()).containsExactly("أبو ظبي");
    }
}
