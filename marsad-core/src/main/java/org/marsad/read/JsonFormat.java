package org.marsad.read;

import org.marsad.model.Origin;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * JSON ({@code .json}): one object, an array of objects, or objects one after another, each object a record
 * read by {@link JsonReader}. A stream is JSON when its first non-blank character is {@code [} or {@code {};
 * {@link JsonLinesFormat}, listed before this one, takes those whose first line is a whole object.
 */
public final class JsonFormat implements InputFormat {

    public static final String NAME = "json";

    JsonFormat() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean claims(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".json");
    }

    @Override
    public boolean recognises(Input input) throws IOException {
        Optional<String> head = input.headText();
        if (head.isEmpty()) return false;
        int first = firstNonBlank(head.get());
        return first >= 0 && (head.get().charAt(first) == '[' || head.get().charAt(first) == '{');
    }

    @Override
    public RecordReader open(Input input, ReadOptions options) throws IOException {
        try {
            return new JsonReader(input.reader(), origin(input, NAME), options);
        } catch (UnreadableInputException e) {
            return RecordReader.of(e.rejectedAt(input.name()));
        }
    }

    /** The origin of records read from {@code input} as text, once its encoding is known. */
    static Origin origin(Input input, String format) throws IOException, UnreadableInputException {
        return Origin.file(input.name(), format, input.encoding().charset().name());
    }

    /** The index of the first character of {@code text} that is not whitespace, or -1 when there is none. */
    static int firstNonBlank(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        return i < text.length() ? i : -1;
    }
}
