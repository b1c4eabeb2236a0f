package org.marsad.model;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * Where a document came from: a file path (or {@code -} for standard input), the record's index when the
 * file holds several records, the name of the format it was read as ({@code text}, {@code json},
 * {@code json-lines}: see {@code org.marsad.read.InputFormats}) and the character encoding it was decoded from.
 */
public record Origin(String path, OptionalInt record, String format, String encoding) {

    public Origin {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(encoding, "encoding");
    }

    public static Origin file(String path, String format, String encoding) {
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
