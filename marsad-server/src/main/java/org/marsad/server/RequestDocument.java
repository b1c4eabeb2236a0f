package org.marsad.server;

import org.marsad.model.RawDocument;
import org.marsad.model.ReadResult;
import org.marsad.model.Rejected;
import org.marsad.model.SkipKind;
import org.marsad.read.DocumentReader;
import org.marsad.read.ReadOptions;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The article a request body holds, read by the same readers as files: plain text, one JSON record (title, content,
 * date, source, url, author), or an HTML page, told apart by their content as on standard input.
 */
final class RequestDocument {
    private RequestDocument() {
    }

    /**
     * A body that cannot be read as what it claims to be (malformed JSON, bytes that are no text) is the client's
     * error, 400; one that is too large, 413; one that is read but holds no article text, 422.
     */
    private static int status(SkipKind kind) {
        return switch (kind) {
            case MALFORMED, BINARY, UNDECODABLE, UNREADABLE, EMPTY -> 400;
            case TOO_LARGE -> 413;
            default -> 422;
        };
    }

    /** The one document of a body; an ApiException when there is none, several, or it cannot be read. */
    static RawDocument read(byte[] body) {
        if (body.length == 0) throw new ApiException(400, "the request has no body: send the article's text, a JSON "
                + "record or an HTML page");
        List<ReadResult> results = new ArrayList<>();
        try (DocumentReader reader = DocumentReader.open(List.of(DocumentReader.STDIN), ReadOptions.defaults(),
                new ByteArrayInputStream(body))) {
            for (ReadResult result : reader) {
                results.add(result);
                if (results.size() > 1) break;
            }
        } catch (IOException e) {
            throw new ApiException(400, "the body cannot be read: " + e.getMessage());
        }
        if (results.size() != 1) {
            throw new ApiException(400, results.isEmpty() ? "the body holds no article"
                    : "the body holds more than one article; send one at a time");
        }
        if (results.get(0) instanceof Rejected rejected) throw new ApiException(status(rejected.kind()), rejected.reason());
        return (RawDocument) results.get(0);
    }
}
