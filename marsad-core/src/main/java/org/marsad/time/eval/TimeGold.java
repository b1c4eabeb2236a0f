package org.marsad.time.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A gold set of temporal expressions (docs/time.md, "The gold set"): one JSON object per article, its spans as
 * offsets into the record's body. A malformed line is an error that names the line.
 */
public final class TimeGold {
    /** One gold expression. */
    public record GoldTime(int start, int end, String type, String value) {
    }

    /** One gold article. */
    public record GoldArticle(String file, int record, String outlet, String split, List<GoldTime> times) {
    }

    private TimeGold() {
    }

    public static List<GoldArticle> read(Path path) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<GoldArticle> articles = new ArrayList<>();
        int lineNumber = 0;
        for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
            lineNumber++;
            if (line.isBlank()) continue;
            try {
                JsonNode a = mapper.readTree(line);
                List<GoldTime> times = new ArrayList<>();
                for (JsonNode t : a.path("times")) {
                    int start = t.path("start").asInt(-1), end = t.path("end").asInt(-1);
                    if (start < 0 || end <= start) throw new IOException("a time without a proper span");
                    times.add(new GoldTime(start, end, t.path("type").asText(""),
                            t.path("value").isTextual() ? t.path("value").asText() : null));
                }
                String file = a.path("file").asText(null);
                int record = a.path("record").asInt(-1);
                if (file == null || record < 1) throw new IOException("no file or record");
                articles.add(new GoldArticle(file, record, a.path("outlet").asText("unknown"),
                        a.path("split").asText("dev"), times));
            } catch (IOException e) {
                throw new IOException(path + ":" + lineNumber + ": " + e.getMessage(), e);
            }
        }
        return articles;
    }
}
