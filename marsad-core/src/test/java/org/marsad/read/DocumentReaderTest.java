package org.marsad.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Origin;
import org.marsad.model.RawDocument;
import org.marsad.model.ReadResult;
import org.marsad.model.Rejected;
import org.marsad.model.SkipKind;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentReaderTest {

    static final String STORY = "افتتح أمير المنطقة الشرقية معرض الكتاب في الدمام مساء أمس بمشاركة مئتي دار نشر.";
    static final InputStream NO_STDIN = InputStream.nullInputStream();

    @TempDir
    Path dir;

    private List<ReadResult> readAll(List<String> paths, ReadOptions options, InputStream stdin) throws IOException {
        List<ReadResult> results = new ArrayList<>();
        try (DocumentReader reader = DocumentReader.open(paths, options, stdin)) {
            for (ReadResult result : reader) results.add(result);
        }
        return results;
    }

    private List<ReadResult> read(Path... paths) throws IOException {
        return readAll(java.util.Arrays.stream(paths).map(Path::toString).toList(), ReadOptions.defaults(), NO_STDIN);
    }

    private List<ReadResult> readStdin(String input) throws IOException {
        return readAll(List.of("-"), ReadOptions.defaults(),
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    private static RawDocument document(ReadResult result) {
        assertThat(result).isInstanceOf(RawDocument.class);
        return (RawDocument) result;
    }

    private static Rejected rejected(ReadResult result) {
        assertThat(result).isInstanceOf(Rejected.class);
        return (Rejected) result;
    }

    @Test
    void plainTextFileIsOneDocument() throws IOException {
        Path file = write("story.txt", STORY + "\r\n");
        RawDocument doc = document(read(file).get(0));
        assertThat(doc.body()).isEqualTo(STORY + "\r\n");
        assertThat(doc.origin()).isEqualTo(Origin.file(file.toString(), TextFormat.NAME, "UTF-8"));
        assertThat(doc.title()).isEmpty();
    }

    @Test
    void legacyArabicTextFileRecordsItsEncoding() throws IOException {
        Path file = dir.resolve("old.txt");
        Files.write(file, TextDecoderTest.NEWS.getBytes("windows-1256"));
        RawDocument doc = document(read(file).get(0));
        assertThat(doc.body()).isEqualTo(TextDecoderTest.NEWS);
        assertThat(doc.origin().encoding()).isEqualTo("windows-1256");
    }

    @Test
    void jsonObjectIsOneRecord() throws IOException {
        Path file = write("one.json", """
                {"title": "معرض الكتاب", "url": "https://example.com/1", "date": "2015-08-10",
                 "source": "alyaum", "author": "محرر", "text": "%s"}""".formatted(STORY));
        List<ReadResult> results = read(file);
        assertThat(results).hasSize(1);
        RawDocument doc = document(results.get(0));
        assertThat(doc.body()).isEqualTo(STORY);
        assertThat(doc.title()).contains("معرض الكتاب");
        assertThat(doc.url()).contains("https://example.com/1");
        assertThat(doc.date()).contains("2015-08-10");
        assertThat(doc.site()).contains("alyaum");
        assertThat(doc.author()).contains("محرر");
        assertThat(doc.origin().record()).isEqualTo(OptionalInt.of(1));
        assertThat(doc.origin().format()).isEqualTo(JsonFormat.NAME);
    }

    @Test
    void jsonArrayYieldsEachRecordNumberedFromOne() throws IOException {
        Path file = write("many.json", """
                [ {"content": "الخبر الأول"},
                  {"content": "الخبر الثاني"},
                  {"content": "الخبر الثالث"} ]""");
        List<ReadResult> results = read(file);
        assertThat(results).map(r -> document(r).body()).containsExactly("الخبر الأول", "الخبر الثاني", "الخبر الثالث");
        assertThat(results).map(r -> document(r).origin().location())
                .containsExactly(file + "#1", file + "#2", file + "#3");
    }

    @Test
    void concatenatedJsonObjectsAreRecords() throws IOException {
        Path file = write("stream.json", "{\"text\": \"أ\"}\n{\"text\": \"ب\"}");
        assertThat(read(file)).map(r -> document(r).body()).containsExactly("أ", "ب");
    }

    @Test
    void jsonLinesMalformedLineIsRejectedAndTheRestRead() throws IOException {
        Path file = write("feed.jsonl", """
                {"text": "الخبر الأول"}
                {"text": "الخبر الثاني",
                {"text": "الخبر الثالث"}
                """);
        List<ReadResult> results = read(file);
        assertThat(results).hasSize(3);
        assertThat(document(results.get(0)).body()).isEqualTo("الخبر الأول");
        assertThat(rejected(results.get(1)).location()).isEqualTo(file + "#2");
        assertThat(rejected(results.get(1)).reason()).startsWith("malformed JSON at column");
        assertThat(document(results.get(2)).body()).isEqualTo("الخبر الثالث");
        assertThat(document(results.get(2)).origin().format()).isEqualTo(JsonLinesFormat.NAME);
    }

    @Test
    void jsonLinesRecordNumberIsTheLineNumber() throws IOException {
        Path file = write("gaps.ndjson", "{\"text\": \"أ\"}\n\n{\"text\": \"ب\"}\r\n");
        assertThat(read(file)).map(r -> document(r).origin().location()).containsExactly(file + "#1", file + "#3");
    }

    @Test
    void jsonLinesLineLongerThanAnyArticleIsSkippedUnkept() throws IOException {
        String huge = "{\"text\": \"" + "خ".repeat((int) JsonLinesReader.LINE_SLACK + 200) + "\"}";
        Path file = write("huge.jsonl", huge + "\n{\"text\": \"خبر\"}\n");
        List<ReadResult> results = readAll(List.of(file.toString()),
                ReadOptions.defaults().withMaxDocumentBytes(100), NO_STDIN);
        assertThat(rejected(results.get(0)).reason()).startsWith("line is over ");
        assertThat(document(results.get(1)).origin().location()).isEqualTo(file + "#2");
    }

    @Test
    void recordWithoutTextIsRejected() throws IOException {
        Path file = write("notext.json", "[{\"title\": \"عنوان بلا خبر\"}, {\"text\": \"  \"}, {\"text\": \"خبر\"}]");
        List<ReadResult> results = read(file);
        assertThat(results.subList(0, 2)).allSatisfy(r ->
                assertThat(rejected(r).reason()).isEqualTo(JsonRecords.NO_TEXT));
        assertThat(rejected(results.get(0)).message())
                .isEqualTo("marsad: skipped " + file + "#1: " + JsonRecords.NO_TEXT);
        assertThat(document(results.get(2)).body()).isEqualTo("خبر");
    }

    @Test
    void alternativeFieldNames() throws IOException {
        Path file = write("alt.json", """
                {"headline": "أمطار على الرياض", "published": "2015-08-11", "site": "okaz", "body": "%s"}"""
                .formatted(STORY));
        RawDocument doc = document(read(file).get(0));
        assertThat(doc.title()).contains("أمطار على الرياض");
        assertThat(doc.date()).contains("2015-08-11");
        assertThat(doc.site()).contains("okaz");
        assertThat(doc.body()).isEqualTo(STORY);
    }

    @Test
    void firstFieldNameInPriorityOrderWins() throws IOException {
        Path file = write("both.json", "{\"body\": \"الجسم\", \"content\": \"المحتوى\", \"text\": \"النص\"}");
        assertThat(document(read(file).get(0)).body()).isEqualTo("النص");
    }

    private Rejected readRecordRejected(String json) throws IOException {
        Rejected rejected = rejected(read(write("typed.json", json)).get(0));
        assertThat(rejected.kind()).isEqualTo(SkipKind.MALFORMED);
        return rejected;
    }

    @Test
    void numberInTextIsRejectedNotTurnedIntoText() throws IOException {
        assertThat(readRecordRejected("{\"text\": 12345}").reason()).isEqualTo("field \"text\" is a number, not a string");
    }

    @Test
    void booleanInTextIsRejected() throws IOException {
        assertThat(readRecordRejected("{\"text\": true}").reason()).isEqualTo("field \"text\" is a boolean, not a string");
    }

    @Test
    void arrayInTextIsRejectedNotCalledMissing() throws IOException {
        assertThat(readRecordRejected("{\"text\": [\"فقرة أولى\", \"فقرة ثانية\"]}").reason())
                .isEqualTo("field \"text\" is an array, not a string");
    }

    @Test
    void objectInTextIsRejected() throws IOException {
        assertThat(readRecordRejected("{\"text\": {\"ar\": \"خبر\"}}").reason())
                .isEqualTo("field \"text\" is an object, not a string");
    }

    @Test
    void arrayTitleIsRejectedNotDropped() throws IOException {
        assertThat(readRecordRejected("{\"title\": [\"عنوان\", \"فرعي\"], \"text\": \"خبر\"}").reason())
                .isEqualTo("field \"title\" is an array, not a string");
    }

    @Test
    void wrongTypeNamesTheFieldAsWritten() throws IOException {
        assertThat(readRecordRejected("{\"text\": \"خبر\", \"Published\": 2015}").reason())
                .isEqualTo("field \"Published\" is a number, not a string");
    }

    @Test
    void unrecognisedFieldsMayHoldAnyType() throws IOException {
        Path file = write("extra.json", "{\"id\": 7, \"tags\": [\"طقس\"], \"meta\": {\"x\": true}, \"text\": \"خبر\"}");
        assertThat(document(read(file).get(0)).body()).isEqualTo("خبر");
    }

    @Test
    void nullFieldIsAbsentNotWronglyTyped() throws IOException {
        Path file = write("nulls.json", "[{\"title\": null, \"text\": \"خبر\"}, {\"text\": null}]");
        List<ReadResult> results = read(file);
        assertThat(document(results.get(0)).title()).isEmpty();
        assertThat(rejected(results.get(1)).reason()).isEqualTo(JsonRecords.NO_TEXT);
    }

    @Test
    void recordAfterAWronglyTypedOneIsRead() throws IOException {
        Path file = write("mixed.json", "[{\"text\": [{\"p\": \"أ\"}, [\"ب\"]], \"url\": 3}, {\"text\": \"خبر\"}]");
        List<ReadResult> results = read(file);
        assertThat(rejected(results.get(0)).reason()).isEqualTo("field \"text\" is an array, not a string");
        assertThat(document(results.get(1)).origin().location()).isEqualTo(file + "#2");
    }

    @Test
    void wronglyTypedFieldInAJsonLineRejectsThatLine() throws IOException {
        Path file = write("typed.jsonl", "{\"text\": \"خبر\", \"author\": false}\n{\"text\": \"خبر آخر\"}\n");
        List<ReadResult> results = read(file);
        assertThat(results.get(0)).isEqualTo(new Rejected(file + "#1", SkipKind.MALFORMED,
                "field \"author\" is a boolean, not a string"));
        assertThat(document(results.get(1)).body()).isEqualTo("خبر آخر");
    }

    @Test
    void recordThatIsNotAnObjectIsRejected() throws IOException {
        Path file = write("mixed.json", "[\"نص\", [1, 2], {\"text\": \"خبر\"}]");
        List<ReadResult> results = read(file);
        assertThat(rejected(results.get(0)).reason()).isEqualTo("record is a string, not a JSON object");
        assertThat(rejected(results.get(1)).reason()).isEqualTo("record is an array, not a JSON object");
        assertThat(document(results.get(2)).origin().location()).isEqualTo(file + "#3");
    }

    @Test
    void malformedJsonArrayStopsWithLineAndColumn() throws IOException {
        Path file = write("broken.json", "[\n{\"text\": \"أ\"},\n{\"text\" \"ب\"},\n{\"text\": \"ج\"}\n]");
        List<ReadResult> results = read(file);
        assertThat(results).hasSize(2);
        assertThat(document(results.get(0)).body()).isEqualTo("أ");
        Rejected error = rejected(results.get(1));
        assertThat(error.location()).isEqualTo(file.toString());
        assertThat(error.reason()).startsWith("malformed JSON at line 3, column ")
                .endsWith("; the rest of the file could not be read");
    }

    @Test
    void utf16JsonFileIsStreamedThroughTheDecoder() throws IOException {
        Path file = dir.resolve("wide.json");
        byte[] json = ("[{\"text\": \"" + STORY + "\"}]").getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[json.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(json, 0, withBom, 2, json.length);
        Files.write(file, withBom);
        RawDocument doc = document(read(file).get(0));
        assertThat(doc.body()).isEqualTo(STORY);
        assertThat(doc.origin().encoding()).isEqualTo("UTF-16LE");
    }

    @Test
    void emptyJsonFileIsRejected() throws IOException {
        Path file = write("empty.json", "");
        assertThat(rejected(read(file).get(0)).reason()).isEqualTo("empty file");
    }

    @Test
    void emptyAndWhitespaceTextFilesAreRejected() throws IOException {
        List<ReadResult> results = read(write("empty.txt", ""), write("blank.txt", " \n \n"));
        assertThat(results).map(r -> rejected(r).reason()).containsExactly("empty file", "no text (only whitespace)");
    }

    @Test
    void binaryFileIsRejected() throws IOException {
        Path file = dir.resolve("image.txt");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        assertThat(rejected(read(file).get(0)).reason()).isEqualTo("binary file (NUL byte at offset 4)");
    }

    @Test
    void oversizedTextFileIsRejectedUnread() throws IOException {
        Path file = write("long.txt", STORY.repeat(10));
        long size = Files.size(file);
        List<ReadResult> results = readAll(List.of(file.toString()),
                ReadOptions.defaults().withMaxDocumentBytes(100), NO_STDIN);
        assertThat(rejected(results.get(0)).reason())
                .isEqualTo("file too large (" + size + " bytes, over the 100-byte limit for one article)");
    }

    @Test
    void oversizedJsonRecordIsRejectedAndTheNextRead() throws IOException {
        Path file = write("big.json", "[{\"text\": \"" + STORY.repeat(10) + "\"}, {\"text\": \"خبر قصير\"}]");
        List<ReadResult> results = readAll(List.of(file.toString()),
                ReadOptions.defaults().withMaxDocumentBytes(100), NO_STDIN);
        assertThat(rejected(results.get(0)).reason()).startsWith("record text too large (")
                .endsWith("bytes, over the 100-byte limit for one article)");
        assertThat(document(results.get(1)).body()).isEqualTo("خبر قصير");
    }

    @Test
    void invalidUtf8PastTheDetectedHeadRejectsOnlyItsRecord() throws IOException {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < 2000; i++) json.append("{\"text\": \"").append(STORY).append("\"},\n");
        byte[] good = json.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bad = "{\"text\": \"\u00ff\"},\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] after = ("{\"text\": \"" + STORY + "\"}]").getBytes(StandardCharsets.UTF_8);
        Path file = dir.resolve("late.json");
        Files.write(file, java.nio.ByteBuffer.allocate(good.length + bad.length + after.length)
                .put(good).put(bad).put(after).array());
        List<ReadResult> results = read(file);
        assertThat(results).hasSize(2002);
        Rejected bad2001 = rejected(results.get(2000));
        assertThat(bad2001.location()).isEqualTo(file + "#2001");
        assertThat(bad2001.reason()).startsWith("invalid UTF-8");
        assertThat(results.subList(0, 2000)).allSatisfy(r -> assertThat(r).isInstanceOf(RawDocument.class));
        assertThat(results.get(2001)).isInstanceOf(RawDocument.class);
    }

    @Test
    void invalidUtf8InAJsonLineRejectsThatLineOnly() throws IOException {
        byte[] good = ("{\"text\": \"" + STORY + "\"}\n").repeat(3000).getBytes(StandardCharsets.UTF_8);
        byte[] bad = "{\"text\": \"\u00ff\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        Path file = dir.resolve("late.jsonl");
        Files.write(file, java.nio.ByteBuffer.allocate(2 * good.length + bad.length)
                .put(good).put(bad).put(good).array());
        List<ReadResult> results = read(file);
        assertThat(results).hasSize(6001);
        assertThat(rejected(results.get(3000)).location()).isEqualTo(file + "#3001");
        assertThat(results.stream().filter(r -> r instanceof RawDocument)).hasSize(6000);
    }

    @Test
    void oversizedStdinTextIsRejected() throws IOException {
        List<ReadResult> results = readAll(List.of("-"), ReadOptions.defaults().withMaxDocumentBytes(100),
                new ByteArrayInputStream(STORY.repeat(10).getBytes(StandardCharsets.UTF_8)));
        assertThat(results).containsExactly(new Rejected("-", SkipKind.TOO_LARGE, "input too large (over the 100-byte limit for one article)"));
    }

    @Test
    void binaryStdinIsRejectedFromItsHeadNotReadThrough() throws IOException {
        byte[] binary = new byte[1024 * 1024];
        java.util.Arrays.fill(binary, (byte) 'P');
        binary[3] = 0;
        long[] served = {0};
        InputStream stdin = new ByteArrayInputStream(binary) {
            @Override
            public synchronized int read(byte[] buffer, int offset, int length) {
                int n = super.read(buffer, offset, length);
                if (n > 0) served[0] += n;
                return n;
            }
        };
        List<ReadResult> results = readAll(List.of("-"), ReadOptions.defaults(), stdin);
        assertThat(results).containsExactly(new Rejected("-", SkipKind.BINARY, "binary file (NUL byte at offset 3)"));
        assertThat(served[0]).isLessThanOrEqualTo(Input.HEAD_BYTES);
    }

    @Test
    void directoriesAreReadRecursivelyInNameOrder() throws IOException {
        write("b/2.txt", "ب");
        write("b/1.json", "[{\"text\": \"أ\"}]");
        write("a.txt", "ج");
        write("c/d/e.txt", "د");
        write("z.txt", "هـ");
        List<ReadResult> results = read(dir);
        assertThat(results).map(r -> document(r).origin().location()).containsExactly(
                dir.resolve("a.txt").toString(), dir.resolve("b/1.json") + "#1", dir.resolve("b/2.txt").toString(),
                dir.resolve("c/d/e.txt").toString(), dir.resolve("z.txt").toString());
    }

    @Test
    void hiddenEntriesInDirectoriesAreRejectedNotSkipped() throws IOException {
        write(".draft.txt", "مسودة");
        write(".git/config", "x");
        write("news.txt", "خبر");
        List<ReadResult> results = read(dir);
        assertThat(rejected(results.get(0)).reason()).startsWith("hidden file, not read");
        assertThat(rejected(results.get(1)).reason()).startsWith("hidden directory, not read");
        assertThat(document(results.get(2)).body()).isEqualTo("خبر");
    }

    @Test
    void hiddenFileNamedExplicitlyIsRead() throws IOException {
        assertThat(document(read(write(".draft.txt", "مسودة")).get(0)).body()).isEqualTo("مسودة");
    }

    @Test
    void symbolicLinkLoopIsRejectedNotFollowed() throws IOException {
        write("a/news.txt", "خبر");
        Files.createSymbolicLink(dir.resolve("a/back"), dir);
        List<ReadResult> results = read(dir);
        assertThat(results).hasSize(2);
        assertThat(rejected(results.get(0)).reason()).startsWith("symbolic link loop");
        assertThat(document(results.get(1)).body()).isEqualTo("خبر");
    }

    @Test
    void nonexistentPathIsRejected() throws IOException {
        List<ReadResult> results = read(dir.resolve("missing.txt"), write("here.txt", "خبر"));
        assertThat(results.get(0)).isEqualTo(new Rejected(dir.resolve("missing.txt").toString(), SkipKind.UNREADABLE, "no such file or directory"));
        assertThat(document(results.get(1)).body()).isEqualTo("خبر");
    }

    @Test
    void stdinTextIsOneDocument() throws IOException {
        RawDocument doc = document(readStdin(STORY).get(0));
        assertThat(doc.body()).isEqualTo(STORY);
        assertThat(doc.origin()).isEqualTo(Origin.file("-", TextFormat.NAME, "UTF-8"));
    }

    @Test
    void stdinStartingWithBracketIsJson() throws IOException {
        List<ReadResult> results = readStdin("  \n[{\"text\": \"أ\"}, {\"text\": \"ب\"}]");
        assertThat(results).map(r -> document(r).origin().location()).containsExactly("-#1", "-#2");
        assertThat(document(results.get(0)).origin().format()).isEqualTo(JsonFormat.NAME);
    }

    @Test
    void stdinWithOneObjectPerLineIsJsonLines() throws IOException {
        List<ReadResult> results = readStdin("{\"text\": \"أ\"}\n{\"text\": \"ب\"\n{\"text\": \"ج\"}\n");
        assertThat(results).hasSize(3);
        assertThat(document(results.get(0)).origin().format()).isEqualTo(JsonLinesFormat.NAME);
        assertThat(rejected(results.get(1)).location()).isEqualTo("-#2");
    }

    @Test
    void stdinWithAPrettyPrintedObjectIsJson() throws IOException {
        RawDocument doc = document(readStdin("{\n  \"title\": \"عنوان\",\n  \"text\": \"خبر\"\n}\n").get(0));
        assertThat(doc.origin().format()).isEqualTo(JsonFormat.NAME);
        assertThat(doc.title()).contains("عنوان");
    }

    @Test
    void stdinIsNotClosed() throws IOException {
        boolean[] closed = {false};
        InputStream stdin = new ByteArrayInputStream(STORY.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        readAll(List.of("-"), ReadOptions.defaults(), stdin);
        assertThat(closed[0]).isFalse();
    }

    @Test
    void recordsAreYieldedBeforeTheStreamIsReadThrough() throws IOException {
        CountingJsonArray stdin = new CountingJsonArray(1_000_000);
        try (DocumentReader reader = DocumentReader.open(List.of("-"), ReadOptions.defaults(), stdin)) {
            Optional<ReadResult> first = reader.next();
            assertThat(document(first.orElseThrow()).body()).isEqualTo(CountingJsonArray.BODY);
            assertThat(stdin.bytesServed()).isLessThan(1024 * 1024);
        }
    }

    @Test
    void fiftyMegabyteJsonArrayIsStreamed() throws IOException {
        Path file = dir.resolve("big.json");
        try (InputStream in = new CountingJsonArray(220_000)) {
            Files.copy(in, file);
        }
        assertThat(Files.size(file)).isGreaterThan(50L * 1000 * 1000);
        long documents = 0;
        try (DocumentReader reader = DocumentReader.open(List.of(file.toString()), ReadOptions.defaults(), NO_STDIN)) {
            for (ReadResult result : reader) {
                if (result instanceof RawDocument) documents++;
            }
        }
        assertThat(documents).isEqualTo(220_000);
    }

    /** A JSON array of identical records, produced as it is read, counting the bytes handed out. */
    static final class CountingJsonArray extends InputStream {
        static final String BODY = "قالت هيئة الأرصاد إن درجات الحرارة ستنخفض نهاية الأسبوع في معظم مناطق المملكة، "
                + "مع فرصة لهطول أمطار رعدية على المرتفعات الجنوبية.";
        private static final byte[] RECORD = ("{\"title\": \"طقس\", \"url\": \"https://example.com/w\", "
                + "\"text\": \"" + BODY + "\"}").getBytes(StandardCharsets.UTF_8);

        private final int records;
        private int emitted;
        private byte[] chunk = {'['};
        private int position;
        private long served;

        CountingJsonArray(int records) {
            this.records = records;
        }

        long bytesServed() {
            return served;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position == chunk.length && !refill()) return -1;
            int n = Math.min(length, chunk.length - position);
            System.arraycopy(chunk, position, buffer, offset, n);
            position += n;
            served += n;
            return n;
        }

        private boolean refill() {
            if (emitted > records) return false;
            if (emitted == records) {
                chunk = new byte[] {']'};
            } else if (emitted == 0) {
                chunk = RECORD;
            } else {
                chunk = new byte[RECORD.length + 2];
                chunk[0] = ',';
                chunk[1] = '\n';
                System.arraycopy(RECORD, 0, chunk, 2, RECORD.length);
            }
            emitted++;
            position = 0;
            return true;
        }
    }

    @Test
    void jsonLineOverAParserLimitIsRejectedAndTheNextLineRead() throws IOException {
        Path file = write("limits.jsonl", "{\"id\": " + "1".repeat(1001) + ", \"text\": \"خبر\"}\n{\"text\": \"خبر آخر\"}\n");
        List<ReadResult> results = read(file);
        assertThat(results.get(0)).isEqualTo(new Rejected(file + "#1", SkipKind.MALFORMED,
                "number too long at column 1009 (more than 1000 characters)"));
        assertThat(document(results.get(1)).body()).isEqualTo("خبر آخر");
    }

    @Test
    void jsonArrayOverAParserLimitIsRejectedWithWhereItStopped() throws IOException {
        Path file = write("limits.json", "[{\"text\": \"خبر\"}, {\"id\": " + "1".repeat(1001) + "}]");
        List<ReadResult> results = read(file);
        assertThat(document(results.get(0)).body()).isEqualTo("خبر");
        assertThat(results.get(1)).isEqualTo(new Rejected(file.toString(), SkipKind.MALFORMED,
                "number too long at line 1, column 1027 (more than 1000 characters); the rest of the file could not be read"));
    }

    private static String nestedArrays(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    @Test
    void deeplyNestedRecordInAJsonFileIsRejectedInPlainWords() throws IOException {
        String before = "[{\"text\": \"خبر\"}, {\"text\": \"خبر\", \"x\": ";
        Path file = write("deep.json", before + nestedArrays(2000) + "}]");
        List<ReadResult> results = read(file);
        assertThat(document(results.get(0)).body()).isEqualTo("خبر");
        // the parser stops just past the bracket that opens level 1001: the 999th, inside the array and the object
        int overTheLimit = before.length() + 999 + 1;
        assertThat(results.get(1)).isEqualTo(new Rejected(file.toString(), SkipKind.MALFORMED,
                "JSON nested too deeply at line 1, column " + overTheLimit + " (more than 1000 arrays and objects inside one another);"
                        + " the rest of the file could not be read"));
    }

    @Test
    void deeplyNestedJsonLineIsRejectedAndTheNextLineRead() throws IOException {
        String before = "{\"text\": \"خبر\", \"x\": ";
        Path file = write("deep.jsonl", before + nestedArrays(2000) + "}\n{\"text\": \"خبر آخر\"}\n");
        List<ReadResult> results = read(file);
        int overTheLimit = before.length() + 1000 + 1; // just past the 1000th bracket, inside the object
        assertThat(results.get(0)).isEqualTo(new Rejected(file + "#1", SkipKind.MALFORMED,
                "JSON nested too deeply at column " + overTheLimit + " (more than 1000 arrays and objects inside one another)"));
        assertThat(document(results.get(1)).body()).isEqualTo("خبر آخر");
    }

    @Test
    void stringOverTheParserCapIsTooLargeNotMalformed() throws IOException {
        // only fields that are used are read through, so the string is the text
        Path file = write("long.json", "[{\"text\": \"" + "x".repeat(20_000_001) + "\"}, {\"text\": \"خبر\"}]");
        Rejected rejected = rejected(readAll(List.of(file.toString()), ReadOptions.defaults().withMaxDocumentBytes(100),
                NO_STDIN).get(0));
        assertThat(rejected.kind()).isEqualTo(SkipKind.TOO_LARGE);
        assertThat(rejected.reason()).startsWith("string too long at line 1, column ")
                .endsWith(" (more than 20000000 characters, longer than any article allowed);"
                        + " the rest of the file could not be read");
    }

    @Test
    void fieldNameOverTheParserCapIsRejectedInPlainWords() throws IOException {
        Path file = write("name.jsonl", "{\"" + "ن".repeat(50_001) + "\": 1, \"text\": \"خبر\"}\n");
        Rejected rejected = rejected(read(file).get(0));
        assertThat(rejected.kind()).isEqualTo(SkipKind.MALFORMED);
        assertThat(rejected.reason()).startsWith("field name too long at column ").endsWith(" (more than 50000 characters)");
    }

    @Test
    void syntaxErrorNamesNoParserOption() throws IOException {
        Path file = write("syntax.jsonl", """
                {"text": NaN}
                {"text": "خبر" /* تعليق */}
                [{"text": "خبر"]
                {"text": "خبر"}}
                """);
        assertThat(read(file)).map(r -> rejected(r).reason()).containsExactly(
                "malformed JSON at column 13 (non-standard token 'NaN')",
                "malformed JSON at column 16 (unexpected character ('/' (code 47)): maybe a (non-standard) comment?)",
                "malformed JSON at column 16 (unexpected close marker ']': expected '}'"
                        + " (for Object starting at line 1, column 2))",
                "malformed JSON at column 16 (unexpected close marker '}' with nothing open to close)");
    }
}
