package org.marsad.read;

import org.marsad.model.Origin;
import org.marsad.model.RawDocument;
import org.marsad.model.ReadResult;
import org.marsad.model.Rejected;
import org.marsad.model.SkipKind;

import java.io.IOException;
import java.util.Locale;

/**
 * Plain text: the whole input is one article, decoded by {@link TextDecoder}. Files named {@code .txt} are text;
 * so is any input no other format claims or recognises ({@link InputFormats} falls back to it), since plain
 * text has no mark of its own.
 *
 * <p>An input over the article size limit is rejected: a file by its size, unread; a stream once the limit is
 * passed. A stream is also judged by its head before it is read through, so that a binary or undecodable
 * stream is rejected as such and not read to its end.
 */
public final class TextFormat implements InputFormat {

    /** The name of this format; code that treats plain-text pages apart compares {@link Origin#format()} to it. */
    public static final String NAME = "text";

    TextFormat() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean claims(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".txt");
    }

    @Override
    public boolean recognises(Input input) {
        return false;
    }

    @Override
    public RecordReader open(Input input, ReadOptions options) throws IOException {
        return RecordReader.of(read(input, options));
    }

    private static ReadResult read(Input input, ReadOptions options) throws IOException {
        long limit = options.maxDocumentBytes();
        if (input.size().isPresent() && input.size().getAsLong() > limit) return tooLarge(input, options);
        try {
            if (input.size().isEmpty()) input.encoding(); // rejects a binary or undecodable stream from its head
            byte[] bytes = input.stream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) return tooLarge(input, options);
            DecodedText decoded = input.decoder().decode(bytes);
            return RawDocument.text(Origin.file(input.name(), NAME, decoded.charset().name()), decoded.text());
        } catch (UnreadableInputException e) {
            return e.rejectedAt(input.name());
        }
    }

    private static Rejected tooLarge(Input input, ReadOptions options) {
        return new Rejected(input.name(), SkipKind.TOO_LARGE, input.size().isPresent()
                ? options.overLimit("file", input.size().getAsLong())
                : "input too large (over the " + options.maxDocumentBytes() + "-byte limit for one article)");
    }
}
