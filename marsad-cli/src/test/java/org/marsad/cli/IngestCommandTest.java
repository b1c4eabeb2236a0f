package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.search.store.ArticleStore;

class IngestCommandTest {
    private static final String[] CITIES = {"الرياض", "جدة", "الدمام", "تبوك", "أبها", "حائل", "جازان", "نجران"};
    private static final String[] WORKS = {"طريقا سريعا", "مستشفى عاما", "جسرا معلقا", "مدرسة ثانوية", "حديقة عامة",
            "محطة للقطار", "سوقا شعبية", "مكتبة عامة"};

    @TempDir
    Path dir;

    /** A feed of {@code n} distinct articles, each written for this test from a few words and its number. */
    private Path feed(int n) throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String city = CITIES[i % CITIES.length], work = WORKS[(i / CITIES.length) % WORKS.length];
            String body = "افتتح أمير المنطقة " + work + " في " + city + " ضمن المشروع رقم " + i
                    + "، بتكلفة بلغت " + (i * 7 + 3) + " مليون ريال.\\nوقال مدير المشروع إن العمل استغرق " + (i % 11 + 2)
                    + " شهرا، وإن المنشأة تخدم سكان " + city + " والقرى المجاورة.";
            lines.append("{\"title\": \"افتتاح ").append(work).append(" في ").append(city).append(" رقم ").append(i)
                    .append("\", \"source\": \"صحيفة الاختبار\", \"date\": \"2015-08-").append(10 + i % 9)
                    .append("\", \"content\": \"").append(body).append("\"}\n");
        }
        Path file = dir.resolve("feed.jsonl");
        Files.writeString(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void ingestingTheSameInputAgainAddsNothing() throws Exception {
        Path feed = feed(20);
        Path data = dir.resolve("data");
        CommandRun first = CommandRun.of("ingest", "--no-progress", "--data", data.toString(), feed.toString());
        assertThat(first.status()).isZero();
        assertThat(first.out()).contains("20 articles added");
        CommandRun again = CommandRun.of("ingest", "--no-progress", "--data", data.toString(), feed.toString());
        assertThat(again.out()).contains("0 articles added, 0 new sources of stored articles, 20 already stored");
        assertThat(ArticleStore.committedSize(data)).isEqualTo(20);
    }

    @Test
    void aDataFolderAnotherProcessHoldsIsAClearErrorNotACorruptIndex() throws Exception {
        Path data = dir.resolve("data");
        try (ArticleStore held = ArticleStore.open(data)) {
            CommandRun run = CommandRun.of("ingest", "--no-progress", "--data", data.toString(), feed(3).toString());
            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err()).contains("in use by another Marsad process");
        }
    }

    @Test
    void anIngestKilledAfterACommitLosesNothingCommittedAndARestartDuplicatesNothing() throws Exception {
        int articles = 800;
        Path feed = feed(articles);
        Path data = dir.resolve("data");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                Marsad.class.getName(), "ingest", "--no-progress", "--no-site-templates", "--threads", "1",
                "--commit-every", "10", "--data", data.toString(), feed.toString()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile()).start();
        int committedBeforeKill = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (committedBeforeKill == 0 && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            committedBeforeKill = committed(data);
        }
        assertThat(child.isAlive()).as("the child was still ingesting when killed; its log: %s",
                dir.resolve("child.log")).isTrue();
        child.destroyForcibly(); // SIGKILL: no shutdown hook, no closing commit
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        int afterKill = ArticleStore.committedSize(data);
        assertThat(afterKill).isGreaterThanOrEqualTo(committedBeforeKill).isLessThan(articles);

        CommandRun restart = CommandRun.of("ingest", "--no-progress", "--data", data.toString(), feed.toString());
        assertThat(restart.status()).isZero();
        assertThat(restart.out()).contains((articles - afterKill) + " articles added")
                .contains(afterKill + " already stored");
        assertThat(ArticleStore.committedSize(data)).isEqualTo(articles);
    }

    /** How many articles the last commit of a folder holds; none while there is no commit yet. */
    private static int committed(Path data) {
        try {
            return org.marsad.search.store.DataFolder.holdsStore(data) ? ArticleStore.committedSize(data) : 0;
        } catch (Exception noCommitYet) {
            return 0;
        }
    }
}
