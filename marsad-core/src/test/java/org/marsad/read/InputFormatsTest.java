package org.marsad.read;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

class InputFormatsTest {

    private static Input stream(String content) {
        return stream(content.getBytes(StandardCharsets.UTF_8));
    }

    private static Input stream(byte[] bytes) {
        return new Input("-", OptionalLong.empty(), new ByteArrayInputStream(bytes), TextDecoder.detecting());
    }

    private static String recognised(String content) throws IOException {
        try (Input input = stream(content)) {
            return InputFormats.recognise(input).name();
        }
    }

    @Test
    void formatsAreNamedAsSourceFormatPrintsThem() {
        assertThat(InputFormats.all()).map(InputFormat::name).containsExactly("warc", "feed", "json-lines", "json", "trec", "html", "text");
    }

    @Test
    void formatIsFoundByItsName() {
        assertThat(InputFormats.named("json-lines")).containsInstanceOf(JsonLinesFormat.class);
        assertThat(InputFormats.named("JSON")).isEmpty();
    }

    @Test
    void fileNameIsClaimedByItsExtensionIgnoringCase() {
        assertThat(InputFormats.forFileName("akhbar/2015.JSON").name()).isEqualTo(JsonFormat.NAME);
        assertThat(InputFormats.forFileName("feed.jsonl").name()).isEqualTo(JsonLinesFormat.NAME);
        assertThat(InputFormats.forFileName("feed.NDJSON").name()).isEqualTo(JsonLinesFormat.NAME);
        assertThat(InputFormats.forFileName("khabar.txt").name()).isEqualTo(TextFormat.NAME);
    }

    @Test
    void fileNameNoFormatClaimsIsPlainText() {
        assertThat(InputFormats.forFileName("khabar").name()).isEqualTo(TextFormat.NAME);
        assertThat(InputFormats.forFileName("notes.md").name()).isEqualTo(TextFormat.NAME);
    }

    @Test
    void streamIsRecognisedFromItsHead() throws IOException {
        assertThat(recognised(" [{\"text\": \"خبر\"}]")).isEqualTo(JsonFormat.NAME);
        assertThat(recognised("{\"text\": \"خبر\"}\n{\"text\": \"آخر\"}\n")).isEqualTo(JsonLinesFormat.NAME);
        assertThat(recognised("{\n  \"text\": \"خبر\"\n}\n")).isEqualTo(JsonFormat.NAME);
        assertThat(recognised("خبر عاجل من الرياض")).isEqualTo(TextFormat.NAME);
        assertThat(recognised("<DOC>\n<DOCNO>1</DOCNO>\n<TEXT>خبر</TEXT>\n</DOC>\n")).isEqualTo(TrecFormat.NAME);
    }

    @Test
    void streamWhoseHeadIsNoTextIsLeftToPlainText() throws IOException {
        try (Input input = stream(new byte[] {'[', 0, 0, 1})) {
            assertThat(InputFormats.recognise(input).name()).isEqualTo(TextFormat.NAME);
            assertThat(input.headText()).isEmpty();
        }
    }

    @Test
    void streamStillStartsAtItsFirstByteAfterItsHeadWasRead() throws IOException {
        try (Input input = stream("[{\"text\": \"خبر\"}]")) {
            assertThat(input.headText()).isEqualTo(Optional.of("[{\"text\": \"خبر\"}]"));
            assertThat(new String(input.stream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("[{\"text\": \"خبر\"}]");
        }
    }
}
