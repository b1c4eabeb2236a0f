package org.marsad.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.marsad.model.RawDocument;
import org.marsad.model.ReadResult;

/**
 * Twenty-three Arabic news pages written for these tests (resources html/arabic, README there), each with the body
 * and metadata a reader expects: every expected paragraph is found, the headline, author and captions are right, and
 * most bodies come out exactly (a floor under today's count, docs/benchmarks.md).
 */
class ArabicPagesTest {
    private static Path folder() throws URISyntaxException {
        return Path.of(ArabicPagesTest.class.getResource("/html/arabic/README.md").toURI()).getParent();
    }

    static Stream<String> pages() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(folder())) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches(".*\\.html?$")).sorted().toList()
                    .stream();
        }
    }

    private static RawDocument read(String page) throws IOException, URISyntaxException {
        List<ReadResult> results = new ArrayList<>();
        try (DocumentReader reader = DocumentReader.open(List.of(folder().resolve(page).toString()),
                ReadOptions.defaults(), InputStream.nullInputStream())) {
            for (ReadResult r : reader) results.add(r);
        }
        assertThat(results).hasSize(1).first().isInstanceOf(RawDocument.class);
        return (RawDocument) results.get(0);
    }

    private static JsonNode expected(String page) throws IOException, URISyntaxException {
        return new ObjectMapper().readTree(folder().resolve(page.replaceAll("\\.html?$", "") + ".expected.json").toFile());
    }

    private static List<String> body(JsonNode expected) {
        List<String> paragraphs = new ArrayList<>();
        for (JsonNode p : expected.path("body")) paragraphs.add(p.asText());
        return paragraphs;
    }

    @ParameterizedTest
    @MethodSource("pages")
    void everyParagraphOfTheArticleIsFound(String page) throws Exception {
        assertThat(Arrays.asList(read(page).body().split("\n"))).containsSubsequence(body(expected(page)));
    }

    @ParameterizedTest
    @MethodSource("pages")
    void theHeadlineIsThePagesOwnWithoutSiteOrLabel(String page) throws Exception {
        assertThat(read(page).title()).contains(expected(page).path("headline").asText());
    }

    @ParameterizedTest
    @MethodSource("pages")
    void theAuthorIsThePagesWhenItNamesOne(String page) throws Exception {
        JsonNode author = expected(page).path("author");
        if (!author.isNull()) assertThat(read(page).author()).contains(author.asText());
    }

    @ParameterizedTest
    @MethodSource("pages")
    void theCaptionsAreThePicturesOwnWhenThePageMarksThem(String page) throws Exception {
        JsonNode captions = expected(page).path("captions");
        if (captions.isMissingNode()) return;
        List<String> expected = new ArrayList<>();
        captions.forEach(c -> expected.add(c.asText()));
        assertThat(read(page).captions()).containsExactlyElementsOf(expected);
    }

    @Test
    void mostBodiesComeOutExactlyAsExpected() throws Exception {
        int exact = 0;
        for (String page : pages().toList()) {
            if (Arrays.asList(read(page).body().split("\n")).equals(body(expected(page)))) exact++;
        }
        System.out.println("arabic pages: " + exact + " of " + pages().count() + " bodies exact");
        assertThat(exact).isGreaterThanOrEqualTo(14);
    }
}
