package org.marsad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class AnalyzeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static final String ARTICLE = String.join("\n",
            "رئيس التحرير", "سلمـى الشرقاوي", "",
            "افتتاح جسر جديد على النيل| ما الجديد؟", "",
            "بدأ اليوم الخميس تشغيل الجسر الجديد الذي يربط ضفتي النهر بعد ثلاث سنوات من العمل.",
            "وقال المحافظ \"المشروع يخفف الزحام عن وسط المدينة. ونحن نخطط لجسر ثانٍ\".", "");

    @TempDir
    Path dir;

    /** What one run printed and returned. */
    record Run(int status, List<JsonNode> articles, List<String> errors) {
    }

    static Run run(byte[] stdin, String... args) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Marsad.commandLine(new ByteArrayInputStream(stdin), out, new PrintWriter(err, true))
                .execute(args);
        List<JsonNode> articles = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            if (!line.isBlank()) articles.add(JSON.readTree(line));
        }
        List<String> errors = err.toString().lines().toList();
        return new Run(status, articles, errors);
    }

    static Run run(String... args) throws IOException {
        return run(new byte[0], args);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return file;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void goodArticleIsPrintedAsOneJsonLineAndExitIsZero() throws IOException {
        Run run = run("analyze", write("good.txt", ARTICLE).toString());
        assertThat(run.status()).isZero();
        assertThat(run.articles()).singleElement().satisfies(a -> {
            assertThat(a.get("headline").asText()).isEqualTo("افتتاح جسر جديد على النيل");
            assertThat(a.get("kicker").asText()).isEqualTo("ما الجديد؟");
            assertThat(a.get("credits").get(0).get("name").asText()).isEqualTo("سلمى الشرقاوي");
            assertThat(a.get("language").asText()).isEqualTo("ar");
        });
        assertThat(run.errors()).last().asString().startsWith("marsad: 1 article analysed, 0 documents skipped");
    }

    @Test
    void emptyFileIsSkippedWithAReason() throws IOException {
        Path empty = write("empty.txt", new byte[0]);
        Run run = run("analyze", empty.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.errors()).anySatisfy(e -> assertThat(e).startsWith("marsad: skipped " + empty + ": empty"));
    }

    @Test
    void binaryFileIsSkippedWithAReason() throws IOException {
        Path binary = write("image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2});
        Run run = run("analyze", binary.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.errors()).anySatisfy(e -> assertThat(e).startsWith("marsad: skipped " + binary + ": binary"));
    }

    @Test
    void brokenUtf8IsSkippedWithTheOffset() throws IOException {
        byte[] good = ARTICLE.getBytes(StandardCharsets.UTF_8);
        byte[] broken = good.clone();
        int leadByte = 200;
        while ((broken[leadByte] & 0xC0) != 0xC0) leadByte++; // the first byte of a letter, so the error is here
        broken[leadByte] = (byte) 0xFF;
        Path file = write("broken.txt", broken);
        Run run = run("analyze", file.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.errors()).contains("marsad: skipped " + file + ": invalid UTF-8 (byte 0xFF at offset "
                + leadByte + ")");
    }

    @Test
    void persianTextIsReportedAsNotArabic() throws IOException {
        Path persian = write("persian.txt", "خبرگزاری‌ها گزارش دادند که وزیر امور خارجه امروز به پایتخت سفر کرد. "
                + "او گفت که گفتگوها درباره همکاری‌های اقتصادی و فرهنگی خواهد بود و نتیجه آن به زودی اعلام می‌شود.");
        Run run = run("analyze", persian.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.errors()).anySatisfy(e -> assertThat(e).contains("Persian (fa), not Arabic"));
    }

    @Test
    void englishTextIsReportedAsNotArabic() throws IOException {
        Path english = write("english.txt", "The minister opened the new bridge on Thursday morning. "
                + "He said that traffic in the city centre would ease within weeks.");
        Run run = run("analyze", english.toString());
        assertThat(run.errors()).anySatisfy(e -> assertThat(e).contains("English (en), not Arabic"));
    }

    @Test
    void oversizedFileIsSkippedWithoutBeingRead() throws IOException {
        Path big = dir.resolve("huge.txt");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024);
        }
        Run run = run("analyze", big.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.errors()).anySatisfy(e -> assertThat(e).contains(big.toString()).contains("limit"));
    }

    @Test
    void malformedJsonLineIsSkippedAndTheOthersAreAnalysed() throws IOException {
        String record = "{\"title\":\"افتتاح جسر جديد\",\"content\":\"بدأ اليوم تشغيل الجسر الجديد الذي يربط ضفتي "
                + "النهر بعد ثلاث سنوات من العمل المتواصل.\"}";
        Path feed = write("feed.jsonl", record + "\n{\"title\": \"مقطوع\n" + record.replace("جديد", "ثان") + "\n");
        Run run = run("analyze", feed.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.articles()).hasSize(2);
        assertThat(run.errors()).anySatisfy(e -> assertThat(e).startsWith("marsad: skipped " + feed + "#2:"));
    }

    @Test
    void directoryMixingGoodAndBadDocumentsAnalysesEveryGoodOne() throws IOException {
        write("a/good.txt", ARTICLE);
        write("a/b/also-good.txt", ARTICLE.replace("الخميس", "الجمعة"));
        write("a/empty.txt", new byte[0]);
        write("a/b/binary.txt", new byte[] {1, 0, 2, 0});
        write("a/feed.jsonl", "{\"content\": 12\n");
        Run run = run("analyze", dir.resolve("a").toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.articles()).hasSize(2);
        assertThat(run.errors()).filteredOn(e -> e.startsWith("marsad: skipped")).hasSize(3);
        assertThat(run.errors()).last().asString().startsWith("marsad: 2 articles analysed, 3 documents skipped");
    }

    @Test
    void standardInputIsReadWithDash() throws IOException {
        Run run = run(ARTICLE.getBytes(StandardCharsets.UTF_8), "analyze", "-");
        assertThat(run.status()).isZero();
        assertThat(run.articles()).hasSize(1);
    }

    @Test
    void windows1256CopyGivesTheSameArticle() throws IOException {
        Path utf8 = write("utf8/page.txt", ARTICLE);
        Path legacy = write("cp1256/page.txt", ARTICLE.getBytes(Charset.forName("windows-1256")));
        JsonNode a = run("analyze", utf8.toString()).articles().get(0);
        JsonNode b = run("analyze", legacy.toString()).articles().get(0);
        assertThat(b.get("source").get("encoding").asText()).isEqualToIgnoringCase("windows-1256");
        ((com.fasterxml.jackson.databind.node.ObjectNode) a).remove("source");
        ((com.fasterxml.jackson.databind.node.ObjectNode) b).remove("source");
        assertThat(b).isEqualTo(a);
    }

    @Test
    void windows1256CopyOfTheSeedGivesTheSameArticle() throws IOException {
        Path seed = Path.of(System.getProperty("marsad.shared", "../shared"), "seed", "000_f4ad302f398724b2.txt");
        assumeTrue(Files.isRegularFile(seed), "../shared/seed is absent");
        // windows-1256 has no Arabic percent sign (U+066A); a converter writes the ASCII one in its place
        String original = Files.readString(seed).replace('\u066A', '%');
        byte[] legacyBytes = Charset.forName("windows-1256").newEncoder()
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .encode(java.nio.CharBuffer.wrap(original)).array();
        Path utf8 = write("seed-utf8.txt", original);
        Path legacy = dir.resolve("seed-1256.txt");
        Files.write(legacy, java.util.Arrays.copyOf(legacyBytes, original.length()));
        JsonNode a = run("analyze", utf8.toString()).articles().get(0);
        JsonNode b = run("analyze", legacy.toString()).articles().get(0);
        ((com.fasterxml.jackson.databind.node.ObjectNode) a).remove("source");
        ((com.fasterxml.jackson.databind.node.ObjectNode) b).remove("source");
        assertThat(b).isEqualTo(a);
    }

    @Test
    void noPathIsAUsageError() throws IOException {
        assertThat(run("analyze").status()).isEqualTo(2);
    }

    @Test
    void unknownOptionIsAUsageError() throws IOException {
        assertThat(run("analyze", "--no-such-option", "x").status()).isEqualTo(2);
    }

    @Test
    void missingPathIsSkippedWithAReason() throws IOException {
        Run run = run("analyze", dir.resolve("nowhere.txt").toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.errors()).anySatisfy(e -> assertThat(e).contains("nowhere.txt").contains("no such file"));
    }

    @Test
    void zeroThreadsIsAUsageErrorThatNamesTheOption() throws IOException {
        Run run = run("analyze", "--threads", "0", write("good.txt", ARTICLE).toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errors()).containsExactly("marsad: --threads must be at least 1, not 0",
                "Try 'marsad analyze --help' for the options.");
        assertThat(run.articles()).isEmpty();
    }

    @Test
    void negativeThreadsIsAUsageError() throws IOException {
        Run run = run("analyze", "--threads", "-1", write("good.txt", ARTICLE).toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errors()).first().asString().isEqualTo("marsad: --threads must be at least 1, not -1");
    }

    @Test
    void zeroMaxBytesIsAUsageErrorThatNamesTheOption() throws IOException {
        Run run = run("analyze", "--max-bytes", "0", write("good.txt", ARTICLE).toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errors()).first().asString().isEqualTo("marsad: --max-bytes must be at least 1, not 0");
    }

    @Test
    void articleOverTheLimitIsSkippedWithAHintAtTheOption() throws IOException {
        Path file = write("good.txt", ARTICLE);
        Run run = run("analyze", "--max-bytes", "100", file.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.errors()).anySatisfy(e -> assertThat(e).startsWith("marsad: skipped " + file + ": file too large")
                .endsWith("limit for one article); raise the limit with --max-bytes"));
        assertThat(run.errors()).last().asString().endsWith("(too large: 1)");
    }

    @Test
    void missingModelFileIsAUsageErrorThatNamesIt() throws IOException {
        Path model = dir.resolve("no-such-model.bin");
        Run run = run("analyze", "--model", model.toString(), write("good.txt", ARTICLE).toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errors()).first().asString().isEqualTo("marsad: --model " + model + ": no such model file");
        assertThat(run.articles()).isEmpty();
    }

    @Test
    void fileThatIsNoModelIsAUsageError() throws IOException {
        Path model = write("model.bin", "ليس هذا نموذجا");
        Run run = run("analyze", "--model", model.toString(), write("good.txt", ARTICLE).toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errors()).first().asString().contains("not a Marsad NER model");
    }

    @Test
    void modelTrainedByNerTrainIsUsedForEntities() throws IOException {
        Path model = dir.resolve("tiny.bin");
        CommandRun trained = CommandRun.of("ner", "train", NerFixtures.writeTraining(dir).toString(),
                "--out", model.toString(), "--data", NerFixtures.writeDataFolder(dir).toString());
        assertThat(trained.status()).isZero();
        Path article = write("visit.txt", "زيارة\n\nاستقبل الرئيس كريم الزعبي وفدا من شركة النخيل في دمشق.\n");
        Run run = run("analyze", "--model", model.toString(), article.toString());
        assertThat(run.status()).isZero();
        assertThat(run.articles()).singleElement().satisfies(a ->
                assertThat(a.get("entities").findValuesAsText("name")).contains("كريم الزعبي"));
    }

    @Test
    void unknownCharsetIsAUsageErrorThatNamesWhatWasTyped() throws IOException {
        Run run = run("analyze", "--charset", "arabic-9", write("good.txt", ARTICLE).toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errors()).first().asString().isEqualTo("marsad: Invalid value for option '--charset': "
                + "'arabic-9' is no character encoding this Java knows (for Arabic: UTF-8, windows-1256, ISO-8859-6)");
    }

    @Test
    void theSameArticleTwiceIsWrittenOnceAndItsOtherSourceNamed() throws IOException {
        byte[] story = "افتتح محافظ جدة معرض الكتاب مساء أمس بمشاركة أربعمئة دار نشر من عشرين دولة.".getBytes(StandardCharsets.UTF_8);
        Path first = write("first.txt", story);
        Path copy = write("copy.txt", story);
        Run run = run("analyze", first.toString(), copy.toString());
        assertThat(run.status()).isEqualTo(0);
        assertThat(run.articles()).hasSize(1);
        assertThat(run.errors()).anySatisfy(e -> assertThat(e).contains("duplicate").contains("copy.txt")
                .contains("first.txt"));
    }

    @Test
    void hiddenFilesAndFilesOfOtherTypesInADirectoryArePassedOverWithoutFailing() throws IOException {
        write("story.txt", "قال رئيس البلدية إن أعمال الصيانة ستنتهي قبل نهاية الشهر الجاري.".getBytes(StandardCharsets.UTF_8));
        write(".gitkeep", new byte[0]);
        write("logo.png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0});
        Run run = run("analyze", dir.toString());
        assertThat(run.status()).isEqualTo(0);
        assertThat(run.articles()).hasSize(1);
        assertThat(run.errors()).anySatisfy(e -> assertThat(e).contains("2 passed over").contains("hidden: 1")
                .contains("unknown type: 1"));
    }

    @Test
    void linesASitePrintsAroundEveryArticleAreLearntAndTakenOff() throws IOException {
        String[] stories = {"افتتح محافظ المدينة حديقة عامة جديدة في الحي الشمالي.",
                "أعلنت البلدية عن صيانة شاملة لطرق الحي الجنوبي خلال الشهر المقبل.",
                "فاز فريق المدرسة الثانوية ببطولة المنطقة لكرة الطائرة.",
                "نظمت الجمعية الخيرية حملة للتبرع بالدم شارك فيها مئات المتطوعين.",
                "دشن مدير التعليم مبادرة لتعليم البرمجة لطلاب المرحلة المتوسطة.",
                "استقبل المستشفى العام جهازا جديدا للأشعة المقطعية.",
                "أقامت الغرفة التجارية ملتقى لرواد الأعمال الشباب.",
                "انطلقت فعاليات مهرجان التمور بمشاركة أكثر من مئة مزارع."};
        StringBuilder records = new StringBuilder("[");
        for (int i = 0; i < stories.length; i++) {
            if (i > 0) records.append(',');
            records.append("{\"title\": \"خبر رقم ").append(i + 1).append("\", \"source\": \"مثال\", \"content\": \"")
                    .append("تابعونا على تويتر وإنستغرام وسناب شات\\n").append(stories[i]).append(" وقال المسؤولون إن العمل سيستمر.")
                    .append("\\nجميع الحقوق محفوظة لموقع المثال\"}");
        }
        Path file = write("site.json", records.append(']').toString());
        Run run = run("analyze", file.toString());
        assertThat(run.articles()).hasSize(stories.length);
        for (JsonNode article : run.articles()) {
            assertThat(article.path("text").asText()).doesNotContain("تابعونا").doesNotContain("جميع الحقوق");
            assertThat(article.path("removed").toString()).contains("site-template");
        }
    }

    @Test
    void withoutLearningTheSitesLinesStayInTheText() throws IOException {
        StringBuilder records = new StringBuilder("[");
        for (int i = 0; i < 6; i++) {
            if (i > 0) records.append(',');
            records.append("{\"title\": \"خبر ").append(i).append("\", \"source\": \"مثال\", \"content\": \"")
                    .append("تابعونا على تويتر وإنستغرام وسناب شات\\nقال المتحدث إن الاجتماع رقم ").append(i)
                    .append(" انتهى بالاتفاق على خطة العمل.\"}");
        }
        Run run = run("analyze", "--no-site-templates", write("site.json", records.append(']').toString()).toString());
        assertThat(run.articles()).allSatisfy(a -> assertThat(a.path("text").asText()).contains("تابعونا"));
    }
}
