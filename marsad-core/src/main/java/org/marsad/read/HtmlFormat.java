package org.marsad.read;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.marsad.html.ArticleExtractor;
import org.marsad.html.HtmlArticle;
import org.marsad.html.PageMetadata;
import org.marsad.model.Origin;
import org.marsad.model.RawDocument;
import org.marsad.model.ReadResult;
import org.marsad.model.Rejected;
import org.marsad.model.SkipKind;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTML page ({@code .html}, {@code .htm}, or any input whose head is markup, a page saved as {@code .txt}
 * included): one article, found by {@link ArticleExtractor}, whose headline, date, author, outlet and URL come
 * from the page's metadata. The charset is the page's own when it declares one ({@code <meta charset>}), else the
 * one {@link TextDecoder} detects (UTF-8, or an Arabic code page such as windows-1256).
 */
public final class HtmlFormat implements InputFormat {

    public static final String NAME = "html";

    /** Markup at the start of a page: a doctype, an html, head or body tag, or a comment before one. */
    private static final Pattern MARKUP = Pattern.compile("(?is)^\\s*(<!--.*?-->\\s*)*<(!doctype\\s+html|html|head|body)\\b");
    private static final Pattern DECLARED = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([\\w-]+)");

    /** Deeper than any real page's layout, and shallow enough for the parser to stay quick. */
    static final int DEEPEST = 2_000;

    HtmlFormat() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean claims(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml");
    }

    @Override
    public boolean recognises(Input input) throws IOException {
        byte[] head = new byte[input.head().remaining()];
        input.head().get(head);
        return isMarkup(head);
    }

    /** Whether the first bytes of an input are the start of an HTML page. */
    static boolean isMarkup(byte[] head) {
        String start = new String(head, 0, Math.min(head.length, 1024), StandardCharsets.ISO_8859_1);
        if (start.startsWith("\uFEFF") || start.startsWith("ï»¿")) start = start.substring(start.startsWith("ï»¿") ? 3 : 1);
        return MARKUP.matcher(start).find();
    }

    @Override
    public RecordReader open(Input input, ReadOptions options) throws IOException {
        return RecordReader.of(read(input, options));
    }

    private static ReadResult read(Input input, ReadOptions options) throws IOException {
        long limit = options.maxDocumentBytes();
        if (input.size().isPresent() && input.size().getAsLong() > limit) {
            return new Rejected(input.name(), SkipKind.TOO_LARGE, options.overLimit("file", input.size().getAsLong()));
        }
        byte[] bytes = input.stream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (bytes.length > limit) {
            return new Rejected(input.name(), SkipKind.TOO_LARGE,
                    "input too large (over the " + limit + "-byte limit for one article)");
        }
        Optional<Rejected> tooDeep = tooDeep(bytes, input.name());
        if (tooDeep.isPresent()) return tooDeep.get();
        String charset;
        Document page;
        try {
            Optional<String> declared = declaredCharset(bytes);
            if (declared.isPresent()) {
                page = Jsoup.parse(new java.io.ByteArrayInputStream(bytes), declared.get(), "");
                charset = declared.get();
            } else {
                DecodedText decoded = input.decoder().decode(bytes);
                page = Jsoup.parse(decoded.text());
                charset = decoded.charset().name();
            }
        } catch (UnreadableInputException e) {
            return e.rejectedAt(input.name());
        } catch (IOException | RuntimeException unparsable) {
            return new Rejected(input.name(), SkipKind.MALFORMED, "the page could not be parsed as HTML: "
                    + unparsable.getMessage());
        }
        return document(page, Origin.file(input.name(), NAME, charset), input.name());
    }

    /** Why a page's bytes are refused before parsing, when they nest past {@link #DEEPEST} levels. */
    static Optional<Rejected> tooDeep(byte[] page, String location) {
        if (!MarkupDepth.exceeds(page, DEEPEST)) return Optional.empty();
        return Optional.of(new Rejected(location, SkipKind.MALFORMED,
                "the page's markup is nested too deep to read (over " + DEEPEST + " levels)"));
    }

    /** The article of a parsed page as a document for the pipeline, or why there is none. */
    public static ReadResult document(Document page, Origin origin, String location) {
        HtmlArticle article;
        try {
            article = new ArticleExtractor().extract(page);
        } catch (StackOverflowError tooDeep) {
            return new Rejected(location, SkipKind.MALFORMED, "the page's markup is nested too deep to read");
        }
        if (article.paragraphs().isEmpty()) {
            return new Rejected(location, SkipKind.NO_TEXT, "the page has no article text (no paragraph found)");
        }
        PageMetadata meta = article.metadata();
        return new RawDocument(origin, article.body(), meta.headline(), meta.canonicalUrl(), meta.published(),
                meta.siteName(), meta.author(), article.captions(),
                Optional.of(meta.webPage()).filter(declared -> !declared.isEmpty()));
    }

    /** The charset a page declares in its first bytes, when Java knows it. */
    private static Optional<String> declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(head);
        if (!m.find()) return Optional.empty();
        String name = m.group(1);
        try {
            return java.nio.charset.Charset.isSupported(name) ? Optional.of(name) : Optional.empty();
        } catch (java.nio.charset.IllegalCharsetNameException unknown) {
            return Optional.empty();
        }
    }
}
