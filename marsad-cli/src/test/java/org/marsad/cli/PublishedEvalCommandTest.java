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

class PublishedEvalCommandTest {

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Marsad.commandLine(new ByteArrayInputStream(new byte[0]), out, new PrintWriter(err, true))
                .execute(args);
        return new String[] {String.valueOf(status), out.toString(), err.toString()};
    }

    @Test
    void countsTheInferredDaysAgainstTheHiddenOnes(@TempDir Path dir) throws IOException {
        Path news = dir.resolve("news.jsonl");
        Files.writeString(news, """
                {"date": "2022-12-27 10:00:00", "content": "أعلنت الوزارة اليوم الثلاثاء أن المعرض يقام يومي 26 و27 ديسمبر الجاري، ثم سيعود المعرض عام 2023."}
                {"date": "2015-08-10 10:00:00", "content": "قال الوزير إن العمل مستمر في المشروع."}
                {"content": "خبر بلا تاريخ عن افتتاح المعرض."}
                """, StandardCharsets.UTF_8);
        String[] result = run("eval", "published", news.toString());
        assertThat(result[0]).isEqualTo("0");
        assertThat(result[1]).contains("2 dated records", "1 records without a date not scored");
        assertThat(result[1]).containsPattern("exact +1 ").containsPattern("withheld +1 ").containsPattern("wrong +0 ");
    }

    @Test
    void noDatedRecordIsAFailure(@TempDir Path dir) throws IOException {
        Path news = dir.resolve("undated.jsonl");
        Files.writeString(news, "{\"content\": \"خبر بلا تاريخ.\"}\n", StandardCharsets.UTF_8);
        assertThat(run("eval", "published", news.toString())[0]).isEqualTo("1");
    }
}
