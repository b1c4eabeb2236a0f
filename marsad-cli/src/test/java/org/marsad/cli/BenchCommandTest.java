package org.marsad.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class BenchCommandTest {

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Marsad.commandLine(new ByteArrayInputStream(new byte[0]), out, new PrintWriter(err, true))
                .execute(args);
        return new String[] {String.valueOf(status), out.toString(), err.toString()};
    }

    @Test
    void benchPrintsBothContendersAndTheirRatioOnTheSameInput() {
        Path examples = Path.of("..", "examples", "two-outlets.jsonl");
        String[] result = run("bench", "--input", examples.toString(), "--rounds", "1", "--warmup", "0");
        assertThat(result[0]).isEqualTo("0");
        assertThat(result[1]).contains("marsad clean+normalise+sentences+tokens", "lucene ArabicAnalyzer token stream",
                "ratio marsad/lucene, 1 thread:", "2 articles");
    }

    @Test
    void benchWithoutItsInputIsAUsageError() {
        String[] result = run("bench", "--input", "no/such/file.json");
        assertThat(result[0]).isEqualTo("2");
        assertThat(result[2]).contains("bench input not found");
    }
}
