package org.marsad.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import org.marsad.model.Origin;
import org.marsad.model.RawDocument;
import org.marsad.model.ReadResult;
import org.marsad.model.Rejected;
import org.marsad.model.SkipKind;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns one JSON object into a {@link RawDocument}. For each field the first of these names that is present
 * (and not null or blank) wins; names are matched ignoring case:
 * <ul>
 *   <li>body: {@code text}, {@code content}, {@code body}</li>
 *   <li>title: {@code title}, {@code headline}</li>
 *   <li>url: {@code url}</li>
 *   <li>date: {@code date}, {@code published}, {@code date_extracted}</li>
 *   <li>site: {@code source}, {@code site}</li>
 *   <li>author: {@code author}</li>
 * </ul>
 * Each of these fields holds a string or null (which counts as absent). A number, boolean, array or object in
 * one of them rejects the record, naming the field as written and what it holds, rather than being turned into
 * text or dropped. Other fields are skipped without being kept, so a record costs only the memory of the fields
 * we use.
 */
final class JsonRecords {

    /** What the lenient decoder writes for bytes that do not decode. */
    private static final char REPLACEMENT_CHARACTER = '\uFFFD';

    static final String NO_TEXT = "record has no text (its text, content and body fields are missing or empty)";

    private static final List<String> BODY = List.of("text", "content", "body");
    private static final List<String> TITLE = List.of("title", "headline");
    private static final List<String> URL = List.of("url");
    private static final List<String> DATE = List.of("date", "published", "date_extracted");
    private static final List<String> SITE = List.of("source", "site");
    private static final List<String> AUTHOR = List.of("author");
    private static final Set<String> WANTED = Set.of("text", "content", "body", "title", "headline", "url",
            "date", "published", "date_extracted", "source", "site", "author");

    /** Jackson's own cap on one string; we raise it so that any body up to our limit can be read and measured. */
    private static final int JACKSON_DEFAULT_MAX_STRING = StreamReadConstraints.DEFAULT_MAX_STRING_LEN;

    private JsonRecords() {
    }

    static JsonFactory factory(ReadOptions options) {
        int maxString = (int) Math.min(Integer.MAX_VALUE - 16,
                Math.max(JACKSON_DEFAULT_MAX_STRING, options.maxDocumentBytes() + 1));
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(maxString).build())
                .build();
    }

    /** Reads the object the parser stands at (on its START_OBJECT) up to and including its END_OBJECT. */
    static ReadResult read(JsonParser parser, Origin origin, ReadOptions options) throws IOException {
        Map<String, String> fields = new HashMap<>();
        String wrongType = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String written = parser.currentName();
            String name = written.toLowerCase(Locale.ROOT);
            JsonToken value = parser.nextToken();
            if (value == JsonToken.VALUE_STRING && WANTED.contains(name)) {
                String text = parser.getText();
                if (!TextDecoder.isBlank(text)) fields.putIfAbsent(name, text);
            } else {
                if (wrongType == null && value != JsonToken.VALUE_NULL && WANTED.contains(name)) {
                    wrongType = "field \"" + written + "\" is " + type(value) + ", not a string";
                }
                // read on to the end of the record even when it is rejected, so that the next record can be read
                parser.skipChildren();
            }
        }
        if (wrongType != null) return new Rejected(origin.location(), SkipKind.MALFORMED, wrongType);
        for (String value : fields.values()) {
            if (value.indexOf(REPLACEMENT_CHARACTER) >= 0) {
                return new Rejected(origin.location(), SkipKind.UNDECODABLE, "invalid " + origin.encoding()
                        + " (bytes that do not decode, or U+FFFD replacement characters, in the record)");
            }
        }
        Optional<String> body = first(fields, BODY);
        if (body.isEmpty()) return new Rejected(origin.location(), SkipKind.NO_TEXT, NO_TEXT);
        long bytes = utf8Length(body.get());
        if (bytes > options.maxDocumentBytes()) {
            return new Rejected(origin.location(), SkipKind.TOO_LARGE, options.overLimit("record text", bytes));
        }
        return new RawDocument(origin, body.get(), first(fields, TITLE), first(fields, URL), first(fields, DATE),
                first(fields, SITE), first(fields, AUTHOR));
    }

    static String notAnObject(JsonToken token) {
        return "record is " + type(token) + ", not a JSON object";
    }

    /** The JSON type of the value that starts with {@code token}, as a message names it: "a number", "an array". */
    private static String type(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> "a " + token.name().toLowerCase(Locale.ROOT);
        };
    }

    private static Optional<String> first(Map<String, String> fields, List<String> names) {
        for (String name : names) {
            String value = fields.get(name);
            if (value != null) return Optional.of(value);
        }
        return Optional.empty();
    }

    private static long utf8Length(String s) {
        long bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) bytes += 1;
            else if (c < 0x800) bytes += 2;
            else if (Character.isHighSurrogate(c)) { bytes += 4; i++; }
            else bytes += 3;
        }
        return bytes;
    }
}
