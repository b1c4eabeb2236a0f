package org.marsad.quote.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.marsad.model.Quote;
import org.marsad.model.Span;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads a quote gold set: one JSON object per line (docs/quotes.md). A malformed line stops with its number. */
public final class QuoteGold {
    private static final ObjectMapper JSON = new ObjectMapper();

    private QuoteGold() {
    }

    public static List<GoldArticle> read(Path file) throws IOException {
        List<GoldArticle> articles = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) continue;
                try {
                    articles.add(article(JSON.readTree(line)));
                } catch (IOException | IllegalArgumentException e) {
                    throw new IOException(file + ":" + number + ": not a gold article: " + message(e), e);
                }
            }
        }
        return articles;
    }

    private static String message(Exception e) {
        return e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage()
                : e.getMessage();
    }

    private static GoldArticle article(JsonNode node) {
        String file = text(node, "file");
        int record = integer(node, "record");
        String outlet = text(node, "outlet");
        String split = text(node, "split");
        List<GoldArticle.GoldQuote> quotes = new ArrayList<>();
        for (JsonNode q : required(node, "quotes")) {
            quotes.add(new GoldArticle.GoldQuote(
                    Quote.Kind.valueOf(text(q, "kind").toUpperCase(Locale.ROOT)),
                    new Span(integer(q, "start"), integer(q, "end")),
                    span(q.get("cue")), span(q.get("speaker")),
                    GoldArticle.SpeakerKind.valueOf(text(q, "speakerKind").toUpperCase(Locale.ROOT)),
                    span(q.get("source")), required(q, "implicit").asBoolean()));
        }
        return new GoldArticle(file, record, outlet, split, quotes);
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) throw new IllegalArgumentException("field \"" + field + "\" is missing");
        return value;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = required(node, field);
        if (!value.isTextual()) throw new IllegalArgumentException("field \"" + field + "\" is not a string");
        return value.asText();
    }

    private static int integer(JsonNode node, String field) {
        JsonNode value = required(node, field);
        if (!value.isInt()) throw new IllegalArgumentException("field \"" + field + "\" is not an integer");
        return value.asInt();
    }

    private static Optional<Span> span(JsonNode node) {
        if (node == null || node.isNull()) return Optional.empty();
        return Optional.of(new Span(integer(node, "start"), integer(node, "end")));
    }
}
