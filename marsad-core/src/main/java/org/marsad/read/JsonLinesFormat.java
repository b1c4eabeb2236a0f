package org.marsad.read;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * JSON Lines ({@code .jsonl}, {@code .ndjson}): one object per line, each a record read by
 * {@link JsonLinesReader}. A stream is JSON Lines when it starts with {@code {} and its first line holds a
 * whole object; a {@code {} that opens an object spread over several lines is pretty-printed {@link JsonFormat}.
 */
public final class JsonLinesFormat implements InputFormat {

    public static final String NAME = "json-lines";

    JsonLinesFormat() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean claims(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".jsonl") || lower.endsWith(".ndjson");
    }

    @Override
    public boolean recognises(Input input) throws IOException {
        Optional<String> head = input.headText();
        if (head.isEmpty()) return false;
        int first = JsonFormat.firstNonBlank(head.get());
        return first >= 0 && head.get().charAt(first) == '{' && firstLineIsWholeObject(head.get(), first + 1);
    }

    @Override
    public RecordReader open(Input input, ReadOptions options) throws IOException {
        try {
            return new JsonLinesReader(input.reader(), JsonFormat.origin(input, NAME), options);
        } catch (UnreadableInputException e) {
            return RecordReader.of(e.rejectedAt(input.name()));
        }
    }

    /**
     * Whether the object opened by the {@code {} before {@code from} closes before the end of its line. A
     * line running past the end of the head counts as whole: pretty-printed JSON has short lines, a JSON Lines
     * record may not.
     */
    private static boolean firstLineIsWholeObject(String head, int from) {
        int depth = 1;
        boolean inString = false, escaped = false;
        for (int i = from; i < head.length(); i++) {
            char c = head.charAt(i);
            if (inString) {
                if (escaped) escaped = false;
                else if (c == '\\') escaped = true;
                else if (c == '"') inString = false;
                continue;
            }
            switch (c) {
                case '"' -> inString = true;
                case '{', '[' -> depth++;
                case '}', ']' -> depth--;
                case '\n', '\r' -> {
                    return depth == 0;
                }
                default -> {
                }
            }
            if (depth == 0) return true;
        }
        return true;
    }
}
