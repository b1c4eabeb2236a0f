package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code marsad eval quotes} on a data file and gold set written here: one article, two gold quotes. */
class QuoteEvalCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BODY = "قال الوزير خالد العمري إن الميزانية ستسجل فائضا هذا العام. "
            + "وأضاف: \"سنواصل دعم المشاريع الكبرى في كل المناطق\".";

    record Run(int status, String out, String err) {
    }

    @TempDir
    Path dir;
    Path gold;

    static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int status = Marsad.commandLine(new ByteArrayInputStream(new byte[0]), out, new PrintWriter(err, true))
                .execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    private static String span(String part) {
        int start = BODY.indexOf(part);
        return "{\"start\": " + start + ", \"end\": " + (start + part.length()) + "}";
    }

    @BeforeEach
    void writeDataAndGold() throws IOException {
        Files.createDirectories(dir.resolve("news"));
        Files.writeString(dir.resolve("news/day.json"), JSON.writeValueAsString(JSON.createArrayNode()
                .add(JSON.createObjectNode().put("title", "الميزانية").put("content", BODY).put("source", "paper"))));
        String indirect = "الميزانية ستسجل فائضا هذا العام";
        String direct = "سنواصل دعم المشاريع الكبرى في كل المناطق";
        int i = BODY.indexOf(indirect), d = BODY.indexOf(direct);
        gold = Files.writeString(dir.resolve("gold.jsonl"), "{\"file\": \"news/day.json\", \"record\": 1, "
                + "\"outlet\": \"paper\", \"split\": \"dev\", \"quotes\": ["
                + "{\"kind\": \"indirect\", \"start\": " + i + ", \"end\": " + (i + indirect.length())
                + ", \"cue\": " + span("قال") + ", \"speaker\": " + span("خالد العمري")
                + ", \"speakerKind\": \"named\", \"source\": null, \"implicit\": false},"
                + "{\"kind\": \"direct\", \"start\": " + d + ", \"end\": " + (d + direct.length())
                + ", \"cue\": " + span("وأضاف") + ", \"speaker\": " + span("خالد العمري")
                + ", \"speakerKind\": \"named\", \"source\": null, \"implicit\": true}]}\n");
    }

    @Test
    void tablePrintsEveryGroupAndKind() {
        Run run = run("eval", "quotes", gold.toString(), "--data", dir.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("1 articles, 2 quotes");
        assertThat(run.out()).containsPattern("(?m)^dev +direct +100\\.00 +100\\.00 +100\\.00 +100\\.00 +1 +1 +1$");
        assertThat(run.out()).containsPattern("(?m)^outlet paper +indirect +100\\.00 +100\\.00 +100\\.00 +100\\.00");
    }

    @Test
    void jsonHasTheScoresOfEachGroup() throws IOException {
        Run run = run("eval", "quotes", gold.toString(), "--data", dir.toString(), "--json");
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode all = JSON.readTree(run.out()).get("groups").get("all");
        assertThat(all.get("indirect").get("f1").asDouble()).isEqualTo(1.0);
        assertThat(all.get("direct").get("speakerAccuracy").asDouble()).isEqualTo(1.0);
    }

    @Test
    void missingDataFileIsAnErrorThatNamesIt() {
        Run run = run("eval", "quotes", gold.toString(), "--data", dir.resolve("nowhere").toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("nowhere").contains("data file is not there");
    }

    @Test
    void goldSpanOutsideTheBodyIsReportedWithItsArticle() throws IOException {
        Files.writeString(gold, Files.readString(gold).replaceFirst("\"end\": \\d+", "\"end\": 99999"));
        Run run = run("eval", "quotes", gold.toString(), "--data", dir.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("news/day.json#1").contains("not inside the body");
    }

    @Test
    void malformedGoldIsAnErrorWithItsLine() throws IOException {
        Files.writeString(gold, "{\"file\": 3}\n");
        Run run = run("eval", "quotes", gold.toString(), "--data", dir.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("gold.jsonl:1");
    }
}
