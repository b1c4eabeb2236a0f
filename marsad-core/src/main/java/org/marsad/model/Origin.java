package org.marsad.model;

import java.util.OptionalInt;

/**
 * Where a document came from: a file path (or {@code -} for standard input), the record's index when the
 * file holds several records, its format and the character encoding it was decoded from.
 */
public record Origin(String path, OptionalInt record, Format format, String encoding) {

    public enum Format { TEXT, JSON, JSON_LINES }

    public static Origin file(String path, Format format, String encoding) {
        return new Origin(path, OptionalInt.empty(), format, encoding);
    }

    public Origin withRecord(int index) {
        return new Origin(path, OptionalInt.of(index), format, encoding);
    }

    /** {@code PATH} or {@code PATH#RECORD}, as messages print it. */
    public String location() {
        return record.isPresent() ? path + "#" + record.getAsInt() : path;
    }
}
