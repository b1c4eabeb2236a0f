package org.marsad.ner.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The labelled news of train/names: the articles the shipped model trains on (news-names.jsonl) and the fourth round,
 * measured and left out of it (news-names-round4.jsonl). Each is read whole from ../shared/data as training reads
 * it, and kept apart from every gold set and from the other, so that no evaluation scores articles a tagger learnt
 * from.
 */
class LabelledNewsFilesTest {
    private static final Path LABELS = Path.of("..", "train", "names", "news-names.jsonl");
    private static final Path ROUND_FOUR = Path.of("..", "train", "names", "news-names-round4.jsonl");
    private static final Path DATA = Path.of("..", "..", "shared", "data");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> records(Path jsonLines) throws IOException {
        List<String> records = new ArrayList<>();
        for (String line : Files.readAllLines(jsonLines, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            JsonNode node = JSON.readTree(line);
            records.add(node.path("file").asText() + "#" + node.path("record").asInt());
        }
        return records;
    }

    @Test
    void noLabelledArticleIsAnArticleOfAGoldSetOrLabelledTwice() throws IOException {
        List<String> labelled = new ArrayList<>(records(LABELS));
        labelled.addAll(records(ROUND_FOUR));
        assertThat(labelled).doesNotHaveDuplicates();
        List<Path> goldSets;
        try (Stream<Path> entities = Files.list(Path.of("..", "eval", "entities"));
             Stream<Path> quotes = Files.list(Path.of("..", "eval", "quotes"))) {
            goldSets = Stream.concat(entities, quotes).filter(p -> p.toString().endsWith(".jsonl")).toList();
        }
        assertThat(goldSets).hasSizeGreaterThan(3);
        for (Path gold : goldSets) assertThat(labelled).as(gold.toString()).doesNotContainAnyElementsOf(records(gold));
    }

    @Test
    void everyLabelledArticleReadsFromTheSharedData() throws Exception {
        assumeTrue(Files.isDirectory(DATA.resolve("saudinewsnet")) && Files.isDirectory(DATA.resolve("ant-corpus")),
                "../shared/data is not there");
        List<TaggedSentence> sentences = NewsNames.read(LABELS, DATA);
        assertThat(sentences).hasSize(6097);
        assertThat(sentences.stream().mapToInt(TaggedSentence::size).sum()).isEqualTo(183_405);
        List<TaggedSentence> roundFour = NewsNames.read(ROUND_FOUR, DATA);
        assertThat(roundFour).hasSize(2980);
        assertThat(roundFour.stream().mapToInt(TaggedSentence::size).sum()).isEqualTo(90_504);
    }
}
