package org.marsad.read;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The formats Marsad reads, in one list whose order is priority: a file is read by the first format that
 * {@linkplain InputFormat#claims claims} its name, a stream without a telling name (standard input) by the first
 * that {@linkplain InputFormat#recognises recognises} its head, and anything else as plain {@link TextFormat text}.
 *
 * <p>To add a format: write one {@link InputFormat} in this package and add one line to {@link #FORMATS},
 * before any format that would also recognise its inputs (JSON Lines comes before JSON because every JSON Lines
 * stream starts like a JSON one).
 */
public final class InputFormats {

    private static final TextFormat TEXT = new TextFormat();
    private static final HtmlFormat HTML = new HtmlFormat();
    private static final FeedFormat FEED = new FeedFormat();
    private static final TrecFormat TREC = new TrecFormat();

    private static final List<InputFormat> FORMATS = List.of(
            new WarcFormat(),
            FEED,
            new JsonLinesFormat(),
            new JsonFormat(),
            TREC,
            HTML,
            TEXT);

    /** What an input no format claims or recognises is read as. */
    private static final InputFormat FALLBACK = TEXT;

    private InputFormats() {
    }

    /** Every format, in order of priority. */
    public static List<InputFormat> all() {
        return FORMATS;
    }

    /** The format of this {@linkplain InputFormat#name() name}, if there is one. */
    public static Optional<InputFormat> named(String name) {
        return FORMATS.stream().filter(format -> format.name().equals(name)).findFirst();
    }

    /** Extensions of plain text besides {@code .txt}, and of XML, which may be a feed. */
    private static final java.util.Set<String> TEXT_EXTENSIONS = java.util.Set.of("text", "md", "xml");

    /**
     * Whether a file met in a directory is one to read: a format claims its name, or it has no extension, or a
     * plain-text one; a picture, a PDF or a stylesheet is not.
     */
    static boolean readsByName(String fileName) {
        for (InputFormat format : FORMATS) if (format.claims(fileName)) return true;
        int dot = fileName.lastIndexOf('.');
        if (dot <= 0 || dot == fileName.length() - 1) return true;
        return TEXT_EXTENSIONS.contains(fileName.substring(dot + 1).toLowerCase(java.util.Locale.ROOT));
    }

    /** The format of a file with this name; plain text when no format claims it. */
    public static InputFormat forFileName(String fileName) {
        for (InputFormat format : FORMATS) {
            if (format.claims(fileName)) return format;
        }
        return FALLBACK;
    }

    /**
     * The format of a file by its name, then by its head when the name says plain text: a page saved as {@code .txt}
     * is read as the HTML it is, a TREC-style collection as a collection.
     */
    static InputFormat forFile(String fileName, Input input) throws IOException {
        InputFormat byName = forFileName(fileName);
        if (byName == TEXT && TREC.recognises(input)) return TREC; // a research collection saved as .txt
        if (byName == TEXT && HTML.recognises(input)) return HTML;
        if (byName == TEXT && FEED.recognises(input)) return FEED; // a feed saved as .xml
        return byName;
    }

    /** The format of an input told by its head; plain text when no format recognises it. */
    static InputFormat recognise(Input input) throws IOException {
        for (InputFormat format : FORMATS) {
            if (format.recognises(input)) return format;
        }
        return FALLBACK;
    }
}
