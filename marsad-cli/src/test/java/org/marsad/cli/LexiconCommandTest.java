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

/** The commands of {@code marsad lexicon}: what each prints and when it fails. */
class LexiconCommandTest {

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Marsad.commandLine(new ByteArrayInputStream(new byte[0]), out, new PrintWriter(err, true))
                .execute(args);
        return new String[] {String.valueOf(status), out.toString(), err.toString()};
    }

    @Test
    void familyNamesPrintsTheNamesLearnedWithHowTheListWasMadeAndReportsWhatItSkipped(@TempDir Path dir) throws IOException {
        Path news = dir.resolve("news.jsonl");
        Files.writeString(news, """
                {"content": "قال خالد بن سعد الزهراني إن الموسم بدأ، وأضاف الزهراني أن الفريق جاهز."}
                {"content": ""}
                """, StandardCharsets.UTF_8);
        String[] result = run("lexicon", "family-names", news.toString());
        assertThat(result[0]).isEqualTo("0");
        assertThat(result[1]).startsWith("# learned by: marsad lexicon family-names " + news);
        assertThat(result[1].lines().filter(l -> !l.startsWith("#"))).containsExactly("الزهراني");
        assertThat(result[2]).contains("news.jsonl#2", "1 skipped");
    }

    @Test
    void noReadableArticleIsAFailure(@TempDir Path dir) {
        String[] result = run("lexicon", "family-names", dir.resolve("missing.json").toString());
        assertThat(result[0]).isEqualTo("1");
        assertThat(result[1]).isEmpty();
    }

    @Test
    void ownLetterWordsPrintsTheWordsLearnedWithHowTheListWasMade(@TempDir Path dir) throws IOException {
        Path news = dir.resolve("news.jsonl");
        Files.writeString(news, """
                {"content": "وصل باتريك إلى الملعب، وقال باتريك إن الفريق جاهز بجدة، وفي جدة جمهور كبير."}
                """, StandardCharsets.UTF_8);
        String[] result = run("lexicon", "own-letter-words", news.toString());
        assertThat(result[0]).isEqualTo("0");
        assertThat(result[1]).startsWith("# learned by: marsad lexicon own-letter-words " + news);
        assertThat(result[1].lines().filter(l -> !l.startsWith("#"))).containsExactly("باتريك");
    }
}
