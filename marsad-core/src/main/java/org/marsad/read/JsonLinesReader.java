package org.marsad.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import org.marsad.model.Origin;
import org.marsad.model.ReadResult;
import org.marsad.model.Rejected;
import org.marsad.model.SkipKind;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Optional;

/**
 * The records of a JSON Lines file, one object per line. Record {@code N} is line {@code N}: blank lines
 * are skipped but counted, so the number leads straight to the line. A malformed line is rejected on its own
 * and reading goes on with the next.
 *
 * <p>A line longer than the article limit plus {@link #LINE_SLACK} characters is skipped unread, so that a
 * file without line breaks cannot fill memory.
 */
final class JsonLinesReader implements RecordReader {

    /** Room on a line for the fields besides the body. */
    static final long LINE_SLACK = 1024 * 1024;

    private final BufferedReader reader;
    private final Origin origin;
    private final ReadOptions options;
    private final JsonFactory factory;
    private final long maxLineChars;
    private int lineNumber;
    private boolean finished;

    JsonLinesReader(Reader reader, Origin origin, ReadOptions options) {
        this.reader = new BufferedReader(reader);
        this.origin = origin;
        this.options = options;
        this.factory = JsonRecords.factory(options);
        this.maxLineChars = options.maxDocumentBytes() + LINE_SLACK;
    }

    @Override
    public Optional<ReadResult> next() throws IOException {
        while (!finished) {
            Line line = readLine();
            if (line == null) {
                finished = true;
                break;
            }
            lineNumber++;
            Origin record = origin.withRecord(lineNumber);
            if (line.tooLong()) {
                return Optional.of(new Rejected(record.location(), SkipKind.TOO_LARGE,
                        "line is over " + maxLineChars + " characters, longer than any article allowed"));
            }
            if (TextDecoder.isBlank(line.text())) continue;
            return Optional.of(parseLine(line.text(), record));
        }
        return Optional.empty();
    }

    private ReadResult parseLine(String line, Origin record) throws IOException {
        try (JsonParser parser = factory.createParser(line)) {
            try {
                JsonToken token = parser.nextToken();
                if (token != JsonToken.START_OBJECT) {
                    parser.skipChildren();
                    return new Rejected(record.location(), SkipKind.MALFORMED, JsonRecords.notAnObject(token));
                }
                ReadResult result = JsonRecords.read(parser, record, options);
                if (parser.nextToken() != null) {
                    return new Rejected(record.location(), SkipKind.MALFORMED, "more than one JSON value on the line");
                }
                return result;
            } catch (JsonProcessingException e) {
                // limits such as number length or nesting depth are reported without a location of their own
                JsonLocation where = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                return JsonFailures.rejected(record.location(), e, " at column " + where.getColumnNr(), "");
            }
        }
    }

    /** A line without its terminator; a line past the cap is not kept, only marked. */
    private record Line(String text, boolean tooLong) {
    }

    /** The next line (ended by \n, \r\n or \r), or null at the end of the input. */
    private Line readLine() throws IOException {
        StringBuilder line = new StringBuilder();
        boolean tooLong = false;
        int c;
        while ((c = reader.read()) != -1) {
            if (c == '\n') break;
            if (c == '\r') {
                reader.mark(1);
                if (reader.read() != '\n') reader.reset();
                break;
            }
            if (!tooLong) {
                line.append((char) c);
                if (line.length() > maxLineChars) {
                    tooLong = true;
                    line = new StringBuilder();
                }
            }
        }
        if (c == -1 && line.length() == 0 && !tooLong) return null;
        return tooLong ? new Line("", true) : new Line(line.toString(), false);
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
