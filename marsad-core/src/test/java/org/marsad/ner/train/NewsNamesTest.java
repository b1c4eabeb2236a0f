package org.marsad.ner.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsNamesTest {
    private static final String TITLE = "أمطار غزيرة على أبها";
    private static final String BODY =
            "زار وفد من الهلال الأحمر مدينة أبها، ثم التقى بمحمد العتيبي. وغادر مساء الخميس.";

    @TempDir
    Path data;

    @BeforeEach
    void writeOneDay() throws Exception {
        Files.createDirectories(data.resolve("news"));
        Files.writeString(data.resolve("news/day.json"), "[{\"title\": \"" + TITLE + "\", \"source\": \"test\", "
                + "\"content\": \"" + BODY + "\"}]", StandardCharsets.UTF_8);
    }

    private Path labels(String sentences, String entities) throws Exception {
        Path file = data.resolve("names.jsonl");
        Files.writeString(file, "{\"file\": \"news/day.json\", \"record\": 1, \"sentences\": [" + sentences
                + "], \"entities\": [" + entities + "]}\n", StandardCharsets.UTF_8);
        return file;
    }

    private static String span(String field, String text, String of, String type) {
        int start = text.indexOf(of);
        return "{\"field\": \"" + field + "\", \"start\": " + start + ", \"end\": " + (start + of.length())
                + (type == null ? "" : ", \"type\": \"" + type + "\"") + "}";
    }

    private static String firstSentence() {
        return span("body", BODY, BODY.substring(0, BODY.indexOf('.') + 1), null);
    }

    @Test
    void aLabelledSentenceIsCutIntoWordsAsAnercorpIsWithPunctuationApartAndCliticsKept() throws Exception {
        List<TaggedSentence> read = NewsNames.read(labels(firstSentence(), ""), data);

        assertThat(read).hasSize(1);
        assertThat(read.get(0).words()).containsExactly("زار", "وفد", "من", "الهلال", "الأحمر", "مدينة", "أبها", "،",
                "ثم", "التقى", "بمحمد", "العتيبي", ".");
        assertThat(read.get(0).tags()).containsOnly("O");
    }

    @Test
    void namesBecomeBioTagsOverTheirWordsIncludingACliticOnTheFirstWord() throws Exception {
        String names = String.join(", ", span("body", BODY, "الهلال الأحمر", "ORG"),
                span("body", BODY, "أبها", "LOC"), span("body", BODY, "بمحمد العتيبي", "PERS"));

        TaggedSentence sentence = NewsNames.read(labels(firstSentence(), names), data).get(0);

        assertThat(sentence.tags()).containsExactly("O", "O", "O", "B-ORG", "I-ORG", "O", "B-LOC", "O", "O", "O",
                "B-PER", "I-PER", "O");
    }

    @Test
    void aTitleIsReadFromTheRecordsTitleField() throws Exception {
        TaggedSentence sentence = NewsNames.read(labels(span("title", TITLE, TITLE, null),
                span("title", TITLE, "أبها", "LOC")), data).get(0);

        assertThat(sentence.words()).containsExactly("أمطار", "غزيرة", "على", "أبها");
        assertThat(sentence.tags()).containsExactly("O", "O", "O", "B-LOC");
    }

    @Test
    void aNameThatCutsAWordStopsReadingWithTheLine() throws Exception {
        Path file = labels(firstSentence(), span("body", BODY, "محمد العتيبي", "PERS"));

        assertThatThrownBy(() -> NewsNames.read(file, data)).isInstanceOf(NerDataException.class)
                .hasMessageContaining("names.jsonl:1").hasMessageContaining("word bounds");
    }

    @Test
    void aNameOutsideEveryLabelledSentenceIsAnError() throws Exception {
        Path file = labels(firstSentence(), span("body", BODY, "الخميس", "MISC"));

        assertThatThrownBy(() -> NewsNames.read(file, data)).isInstanceOf(NerDataException.class)
                .hasMessageContaining("none of the record's sentences");
    }

    @Test
    void aRecordTheDataFileDoesNotHoldIsNamed() throws Exception {
        Path file = data.resolve("names.jsonl");
        Files.writeString(file, "{\"file\": \"news/day.json\", \"record\": 7, \"sentences\": [" + firstSentence()
                + "], \"entities\": []}\n");

        assertThatThrownBy(() -> NewsNames.read(file, data)).isInstanceOf(NerDataException.class)
                .hasMessageContaining("has no record 7");
    }

    @Test
    void aDecimalNumberIsOneWordAsInAnercorp() throws Exception {
        String body = "ارتفع المؤشر 2.5 في المئة.";
        Files.writeString(data.resolve("news/day.json"), "[{\"title\": \"\", \"content\": \"" + body + "\"}]",
                StandardCharsets.UTF_8);

        List<TaggedSentence> read = NewsNames.read(labels(span("body", body, body, null), ""), data);

        assertThat(read.get(0).words()).containsExactly("ارتفع", "المؤشر", "2.5", "في", "المئة", ".");
    }

    @Test
    void overlappingNamesAreAnErrorThatNamesBoth() throws Exception {
        Path file = labels(firstSentence(), String.join(", ", span("body", BODY, "الهلال الأحمر", "ORG"),
                span("body", BODY, "الأحمر", "MISC")));

        assertThatThrownBy(() -> NewsNames.read(file, data)).isInstanceOf(NerDataException.class)
                .hasMessageContaining("the names at body").hasMessageContaining("overlap");
    }

    @Test
    void aSentenceThatCutsAWordIsAnError() throws Exception {
        Path file = labels("{\"field\": \"body\", \"start\": 1, \"end\": 6}", "");

        assertThatThrownBy(() -> NewsNames.read(file, data)).isInstanceOf(NerDataException.class)
                .hasMessageContaining("sentence body 1–6").hasMessageContaining("word bounds");
    }

    @Test
    void aLineThatLabelsNoSentenceIsAnError() throws Exception {
        Path file = labels("", "");

        assertThatThrownBy(() -> NewsNames.read(file, data)).isInstanceOf(NerDataException.class)
                .hasMessageContaining("no sentences labelled");
    }

    @Test
    void aSentenceInTheTitleOfARecordWithoutOneIsNamed() throws Exception {
        Files.writeString(data.resolve("news/day.json"), "[{\"content\": \"" + BODY + "\"}]", StandardCharsets.UTF_8);
        Path file = labels("{\"field\": \"title\", \"start\": 0, \"end\": 3}", "");

        assertThatThrownBy(() -> NewsNames.read(file, data)).isInstanceOf(NerDataException.class)
                .hasMessageContaining("record 1 has no title");
    }

    @Test
    void aSentencePastTheEndOfItsFieldIsAnError() throws Exception {
        Path file = labels("{\"field\": \"body\", \"start\": 0, \"end\": 500}", "");

        assertThatThrownBy(() -> NewsNames.read(file, data)).isInstanceOf(NerDataException.class)
                .hasMessageContaining("runs past the body");
    }

    @Test
    void aSpanWithoutItsFieldIsAnError() throws Exception {
        Path file = labels("{\"start\": 0, \"end\": 3}", "");

        assertThatThrownBy(() -> NewsNames.read(file, data)).isInstanceOf(NerDataException.class)
                .hasMessageContaining("field must be title or body");
    }

    @Test
    void anUnknownTypeIsAnError() throws Exception {
        Path file = labels(firstSentence(), span("body", BODY, "أبها", "DATE"));

        assertThatThrownBy(() -> NewsNames.read(file, data)).isInstanceOf(NerDataException.class)
                .hasMessageContaining("unknown type");
    }
}
