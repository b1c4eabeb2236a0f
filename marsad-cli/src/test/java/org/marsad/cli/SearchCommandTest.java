package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchCommandTest {
    @TempDir
    Path dir;

    private Path stored() throws Exception {
        Path feed = dir.resolve("feed.jsonl");
        Files.writeString(feed, """
                {"title": "افتتاح مكتبة عامة في حائل", "source": "صحيفة الشمال", "date": "2015-08-09", "content": "افتتح أمير منطقة حائل مكتبة عامة تضم ثلاثين ألف كتاب في وسط المدينة.\\nوقال مدير المكتبة إنها تفتح أبوابها طوال الأسبوع."}
                {"title": "ارتفاع درجات الحرارة في الأحساء", "source": "صحيفة الشرق", "date": "2015-08-10", "content": "سجلت الأحساء أمس أعلى درجة حرارة في المملكة، إذ بلغت تسعا وأربعين درجة مئوية.\\nونصحت الأرصاد السكان بتجنب الخروج وقت الظهيرة."}
                """, StandardCharsets.UTF_8);
        Path data = dir.resolve("data");
        assertThat(CommandRun.of("ingest", "--no-progress", "--data", data.toString(), feed.toString()).status()).isZero();
        return data;
    }

    @Test
    void aQueryPrintsTheArticlesFoundWithTheWordsMarked() throws Exception {
        CommandRun run = CommandRun.of("search", "--data", stored().toString(), "المكتبة");
        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("1 articles").contains("افتتاح مكتبة عامة في حائل").contains("[المكتبة]");
    }

    @Test
    void aQueryThatCannotBeReadIsAnErrorThatSaysWhy() throws Exception {
        CommandRun run = CommandRun.of("search", "--data", stored().toString(), "date:أمس");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("YYYY-MM-DD");
    }

    @Test
    void aFolderWithNothingStoredSaysHowToStoreSomething() {
        CommandRun run = CommandRun.of("search", "--data", dir.resolve("empty").toString(), "مكتبة");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("marsad ingest");
    }
}
