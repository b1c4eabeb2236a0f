package org.marsad.ner.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.marsad.model.EntityType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A gold set of entity mentions (eval/entities/*.jsonl; conventions in docs/models.md): per article its file and
 * record, outlet, split, and its PER, LOC and ORG mentions as offsets into the record's raw {@code title} or
 * {@code body}, so that the set outlives changes to the cleaning.
 */
public final class EntityGold {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One annotated article. */
    public record Article(String file, int record, String outlet, String split, List<Mention> mentions) {
        public Article {
            mentions = List.copyOf(mentions);
        }
    }

    /** A gold mention: which raw field, where, and its type. */
    public record Mention(String field, int start, int end, EntityType type) {
    }

    private EntityGold() {
    }

    public static List<Article> read(Path file) throws IOException {
        List<Article> articles = new ArrayList<>();
        int line = 0;
        for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            line++;
            if (text.isBlank()) continue;
            try {
                JsonNode node = JSON.readTree(text);
                List<Mention> mentions = new ArrayList<>();
                for (JsonNode m : node.path("entities")) {
                    mentions.add(new Mention(m.path("field").asText("body"), m.path("start").asInt(),
                            m.path("end").asInt(), EntityType.valueOf(m.path("type").asText())));
                }
                articles.add(new Article(node.path("file").asText(), node.path("record").asInt(),
                        node.path("outlet").asText(""), node.path("split").asText("dev"), mentions));
            } catch (IOException | IllegalArgumentException e) {
                throw new IOException(file + ":" + line + ": not a gold article: " + e.getMessage(), e);
            }
        }
        return articles;
    }
}
