package org.marsad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.ner.NerModel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class NerEvalCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TYPES = List.of("PER", "LOC", "ORG", "MISC");

    @TempDir
    static Path shared;
    static Path trainFile;
    static Path model;

    @TempDir
    Path dir;

    @BeforeAll
    static void trainOnce() throws IOException {
        trainFile = NerFixtures.writeTraining(shared);
        model = shared.resolve("model.bin");
        CommandRun run = CommandRun.of("ner", "train", trainFile.toString(), "--out", model.toString(), "--data",
                NerFixtures.writeDataFolder(shared).toString(), "--epochs", "3");
        assertThat(run.status()).as(run.err()).isZero();
    }

    @Test
    void trainedModelIsLoadedAndScoredPerTypeAndOverall() {
        CommandRun run = CommandRun.of("ner", "eval", trainFile.toString(), "--model", model.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("10 sentences", "tokens/s");
        for (String type : TYPES) assertThat(run.out()).containsPattern("(?m)^marsad +" + type + " +\\d");
        // the gold column of the micro row counts the entities of the file
        assertThat(run.out()).containsPattern("(?m)^marsad +micro .* " + NerFixtures.TRAINING_ENTITIES + "$");
    }

    @Test
    void taggedFileHasEveryTokenWithItsGoldAndTaggedLabel() throws IOException {
        Path tagged = dir.resolve("tagged.txt");
        CommandRun run = CommandRun.of("ner", "eval", trainFile.toString(), "--model", model.toString(), "--tagged", tagged.toString());
        assertThat(run.status()).as(run.err()).isZero();
        List<String> lines = Files.readAllLines(tagged);
        assertThat(lines.stream().filter(l -> !l.isEmpty())).hasSize(NerFixtures.trainingTokens())
                .allMatch(l -> l.matches("\\S+ (O|[BI]-(PER|LOC|ORG|MISC)) (O|[BI]-(PER|LOC|ORG|MISC))"));
        assertThat(lines).filteredOn(String::isEmpty).hasSize(NerFixtures.TRAINING.size());
        assertThat(lines.get(1)).startsWith("الرئيس O ");
        assertThat(lines.get(2)).startsWith("كريم B-PER ");
    }

    @Test
    void jsonIsOneObjectWithTheDocumentedKeys() throws IOException {
        CommandRun run = CommandRun.of("ner", "eval", trainFile.toString(), "--model", model.toString(), "--json");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out().strip().lines()).hasSize(1);
        JsonNode result = JSON.readTree(run.out());
        assertEvaluationShape(result);
        assertThat(result.has("peer")).isFalse();
        assertThat(result.get("tokens").asLong()).isEqualTo(NerFixtures.trainingTokens());
    }

    private static void assertEvaluationShape(JsonNode node) {
        assertScoreShape(node.get("micro"));
        assertThat(node.get("types").fieldNames()).toIterable().containsExactlyElementsOf(TYPES);
        for (String type : TYPES) assertScoreShape(node.get("types").get(type));
        assertThat(node.get("tokens").isIntegralNumber()).isTrue();
        assertThat(node.get("tokensPerSecond").asDouble()).isPositive();
    }

    private static void assertScoreShape(JsonNode score) {
        assertThat(score.fieldNames()).toIterable().containsExactly("precision", "recall", "f1");
        score.elements().forEachRemaining(value -> assertThat(value.asDouble()).isBetween(0.0, 100.0));
    }

    @Test
    void peerIsTrainedAndPrintedBesideOurs() {
        CommandRun run = CommandRun.of("ner", "eval", trainFile.toString(), "--model", model.toString(), "--peer-train",
                trainFile.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).contains("training the peer", "peer trained in");
        for (String type : List.of("PER", "LOC", "ORG", "MISC", "micro")) {
            assertThat(run.out()).containsPattern("(?m)^marsad +" + type + " ")
                    .containsPattern("(?m)^opennlp NameFinderME +" + type + " ");
        }
        assertThat(run.out()).containsPattern("(?m)^opennlp NameFinderME +micro .* "
                + NerFixtures.TRAINING_ENTITIES + "$");
        assertThat(run.out())
                .containsPattern("(?m)^opennlp NameFinderME +" + NerFixtures.trainingTokens() + " +\\d+$");
    }

    @Test
    void peerInJsonHasItsNameAndTheSameShape() throws IOException {
        CommandRun run = CommandRun.of("ner", "eval", trainFile.toString(), "--model", model.toString(), "--peer-train",
                trainFile.toString(), "--peer-clear-every", "0", "--json");
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode peer = JSON.readTree(run.out()).get("peer");
        assertThat(peer.get("name").asText()).isEqualTo("opennlp NameFinderME");
        assertEvaluationShape(peer);
    }

    @Test
    void goldInAnotherSchemeScoresAsItsBioReadingAndSaysWhatItReadAsOutside() throws IOException {
        Path bio = NerFixtures.write(dir.resolve("bio.txt"), "-DOCSTART- O\n\n"
                + "زار O\nكريم B-PER\nالعلي I-PER\nمدينة O\nحمص B-LOC\nأمس O\n\n-DOCSTART- O\n\n"
                + "عاد O\nإلى O\nبيروت B-LOC\n");
        Path bioes = NerFixtures.write(dir.resolve("bioes.txt"), "-DOCSTART- O\n\n"
                + "زار O\nكريم B-PERSON\nالعلي E-PERSON\nمدينة O\nحمص S-GPE\nأمس S-DATE\n\n-DOCSTART- O\n\n"
                + "عاد O\nإلى O\nبيروت S-GPE\n");
        CommandRun plain = CommandRun.of("ner", "eval", bio.toString(), "--model", model.toString(), "--json");
        CommandRun other = CommandRun.of("ner", "eval", bioes.toString(), "--model", model.toString(), "--json");
        assertThat(other.status()).as(other.err()).isZero();
        assertThat(other.err()).contains("tags of types Marsad does not tag, read as O: DATE 1 token");
        JsonNode plainJson = JSON.readTree(plain.out()), otherJson = JSON.readTree(other.out());
        assertThat(otherJson.get("types")).isEqualTo(plainJson.get("types"));
        assertThat(otherJson.get("micro")).isEqualTo(plainJson.get("micro"));
        assertThat(otherJson.get("otherTypeTokens").get("DATE").asInt()).isEqualTo(1);
        assertThat(CommandRun.of("ner", "eval", bioes.toString(), "--model", model.toString()).out())
                .contains("2 sentences", "2 documents");
    }

    @Test
    void malformedPeerTrainingFileStopsWithFileAndLine() throws IOException {
        Path bad = NerFixtures.write(dir.resolve("bad.txt"), "وصل O\nالوزير X-LOC\n");
        CommandRun run = CommandRun.of("ner", "eval", trainFile.toString(), "--model", model.toString(), "--peer-train",
                bad.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith("marsad: " + bad + ":2: unknown tag 'X-LOC'");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void malformedGoldStopsWithFileAndLine() throws IOException {
        Path gold = NerFixtures.write(dir.resolve("gold.txt"), "وصل O\n\nالوزير\n");
        CommandRun run = CommandRun.of("ner", "eval", gold.toString(), "--model", model.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith("marsad: " + gold + ":3: expected 'TOKEN TAG'");
    }

    @Test
    void missingModelFileIsAClearError() {
        Path nowhere = dir.resolve("nowhere.bin");
        CommandRun run = CommandRun.of("ner", "eval", trainFile.toString(), "--model", nowhere.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("marsad: " + nowhere + ": no such model file\n");
    }

    @Test
    void truncatedModelFileIsReportedAsTruncated() throws IOException {
        byte[] whole = Files.readAllBytes(model);
        Path half = Files.write(dir.resolve("half.bin"), Arrays.copyOf(whole, whole.length / 2));
        CommandRun run = CommandRun.of("ner", "eval", trainFile.toString(), "--model", half.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith("marsad: " + half + ": ").contains("truncated");
    }

    @Test
    void randomBytesAreNotAMarsadModel() throws IOException {
        byte[] noise = new byte[4096];
        new Random(11).nextBytes(noise);
        Path file = Files.write(dir.resolve("noise.bin"), noise);
        CommandRun run = CommandRun.of("ner", "eval", trainFile.toString(), "--model", file.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("marsad: " + file + ": not a Marsad NER model\n");
    }

    @Test
    void withoutModelTheShippedOneIsUsedOrItsAbsenceIsExplained() {
        boolean shipped = NerModel.class.getResource("ner-model.bin") != null;
        CommandRun run = CommandRun.of("ner", "eval", trainFile.toString());
        if (shipped) {
            assertThat(run.status()).as(run.err()).isZero();
            assertThat(run.out()).contains("model: shipped");
        } else {
            assertThat(run.status()).isEqualTo(1);
            assertThat(run.err()).startsWith("marsad: this build of Marsad has no shipped NER model");
        }
    }

    @Test
    void missingGoldFileIsNamed() {
        Path nowhere = dir.resolve("no-gold.txt");
        CommandRun run = CommandRun.of("ner", "eval", nowhere.toString(), "--model", model.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith("marsad: " + nowhere + ": no such file");
    }
}
