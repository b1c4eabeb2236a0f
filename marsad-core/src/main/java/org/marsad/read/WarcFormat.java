package org.marsad.read;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.marsad.model.Origin;
import org.marsad.model.RawDocument;
import org.marsad.model.ReadResult;
import org.marsad.model.Rejected;
import org.marsad.model.SkipKind;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Web archives ({@code .warc}, {@code .wet}, gzipped whole or record by record), read with jwarc one record at a
 * time, in constant memory: a {@code response} record with an HTML page becomes an article as an HTML file does
 * ({@link HtmlFormat}), with the record's target URL and date when the page gives none, and the charset of the HTTP
 * header when the page declares none; a {@code conversion} record (WET) becomes a text article. Every other record
 * (requests, metadata, warcinfo, revisits, responses that are not pages) is passed over and counted
 * ({@link SkipKind#NOT_AN_ARTICLE}). A record whose declared length runs past the end of the file, or bytes that are
 * no WARC, end the file with one error; the records before it stand.
 */
public final class WarcFormat implements InputFormat {

    public static final String NAME = "warc";

    WarcFormat() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean claims(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".warc") || name.endsWith(".warc.gz") || name.endsWith(".wet")
                || name.endsWith(".wet.gz");
    }

    @Override
    public boolean recognises(Input input) throws IOException {
        byte[] head = new byte[Math.min(8, input.head().remaining())];
        input.head().get(head);
        return new String(head, StandardCharsets.ISO_8859_1).startsWith("WARC/1.");
    }

    @Override
    public RecordReader open(Input input, ReadOptions options) throws IOException {
        WarcReader warc;
        try {
            warc = new WarcReader(input.stream());
        } catch (IOException | RuntimeException notAWarc) {
            return RecordReader.of(new Rejected(input.name(), SkipKind.MALFORMED, "not a WARC file: "
                    + notAWarc.getMessage()));
        }
        return new Records(warc, input.name(), options);
    }

    /** The records of one archive, read as they are asked for. */
    private static final class Records implements RecordReader {
        private final WarcReader warc;
        private final String name;
        private final ReadOptions options;
        private int index;
        private boolean broken;

        Records(WarcReader warc, String name, ReadOptions options) {
            this.warc = warc;
            this.name = name;
            this.options = options;
        }

        @Override
        public Optional<ReadResult> next() {
            if (broken) return Optional.empty();
            Optional<WarcRecord> record;
            try {
                record = warc.next();
            } catch (IOException | RuntimeException e) {
                broken = true; // a length that lies or a truncated gzip: nothing after it can be trusted
                return Optional.of(new Rejected(name + "#" + (index + 1), SkipKind.MALFORMED,
                        "the archive breaks off here: " + e.getMessage()));
            }
            if (record.isEmpty()) {
                if (index > 0) return Optional.empty();
                broken = true; // bytes that hold no record at all: say so, rather than read nothing silently
                return Optional.of(new Rejected(name, SkipKind.MALFORMED, "no WARC record could be read"));
            }
            index++;
            String location = name + "#" + index;
            try {
                return Optional.of(read(record.get(), location));
            } catch (IOException | RuntimeException e) {
                return Optional.of(new Rejected(location, SkipKind.MALFORMED, "unreadable " + record.get().type()
                        + " record: " + e.getMessage()));
            }
        }

        private ReadResult read(WarcRecord record, String location) throws IOException {
            if (record instanceof WarcConversion conversion) {
                byte[] text = body(conversion.body().stream());
                if (text == null) return tooLarge(location);
                Charset charset = charset(conversion.contentType()).orElse(StandardCharsets.UTF_8);
                return new RawDocument(Origin.file(name, "wet", charset.name()).withRecord(index),
                        new String(text, charset), Optional.empty(), Optional.of(conversion.target()),
                        Optional.of(record.date().toString()), Optional.empty(), Optional.empty());
            }
            if (!(record instanceof WarcResponse response)) {
                return passedOver(location, record.type() + " record");
            }
            HttpResponse http = response.http();
            MediaType type = http.contentType();
            if (type == null || !type.base().toString().toLowerCase(Locale.ROOT).contains("html")) {
                return passedOver(location, "response of " + (type == null ? "no type" : type.base()));
            }
            byte[] page = body(http.bodyDecoded().stream());
            if (page == null) return tooLarge(location);
            Optional<Rejected> tooDeep = HtmlFormat.tooDeep(page, location);
            if (tooDeep.isPresent()) return tooDeep.get();
            Optional<Charset> declared = charset(type);
            Document document = Jsoup.parse(new ByteArrayInputStream(page), declared.map(Charset::name).orElse(null),
                    response.target());
            String charset = document.charset().name();
            ReadResult article = HtmlFormat.document(document, Origin.file(name, NAME, charset).withRecord(index),
                    location);
            if (!(article instanceof RawDocument doc)) return article;
            // the page's own URL and date win; the archive's tell when the page gives none
            return new RawDocument(doc.origin(), doc.body(), doc.title(),
                    Optional.of(doc.url().orElse(response.target())),
                    Optional.of(doc.date().orElse(record.date().toString())), doc.site(), doc.author(), doc.captions(),
                    doc.webPage());
        }

        /** A record's bytes, or null when they pass the limit for one article (read no further than it). */
        private byte[] body(InputStream in) throws IOException {
            long limit = options.maxDocumentBytes();
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            return bytes.length > limit ? null : bytes;
        }

        private Rejected tooLarge(String location) {
            return new Rejected(location, SkipKind.TOO_LARGE,
                    "record too large (over the " + options.maxDocumentBytes() + "-byte limit for one article)");
        }

        private static Rejected passedOver(String location, String what) {
            return new Rejected(location, SkipKind.NOT_AN_ARTICLE, what + ", no article");
        }

        private static Optional<Charset> charset(MediaType type) {
            if (type == null) return Optional.empty();
            String name = type.parameters().get("charset");
            try {
                return name != null && Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
            } catch (IllegalArgumentException unknown) {
                return Optional.empty();
            }
        }

        @Override
        public void close() throws IOException {
            warc.close();
        }
    }
}
