package org.marsad.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.ReadResult;

/**
 * Seeded random mutations of real inputs of every format (flipped bytes, cuts, repeated and inserted pieces):
 * whatever the bytes, the readers give results, never an exception, and the read ends.
 */
class ReaderFuzzTest {
    private static final int CASES_PER_SEED = 400;

    @TempDir
    Path dir;

    private static byte[] resource(String name) throws IOException, URISyntaxException {
        return Files.readAllBytes(Path.of(ReaderFuzzTest.class.getResource("/html/" + name).toURI()));
    }

    private static List<Object[]> seeds() throws IOException, URISyntaxException {
        List<Object[]> seeds = new ArrayList<>();
        seeds.add(new Object[]{"page.html", resource("metro-rtl.html")});
        seeds.add(new Object[]{"page.htm", resource("oil-cp1256-declared.htm")});
        seeds.add(new Object[]{"feed.rss", ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>ص</title><item>"
                + "<title>خبر</title><link>https://e.sa/1</link><description>&lt;p&gt;قال الوزير أمس إن العمل بدأ.&lt;/p&gt;"
                + "</description></item></channel></rss>").getBytes(StandardCharsets.UTF_8)});
        String page = "<html><body><p>شهدت المدينة أمس أمطارا غزيرة وأعلن الدفاع المدني الاستعداد.</p></body></html>";
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                + page.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + page;
        int length = http.getBytes(StandardCharsets.UTF_8).length;
        seeds.add(new Object[]{"crawl.warc", ("WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
                + "WARC-Date: 2015-08-10T12:00:00Z\r\nWARC-Target-URI: https://e.sa/a\r\nContent-Type: application/http; "
                + "msgtype=response\r\nContent-Length: " + length + "\r\n\r\n" + http + "\r\n\r\n").getBytes(StandardCharsets.UTF_8)});
        seeds.add(new Object[]{"records.json", "[{\"title\": \"خبر\", \"content\": \"قال الوزير أمس إن المشروع اكتمل.\", \"date\": \"2015-08-10\"}]"
                .getBytes(StandardCharsets.UTF_8)});
        return seeds;
    }

    private static byte[] mutate(byte[] seed, Random random) {
        byte[] bytes = seed.clone();
        int edits = 1 + random.nextInt(8);
        for (int e = 0; e < edits && bytes.length > 0; e++) {
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(5)) {
                case 0 -> bytes[at] = (byte) random.nextInt(256);
                case 1 -> bytes = java.util.Arrays.copyOf(bytes, at); // cut
                case 2 -> { // repeat a piece
                    int len = Math.min(bytes.length - at, 1 + random.nextInt(64));
                    byte[] grown = new byte[bytes.length + len];
                    System.arraycopy(bytes, 0, grown, 0, at + len);
                    System.arraycopy(bytes, at, grown, at + len, bytes.length - at);
                    bytes = grown;
                }
                case 3 -> { // insert markup
                    byte[] piece = new String[]{"<div>", "</p>", "<", "&", "<![CDATA[", "\r\n\r\n", "\u0000"}
                            [random.nextInt(7)].getBytes(StandardCharsets.UTF_8);
                    byte[] grown = new byte[bytes.length + piece.length];
                    System.arraycopy(bytes, 0, grown, 0, at);
                    System.arraycopy(piece, 0, grown, at, piece.length);
                    System.arraycopy(bytes, at, grown, at + piece.length, bytes.length - at);
                    bytes = grown;
                }
                default -> bytes[at] = (byte) ~bytes[at];
            }
        }
        return bytes;
    }

    @Test
    void noMutatedInputMakesAReaderThrow() throws Exception {
        Random random = new Random(20261202);
        int cases = 0;
        for (Object[] seed : seeds()) {
            for (int i = 0; i < CASES_PER_SEED; i++) {
                Path file = dir.resolve(i + "-" + seed[0]);
                Files.write(file, mutate((byte[]) seed[1], random));
                List<ReadResult> results = new ArrayList<>();
                try (DocumentReader reader = DocumentReader.open(List.of(file.toString()), ReadOptions.defaults(),
                        InputStream.nullInputStream())) {
                    for (ReadResult r : reader) results.add(r);
                }
                assertThat(results).as("results of mutation %d of %s", i, seed[0]).isNotEmpty();
                Files.delete(file);
                cases++;
            }
        }
        assertThat(cases).isEqualTo(5 * CASES_PER_SEED);
    }
}
