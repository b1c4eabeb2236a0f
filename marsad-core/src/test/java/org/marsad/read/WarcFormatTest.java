package org.marsad.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.RawDocument;
import org.marsad.model.ReadResult;
import org.marsad.model.Rejected;
import org.marsad.model.SkipKind;

/** Web archives: pages and WET text become articles, other records are passed over, a broken archive is an error. */
class WarcFormatTest {
    private static final String PAGE = "<html dir=\"rtl\"><head><title>هطول أمطار غزيرة على الطائف</title></head><body>"
            + "<div class=\"menu\"><a>الرئيسية</a></div><div class=\"article-body\"><p>شهدت محافظة الطائف مساء أمس "
            + "هطول أمطار غزيرة صاحبتها رياح نشطة، وأعلن الدفاع المدني رفع درجة الاستعداد في المراكز كافة.</p>"
            + "<p>وقال المتحدث باسم الدفاع المدني إن الفرق الميدانية باشرت عددا من البلاغات دون تسجيل إصابات.</p>"
            + "</div></body></html>";
    private static final String WET = "ارتفعت أسعار الذهب في الأسواق المحلية اليوم بعد تراجع الدولار أمام العملات الرئيسية.";

    @TempDir
    Path dir;

    private static byte[] record(String type, String target, String contentType, byte[] block) {
        String header = "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:" + UUID.randomUUID() + ">\r\n"
                + "WARC-Date: 2015-08-10T12:30:00Z\r\n" + (target == null ? "" : "WARC-Target-URI: " + target + "\r\n")
                + "Content-Type: " + contentType + "\r\nContent-Length: " + block.length + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(block);
        out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static byte[] http(String contentType, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length
                + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body);
        return out.toByteArray();
    }

    private static List<byte[]> records() {
        byte[] page = PAGE.getBytes(Charset.forName("windows-1256"));
        return List.of(
                record("warcinfo", null, "application/warc-fields", "software: test\r\n".getBytes(StandardCharsets.UTF_8)),
                record("request", "https://news.example.sa/taif", "application/http; msgtype=request",
                        "GET /taif HTTP/1.1\r\nHost: news.example.sa\r\n\r\n".getBytes(StandardCharsets.UTF_8)),
                record("response", "https://news.example.sa/taif", "application/http; msgtype=response",
                        http("text/html; charset=windows-1256", page)),
                record("response", "https://news.example.sa/logo.png", "application/http; msgtype=response",
                        http("image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G'})),
                record("conversion", "https://news.example.sa/gold", "text/plain", WET.getBytes(StandardCharsets.UTF_8)));
    }

    private List<ReadResult> read(Path file) throws IOException {
        List<ReadResult> results = new ArrayList<>();
        try (DocumentReader reader = DocumentReader.open(List.of(file.toString()), ReadOptions.defaults(),
                InputStream.nullInputStream())) {
            for (ReadResult r : reader) results.add(r);
        }
        return results;
    }

    private Path write(String name, List<byte[]> records, boolean gzipEach) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] r : records) {
            if (!gzipEach) {
                out.writeBytes(r);
                continue;
            }
            ByteArrayOutputStream one = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(one)) {
                gz.write(r);
            }
            out.writeBytes(one.toByteArray());
        }
        Path file = dir.resolve(name);
        Files.write(file, out.toByteArray());
        return file;
    }

    @Test
    void anHtmlResponseBecomesAnArticleWithTheArchivesUrlAndDate() throws IOException {
        List<ReadResult> results = read(write("crawl.warc", records(), false));
        RawDocument page = (RawDocument) results.stream().filter(r -> r instanceof RawDocument d
                && d.origin().format().equals("warc")).findFirst().orElseThrow();
        assertThat(page.body()).startsWith("شهدت محافظة الطائف").doesNotContain("الرئيسية");
        assertThat(page.url()).contains("https://news.example.sa/taif");
        assertThat(page.date()).contains("2015-08-10T12:30:00Z");
        assertThat(page.title()).contains("هطول أمطار غزيرة على الطائف");
    }

    @Test
    void aConversionRecordBecomesATextArticle() throws IOException {
        List<ReadResult> results = read(write("crawl.warc", records(), false));
        assertThat(results).anySatisfy(r -> {
            assertThat(r).isInstanceOf(RawDocument.class);
            assertThat(((RawDocument) r).body()).isEqualTo(WET);
            assertThat(((RawDocument) r).origin().format()).isEqualTo("wet");
        });
    }

    @Test
    void recordsThatAreNoArticleArePassedOverAndCounted() throws IOException {
        List<ReadResult> results = read(write("crawl.warc", records(), false));
        assertThat(results).hasSize(5);
        assertThat(results).filteredOn(r -> r instanceof Rejected)
                .extracting(r -> ((Rejected) r).kind()).containsOnly(SkipKind.NOT_AN_ARTICLE).hasSize(3);
    }

    @Test
    void anArchiveGzippedRecordByRecordIsReadTheSame() throws IOException {
        List<ReadResult> results = read(write("crawl.warc.gz", records(), true));
        assertThat(results).filteredOn(r -> r instanceof RawDocument).hasSize(2);
    }

    @Test
    void aRecordWhoseLengthLiesEndsTheArchiveWithOneErrorAndKeepsWhatCameBefore() throws IOException {
        List<byte[]> records = new ArrayList<>(records().subList(0, 3));
        byte[] lying = record("conversion", "https://news.example.sa/x", "text/plain", WET.getBytes(StandardCharsets.UTF_8));
        String text = new String(lying, StandardCharsets.UTF_8).replaceFirst("Content-Length: \\d+", "Content-Length: 999999");
        records.add(text.getBytes(StandardCharsets.UTF_8));
        List<ReadResult> results = read(write("broken.warc", records, false));
        assertThat(results).filteredOn(r -> r instanceof RawDocument).hasSize(1);
        assertThat(results.get(results.size() - 1)).isInstanceOf(Rejected.class);
        assertThat(((Rejected) results.get(results.size() - 1)).kind()).isEqualTo(SkipKind.MALFORMED);
    }

    @Test
    void aTruncatedGzipIsAnErrorNotAHang() throws IOException {
        Path whole = write("whole.warc.gz", records(), true);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = dir.resolve("cut.warc.gz");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length - 20));
        List<ReadResult> results = read(cut);
        assertThat(results).isNotEmpty();
        assertThat(results.get(results.size() - 1)).isInstanceOf(Rejected.class);
    }
}
