package org.marsad.read;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.marsad.model.Origin;
import org.marsad.model.RawDocument;
import org.marsad.model.ReadResult;
import org.marsad.model.Rejected;
import org.marsad.model.SkipKind;
import org.marsad.model.WebPage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * News collections in the TREC style of research corpora (the ANT corpus, LDC's Arabic Gigaword, CLEF and TREC
 * collections): a file of one or more {@code <DOC>} elements, each with its fields as child elements. It is a
 * {@code .trec} or {@code .sgml} file, or any text file whose head is a {@code <DOC>} element. Each document is a
 * record numbered from 1: its body is {@code TEXT} (paragraph elements, {@code <P>}, become lines; the lines of a
 * paragraph wrapped in the file are joined), its title {@code TITLE} or {@code HEADLINE}, its date {@code TIME},
 * {@code DATE_TIME} or {@code DATE}, its URL {@code URL}, its outlet {@code SRC} or {@code SOURCE}, and its section
 * {@code CAT} or {@code CATEGORY}. A document's {@code ABSTRACT} is its lead written again for listings (in ANT, the
 * body's first lines, often shortened), so it is read as the body only when the document has no {@code TEXT}. A
 * document with neither is an error of its own; a file without any document is one error.
 */
public final class TrecFormat implements InputFormat {

    public static final String NAME = "trec";

    /** A collection file may be as large as this many articles at the limit for one. */
    private static final long DOCUMENTS_PER_LIMIT = 64;

    private static final Pattern DOCUMENT_START = Pattern.compile("(?i)^\\s*<doc[\\s>]");
    private static final Pattern WRAPPED_LINE = Pattern.compile("\\s*\\R\\s*");

    TrecFormat() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean claims(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".trec") || name.endsWith(".sgml") || name.endsWith(".sgm");
    }

    @Override
    public boolean recognises(Input input) throws IOException {
        return input.headText().map(head -> isCollection(head)).orElse(false);
    }

    /** Whether a text starts (after white space) with a {@code <DOC>} element. */
    static boolean isCollection(String head) {
        return DOCUMENT_START.matcher(head).find();
    }

    @Override
    public RecordReader open(Input input, ReadOptions options) throws IOException {
        long limit = Math.min(Integer.MAX_VALUE - 8L, options.maxDocumentBytes() * DOCUMENTS_PER_LIMIT);
        if (input.size().isPresent() && input.size().getAsLong() > limit) return RecordReader.of(tooLarge(input, limit));
        String text;
        String encoding;
        try {
            byte[] bytes = input.stream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) return RecordReader.of(tooLarge(input, limit));
            DecodedText decoded = input.decoder().decode(bytes);
            text = decoded.text();
            encoding = decoded.charset().name();
        } catch (UnreadableInputException e) {
            return RecordReader.of(e.rejectedAt(input.name()));
        }
        Document parsed = Jsoup.parse(text, "", Parser.xmlParser());
        List<Element> documents = new ArrayList<>();
        for (Element element : parsed.getAllElements()) if (isNamed(element, "DOC")) documents.add(element);
        if (documents.isEmpty()) {
            return RecordReader.of(new Rejected(input.name(), SkipKind.MALFORMED, "no <DOC> element in a TREC-style file"));
        }
        Iterator<Element> remaining = documents.iterator();
        return new RecordReader() {
            private int index;

            @Override
            public Optional<ReadResult> next() {
                if (!remaining.hasNext()) return Optional.empty();
                index++;
                return Optional.of(document(remaining.next(), Origin.file(input.name(), NAME, encoding).withRecord(index),
                        input.name() + "#" + index));
            }

            @Override
            public void close() {
            }
        };
    }

    private static ReadResult document(Element doc, Origin origin, String location) {
        Optional<String> body = field(doc, "TEXT").map(TrecFormat::paragraphs).filter(b -> !b.isBlank())
                .or(() -> field(doc, "ABSTRACT").map(TrecFormat::paragraphs).filter(b -> !b.isBlank()));
        if (body.isEmpty()) {
            String name = line(doc, "DOCNO").or(() -> Optional.of(doc.attr("id")))
                    .filter(n -> !n.isBlank()).map(n -> " " + n).orElse("");
            return new Rejected(location, SkipKind.NO_TEXT, "TREC-style document" + name + " without TEXT or ABSTRACT");
        }
        Optional<String> title = line(doc, "TITLE").or(() -> line(doc, "HEADLINE"));
        Optional<String> date = line(doc, "TIME").or(() -> line(doc, "DATE_TIME")).or(() -> line(doc, "DATE"));
        Optional<String> site = line(doc, "SRC").or(() -> line(doc, "SOURCE"));
        Optional<String> section = line(doc, "CAT").or(() -> line(doc, "CATEGORY"));
        WebPage page = new WebPage(Optional.empty(), section, Optional.empty(), Optional.empty());
        return new RawDocument(origin, body.get(), title, line(doc, "URL"), date, site, Optional.empty(), List.of(),
                Optional.of(page).filter(p -> !p.isEmpty()));
    }

    /** The first child element of this name (the case of a tag does not matter in SGML). */
    private static Optional<Element> field(Element doc, String name) {
        for (Element child : doc.children()) if (isNamed(child, name)) return Optional.of(child);
        return Optional.empty();
    }

    /** A one-line field, its wrapped lines joined; absent when blank. */
    private static Optional<String> line(Element doc, String name) {
        return field(doc, name).map(e -> e.wholeText().strip()).map(v -> WRAPPED_LINE.matcher(v).replaceAll(" ")).filter(v -> !v.isEmpty());
    }

    /**
     * The text of a field: one line for each of its paragraph elements when it has them (their wrapped lines joined),
     * else its text as it stands, stripped of the white space around it.
     */
    private static String paragraphs(Element field) {
        List<String> lines = new ArrayList<>();
        for (Element element : field.getAllElements()) {
            if (!isNamed(element, "P")) continue;
            String paragraph = WRAPPED_LINE.matcher(element.wholeText().strip()).replaceAll(" ");
            if (!paragraph.isEmpty()) lines.add(paragraph);
        }
        return lines.isEmpty() ? field.wholeText().strip() : String.join("\n", lines);
    }

    private static boolean isNamed(Element element, String name) {
        return element.tagName().equalsIgnoreCase(name);
    }

    private static Rejected tooLarge(Input input, long limit) {
        return new Rejected(input.name(), SkipKind.TOO_LARGE,
                "TREC-style file too large (over the " + limit + "-byte limit for one file)");
    }
}
