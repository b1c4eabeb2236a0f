package org.marsad.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class TimeEvalCommandTest {
    private static final String BODY = "قال الوزير أمس الاثنين إن المشروع سيكتمل خلال ثلاثة أشهر.";

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Marsad.commandLine(new ByteArrayInputStream(new byte[0]), out, new PrintWriter(err, true))
                .execute(args);
        return new String[] {String.valueOf(status), out.toString(), err.toString()};
    }

    private static Path gold(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data").resolve("news.json"), "[{\"url\": \"http://x/1\", \"date\": "
                + "\"2015-08-11 09:00:00\", \"content\": \"" + BODY + "\"}]", StandardCharsets.UTF_8);
        int yesterday = BODY.indexOf("أمس الاثنين"), months = BODY.indexOf("ثلاثة أشهر");
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, "{\"file\": \"news.json\", \"record\": 1, \"outlet\": \"x\", \"split\": \"dev\", "
                + "\"times\": [{\"start\": " + yesterday + ", \"end\": " + (yesterday + 11) + ", \"type\": \"DATE\", "
                + "\"value\": \"2015-08-10\"}, {\"start\": " + months + ", \"end\": " + (months + 10)
                + ", \"type\": \"DURATION\", \"value\": \"P3M\"}]}\n", StandardCharsets.UTF_8);
        return gold;
    }

    @Test
    void scoresMarsadsTimesAgainstTheGold(@TempDir Path dir) throws IOException {
        String[] result = run("eval", "times", gold(dir).toString(), "--data", dir.resolve("data").toString());
        assertThat(result[0]).isEqualTo("0");
        assertThat(result[1]).containsPattern("dev +100\\.00 +100\\.00 +100\\.00 +100\\.00 +100\\.00 2 2 2");
    }

    @Test
    void scoresAPeersFileOnTheSameWords(@TempDir Path dir) throws IOException {
        Path gold = gold(dir);
        int yesterday = BODY.indexOf("أمس");
        Path peer = dir.resolve("peer.jsonl");
        Files.writeString(peer, "{\"source\": {\"url\": \"http://x/1\"}, \"text\": \"" + BODY + "\", \"times\": "
                + "[{\"start\": " + yesterday + ", \"end\": " + (yesterday + 3) + ", \"type\": \"DATE\", "
                + "\"value\": \"2015-08-10\"}]}\n", StandardCharsets.UTF_8);
        String[] result = run("eval", "times", gold.toString(), "--data", dir.resolve("data").toString(),
                "--system", peer.toString());
        assertThat(result[0]).isEqualTo("0");
        assertThat(result[1]).containsPattern("dev +100\\.00 +50\\.00 +66\\.67 +0\\.00 +100\\.00 1 1 2");
    }

    @Test
    void listsWhatThePeerMissedWithItsWords(@TempDir Path dir) throws IOException {
        Path gold = gold(dir);
        Path peer = dir.resolve("peer.jsonl");
        Files.writeString(peer, "{\"source\": {\"url\": \"http://x/1\"}, \"text\": \"" + BODY + "\", \"times\": []}\n",
                StandardCharsets.UTF_8);
        String[] result = run("eval", "times", gold.toString(), "--data", dir.resolve("data").toString(),
                "--system", peer.toString(), "--errors");
        assertThat(result[1]).contains("missed\t2015-08-10\t-\tأمس الاثنين").contains("missed\tP3M\t-\tثلاثة أشهر");
    }

    @Test
    void printsTheScoresAsJson(@TempDir Path dir) throws IOException {
        String[] result = run("eval", "times", gold(dir).toString(), "--data", dir.resolve("data").toString(), "--json");
        assertThat(result[0]).isEqualTo("0");
        assertThat(result[1]).contains("\"dev\":{\"precision\":1.0,\"recall\":1.0,\"f1\":1.0");
    }

    @Test
    void poolsSeveralGoldFiles(@TempDir Path dir) throws IOException {
        Path gold = gold(dir);
        Path again = dir.resolve("again.jsonl");
        Files.writeString(again, Files.readString(gold).replace("\"dev\"", "\"test\""), StandardCharsets.UTF_8);
        String[] result = run("eval", "times", gold.toString(), again.toString(), "--data", dir.resolve("data").toString());
        assertThat(result[1]).containsPattern("all +100\\.00 +100\\.00 +100\\.00 +100\\.00 +100\\.00 4 4 4");
    }
}
