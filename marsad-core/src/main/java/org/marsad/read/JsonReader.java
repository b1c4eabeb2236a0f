package org.marsad.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import org.marsad.model.Origin;
import org.marsad.model.ReadResult;
import org.marsad.model.Rejected;
import org.marsad.model.SkipKind;

import java.io.IOException;
import java.io.Reader;
import java.util.Optional;

/**
 * The records of a JSON file: one object, an array of objects, or objects one after another. The file is
 * streamed, so memory holds one record at a time however long the array. Record {@code N} is the N-th
 * object (or array element), counting from 1.
 *
 * <p>A JSON syntax error cannot be stepped over: one {@link Rejected} names its line and column, and the
 * rest of the file is given up.
 */
final class JsonReader implements RecordReader {

    private final JsonParser parser;
    private final Origin origin;
    private final ReadOptions options;
    private boolean started, inArray, finished;
    private int records;

    JsonReader(Reader reader, Origin origin, ReadOptions options) throws IOException {
        this.parser = JsonRecords.factory(options).createParser(reader);
        this.origin = origin;
        this.options = options;
    }

    @Override
    public Optional<ReadResult> next() throws IOException {
        if (finished) return Optional.empty();
        try {
            return Optional.ofNullable(nextRecord());
        } catch (JsonProcessingException e) {
            finished = true;
            // limits such as number length or nesting depth are reported without a location of their own
            JsonLocation where = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
            return Optional.of(JsonFailures.rejected(origin.path(), e, " at " + JsonFailures.at(where),
                    "; the rest of the file could not be read"));
        }
    }

    private ReadResult nextRecord() throws IOException {
        JsonToken token = parser.nextToken();
        if (!started) {
            started = true;
            if (token == JsonToken.START_ARRAY) {
                inArray = true;
                token = parser.nextToken();
            }
        }
        if (inArray && token == JsonToken.END_ARRAY) {
            inArray = false;
            token = parser.nextToken();
            if (token != null) {
                finished = true;
                return new Rejected(origin.path(), SkipKind.MALFORMED, "unexpected " + describe(token) + " after the JSON array at "
                        + JsonFailures.at(parser.currentTokenLocation()) + "; the rest of the file was not read");
            }
        }
        if (token == null) {
            finished = true;
            return null;
        }
        records++;
        Origin record = origin.withRecord(records);
        if (token != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return new Rejected(record.location(), SkipKind.MALFORMED, JsonRecords.notAnObject(token));
        }
        return JsonRecords.read(parser, record, options);
    }

    private static String describe(JsonToken token) {
        return token == JsonToken.START_OBJECT ? "object" : token == JsonToken.START_ARRAY ? "array" : "value";
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
