package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code marsad eval entities} on a data file and gold set written here: one article, two gold names. */
class EntityEvalCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BODY = "قال الوزير خالد العمري في الرياض إن الميزانية ستسجل فائضا هذا العام.";

    @TempDir
    Path dir;
    Path gold;

    private static String entity(String part, String type) {
        int start = BODY.indexOf(part);
        return "{\"field\": \"body\", \"start\": " + start + ", \"end\": " + (start + part.length()) + ", \"type\": \""
                + type + "\"}";
    }

    @BeforeEach
    void writeDataAndGold() throws IOException {
        Files.createDirectories(dir.resolve("news"));
        Files.writeString(dir.resolve("news/day.json"), JSON.writeValueAsString(JSON.createArrayNode()
                .add(JSON.createObjectNode().put("title", "الميزانية").put("content", BODY).put("source", "paper"))));
        gold = Files.writeString(dir.resolve("gold.jsonl"), "{\"file\": \"news/day.json\", \"record\": 1, "
                + "\"outlet\": \"paper\", \"split\": \"dev\", \"entities\": [" + entity("خالد العمري", "PER") + ", "
                + entity("الرياض", "LOC") + "]}\n");
    }

    @Test
    void tablePrintsTheDevelopmentSplitPerMeasureAndType() {
        CommandRun run = CommandRun.of("eval", "entities", gold.toString(), "--data", dir.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("(?m)^dev +exact +PER +1 +0 +0 +100\\.0 +100\\.0 +100\\.0$");
    }

    @Test
    void aModelFileThatIsNoModelIsRefusedWithItsName() throws IOException {
        Path notAModel = Files.writeString(dir.resolve("model.bin"), "not a model");
        CommandRun run = CommandRun.of("eval", "entities", gold.toString(), "--data", dir.toString(), "--model",
                notAModel.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("model.bin");
    }
}
